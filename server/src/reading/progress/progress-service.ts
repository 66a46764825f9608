// Reader workload and progress: per reader (qualified on the current form? tasks in progress,
// reads submitted, re-reads due, waiting for their wash-out, done; reads that went to
// adjudication), per adjudicator, and for the project.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ProgressStore, TaskCount } from './progress-store.ts';

export interface ReaderProgress {
  userId: string;
  displayName: string;
  qualification: 'qualified' | 'not-qualified' | 'none';
  qualified: boolean;
  inProgress: number;
  submitted: number;
  rereadsDue: number;
  rereadsWaiting: number;
  rereadsInProgress: number;
  rereadsDone: number;
  adjudications: number;
}

export interface AdjudicatorProgress {
  userId: string;
  displayName: string;
  inProgress: number;
  resolved: number;
}

export interface ReadingProgress {
  formVersion: number | null;
  readers: ReaderProgress[];
  adjudicators: AdjudicatorProgress[];
  project: {
    examsPassedQc: number;
    planned: number;
    read: number;
    adjudicated: number;
    final: number;
    tasks: { open: number; inProgress: number; submitted: number; cancelled: number };
    adjudications: { open: number; inProgress: number; resolved: number };
  };
}

export class ProgressService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: ProgressStore,
  ) {}

  async progress(projectId: string): Promise<ReadingProgress> {
    const [readers, adjudicators, form, tasks, adjudicated, adjudications, exams] = await Promise.all([
      this.store.members(this.db, projectId, 'reader'),
      this.store.members(this.db, projectId, 'adjudicator'),
      this.store.currentFormVersion(this.db, projectId),
      this.store.taskCounts(this.db, projectId),
      this.store.adjudicatedPerReader(this.db, projectId),
      this.store.adjudicationCounts(this.db, projectId),
      this.store.examTotals(this.db, projectId),
    ]);
    const qualifications = form ? await this.store.qualifications(this.db, projectId, form.id) : new Map<string, string>();
    const count = (rows: TaskCount[], match: (t: TaskCount) => boolean) => rows.filter(match).reduce((sum, t) => sum + t.n, 0);
    const adjudicationCount = (match: (a: { adjudicatorId: string | null; state: string }) => boolean) => adjudications.filter(match).reduce((sum, a) => sum + a.n, 0);
    return {
      formVersion: form?.version ?? null,
      readers: readers.map((u) => {
        const mine = tasks.filter((t) => t.reader_id === u.id);
        const outcome = qualifications.get(u.id);
        return {
          userId: u.id,
          displayName: u.display_name,
          qualification: outcome === 'qualified' ? 'qualified' : outcome === 'not-qualified' ? 'not-qualified' : 'none',
          qualified: outcome === 'qualified',
          inProgress: count(mine, (t) => t.kind === 'primary' && t.state === 'in-progress'),
          submitted: count(mine, (t) => t.kind === 'primary' && t.state === 'submitted'),
          rereadsDue: count(mine, (t) => t.kind === 'reread' && t.state === 'open' && !t.waiting),
          rereadsWaiting: count(mine, (t) => t.kind === 'reread' && t.state === 'open' && t.waiting),
          rereadsInProgress: count(mine, (t) => t.kind === 'reread' && t.state === 'in-progress'),
          rereadsDone: count(mine, (t) => t.kind === 'reread' && t.state === 'submitted'),
          adjudications: adjudicated.get(u.id) ?? 0,
        };
      }),
      adjudicators: adjudicators.map((u) => ({
        userId: u.id,
        displayName: u.display_name,
        inProgress: adjudicationCount((a) => a.adjudicatorId === u.id && a.state === 'in-progress'),
        resolved: adjudicationCount((a) => a.adjudicatorId === u.id && a.state === 'resolved'),
      })),
      project: {
        examsPassedQc: exams.passed,
        planned: exams.planned,
        read: exams.read,
        adjudicated: exams.adjudicated,
        final: exams.final,
        tasks: {
          open: count(tasks, (t) => t.kind === 'primary' && t.state === 'open'),
          inProgress: count(tasks, (t) => t.kind === 'primary' && t.state === 'in-progress'),
          submitted: count(tasks, (t) => t.kind === 'primary' && t.state === 'submitted'),
          cancelled: count(tasks, (t) => t.kind === 'primary' && t.state === 'cancelled'),
        },
        adjudications: {
          open: adjudicationCount((a) => a.state === 'open'),
          inProgress: adjudicationCount((a) => a.state === 'in-progress'),
          resolved: adjudicationCount((a) => a.state === 'resolved'),
        },
      },
    };
  }
}
