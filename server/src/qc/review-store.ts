// The only code that reads and writes QC reviews and their grades, and moves an exam between the
// review's states.
import { randomUUID } from 'node:crypto';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.ts';
import { processingAllowed } from '../subjects/consent-gate.ts';
import type { ExamState } from './exam-states.ts';
import type { ExamScope } from './exam-store.ts';
import type { ReviewStatus, ReviewVerdict, RunSeries } from './review-rules.ts';

export interface QueueFilter {
  /** Only the exams the caller is reviewing now. */
  mineOnly: string | null;
  limit: number;
  offset: number;
}

export interface ReviewRow {
  id: string;
  exam_id: string;
  round: number;
  submission: number;
  reviewer_id: string;
  reviewer_name: string;
  reviewer_organisation_id: string | null;
  checklist_version_id: string;
  checklist_version: number;
  status: string;
  verdict: string | null;
  reason: string | null;
  claimed_at: Date;
  ended_at: Date | null;
}

export interface GradeRow {
  series_name: string;
  series_instance_uid: string;
  grade: string;
  artefacts: string;
  comment: string | null;
  graded_by: string | null;
  graded_at: Date;
}

const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

export class ReviewStore {
  async insert(trx: Kysely<Database>, review: { projectId: string; examId: string; submission: number; reviewerId: string; reviewerOrganisationId: string | null; checklistVersionId: string; at: Date }): Promise<{ id: string; round: number }> {
    const last = await trx.selectFrom('qc_review').select((eb) => eb.fn.max('round').as('round')).where('exam_id', '=', review.examId).executeTakeFirst();
    const id = randomUUID();
    const round = (last?.round ?? 0) + 1;
    await trx
      .insertInto('qc_review')
      .values({
        id,
        project_id: review.projectId,
        exam_id: review.examId,
        round,
        submission: review.submission,
        reviewer_id: review.reviewerId,
        reviewer_organisation_id: review.reviewerOrganisationId,
        checklist_version_id: review.checklistVersionId,
        status: 'in-progress',
        claimed_at: review.at,
      })
      .execute();
    return { id, round };
  }

  async end(trx: Kysely<Database>, reviewId: string, end: { status: Exclude<ReviewStatus, 'in-progress'>; verdict?: ReviewVerdict; reason?: string | null; at: Date }): Promise<void> {
    await trx
      .updateTable('qc_review')
      .set({ status: end.status, verdict: end.verdict ?? null, reason: end.reason ?? null, ended_at: end.at })
      .where('id', '=', reviewId)
      .where('status', '=', 'in-progress')
      .execute();
  }

  async setExamState(trx: Kysely<Database>, examId: string, state: ExamState): Promise<void> {
    await trx.updateTable('exam').set({ state }).where('id', '=', examId).execute();
  }

  async saveGrade(trx: Kysely<Database>, reviewId: string, grade: Omit<GradeRow, 'artefacts'> & { artefacts: string[] }): Promise<void> {
    const values = { ...grade, artefacts: JSON.stringify(grade.artefacts) };
    await trx
      .insertInto('qc_review_grade')
      .values({ review_id: reviewId, ...values })
      .onConflict((oc) => oc.columns(['review_id', 'series_name']).doUpdateSet(values))
      .execute();
  }

  inProgress(db: Kysely<Database>, examId: string): Promise<ReviewRow | undefined> {
    return this.reviewQuery(db).where('r.exam_id', '=', examId).where('r.status', '=', 'in-progress').executeTakeFirst();
  }

  /** Every review of the exam, latest first. */
  history(db: Kysely<Database>, examId: string): Promise<ReviewRow[]> {
    return this.reviewQuery(db).where('r.exam_id', '=', examId).orderBy('r.round', 'desc').execute();
  }

  async grades(db: Kysely<Database>, reviewIds: readonly string[]): Promise<Map<string, GradeRow[]>> {
    const byReview = new Map<string, GradeRow[]>(reviewIds.map((id) => [id, []]));
    if (reviewIds.length === 0) return byReview;
    const rows = await db.selectFrom('qc_review_grade').selectAll().where('review_id', 'in', reviewIds).orderBy('graded_at').orderBy('series_name').execute();
    for (const r of rows) byReview.get(r.review_id)!.push(r);
    return byReview;
  }

  /** The protocol series of the exam's latest conformance run, in protocol order. */
  async runSeries(db: Kysely<Database>, examId: string): Promise<RunSeries[]> {
    const rows = await db
      .selectFrom('exam as e')
      .innerJoin('conformance_run as r', (join) => join.onRef('r.exam_id', '=', 'e.id').onRef('r.submission', '=', 'e.submissions'))
      .innerJoin('conformance_series as cs', 'cs.run_id', 'r.id')
      .select(['cs.name', 'cs.label', 'cs.series_instance_uid', 'cs.series_number', 'cs.series_description'])
      .where('e.id', '=', examId)
      .orderBy('cs.ordinal')
      .execute();
    return rows.map((r) => ({ name: r.name, label: r.label, seriesInstanceUid: r.series_instance_uid, seriesNumber: r.series_number, seriesDescription: r.series_description }));
  }

  /** Exams waiting for review or in review, in the scope, oldest submission first; only subjects that may be processed. */
  queue(db: Kysely<Database>, projectId: string, scope: ExamScope, filter: QueueFilter) {
    let query = db
      .selectFrom('exam as e')
      .innerJoin('subject as sub', 'sub.id', 'e.subject_id')
      .innerJoin('organisation as o', 'o.id', 'e.centre_id')
      .innerJoin('study as s', 's.id', 'e.study_id')
      .innerJoin('qc_protocol_version as p', 'p.id', 'e.protocol_version_id')
      .leftJoin('qc_review as r', (join) => join.onRef('r.exam_id', '=', 'e.id').on('r.status', '=', 'in-progress'))
      .leftJoin('app_user as u', 'u.id', 'r.reviewer_id')
      .select([
        'e.study_instance_uid',
        'e.state',
        'e.submissions',
        'e.first_submitted_at',
        'e.last_submitted_at',
        'e.centre_id',
        'o.name as centre_name',
        'sub.code as subject_code',
        's.study_date',
        's.number_of_series',
        's.number_of_instances',
        'p.version as protocol_version',
        'r.id as review_id',
        'r.round',
        'r.reviewer_id',
        'u.display_name as reviewer_name',
        'r.claimed_at',
        (eb) =>
          eb
            .selectFrom('qc_query as q')
            .select((q) => q.fn.countAll<string>().as('n'))
            .whereRef('q.exam_id', '=', 'e.id')
            .where('q.state', '<>', 'closed')
            .as('pending_queries'),
      ])
      .where('e.project_id', '=', projectId)
      .where('e.state', 'in', ['awaiting-review', 'in-review'])
      .where(processingAllowed('sub'))
      .where((eb) => inScope(eb, scope));
    if (filter.mineOnly) query = query.where('r.reviewer_id', '=', filter.mineOnly);
    return query.orderBy('e.last_submitted_at').orderBy('e.study_instance_uid').limit(filter.limit).offset(filter.offset).execute();
  }

  private reviewQuery(db: Kysely<Database>) {
    return db
      .selectFrom('qc_review as r')
      .innerJoin('app_user as u', 'u.id', 'r.reviewer_id')
      .innerJoin('qc_checklist_version as c', 'c.id', 'r.checklist_version_id')
      .select([
        'r.id',
        'r.exam_id',
        'r.round',
        'r.submission',
        'r.reviewer_id',
        'u.display_name as reviewer_name',
        'r.reviewer_organisation_id',
        'r.checklist_version_id',
        'c.version as checklist_version',
        'r.status',
        'r.verdict',
        'r.reason',
        'r.claimed_at',
        'r.ended_at',
      ]);
  }
}

function inScope(eb: ExpressionBuilder<Database & { e: Database['exam'] }, 'e'>, scope: ExamScope): Expression<SqlBool> {
  if (scope.allCentres) return sql<SqlBool>`true`;
  const branches: Array<Expression<SqlBool>> = [];
  if (scope.ownCentre) branches.push(eb('e.centre_id', '=', scope.ownCentre));
  if (scope.otherCentresThan !== null) branches.push(eb('e.centre_id', '<>', scope.otherCentresThan || NO_ORGANISATION));
  return branches.length > 0 ? eb.or(branches) : sql<SqlBool>`false`;
}
