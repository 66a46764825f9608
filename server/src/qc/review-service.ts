// The QC review: a reviewer of another centre claims an exam that awaits review, grades each series
// on the checklist version current at the claim, and gives the verdict; a failed review opens a
// query to the centre. Every step is one transaction with its audit event, under the exam's lock.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { conflict, forbidden, notFound } from '../platform/domain-error.ts';
import { mayProcessRow } from '../subjects/consent-gate.ts';
import type { ChecklistDefinition, Grade } from './checklist-definition.ts';
import type { DefinitionService } from './definition-service.ts';
import { refusalFor, type SubmittedExam } from './exam-service.ts';
import type { ExamScope } from './exam-store.ts';
import { addDays, checkDueDate, dayOf, DEFAULT_DUE_DAYS } from './query-rules.ts';
import type { QueryService } from './query-service.ts';
import { findExam, lockExam, notProcessable, type LockedExam } from './review-exam.ts';
import { checkGrade, checkVerdict, seriesToGrade, STATE_AFTER_VERDICT, type GradeInput, type ReviewStatus, type ReviewVerdict, type SeriesToGrade } from './review-rules.ts';
import type { GradeRow, QueueFilter, ReviewRow, ReviewStore } from './review-store.ts';

export interface GradeView {
  seriesName: string;
  seriesInstanceUid: string;
  grade: Grade;
  artefacts: string[];
  comment: string | null;
  gradedBy: string | null;
  gradedAt: string;
}

export interface ReviewView {
  id: string;
  studyInstanceUid: string;
  round: number;
  submission: number;
  status: ReviewStatus;
  reviewerId: string;
  reviewerName: string;
  checklistVersion: number;
  claimedAt: string;
  endedAt: string | null;
  verdict: ReviewVerdict | null;
  reason: string | null;
  /** While in progress: the series to grade, from the exam's latest conformance run. */
  seriesToGrade: SeriesToGrade[] | null;
  grades: GradeView[];
}

export interface QueueEntry {
  studyInstanceUid: string;
  subjectCode: string;
  centreId: string;
  centreName: string;
  studyDate: string | null;
  numberOfSeries: number;
  numberOfInstances: number;
  state: 'awaiting-review' | 'in-review';
  submissions: number;
  protocolVersion: number;
  firstSubmittedAt: string;
  lastSubmittedAt: string;
  pendingQueries: number;
  review: { id: string; round: number; reviewerId: string; reviewerName: string | null; claimedAt: string } | null;
}

export interface VerdictInput {
  verdict: ReviewVerdict;
  reason?: string | undefined;
  /** Due date of the query a failed review opens (default: in 14 days). */
  queryDueDate?: string | undefined;
}

const ALL: ExamScope = { allCentres: true, ownCentre: null, otherCentresThan: null };

export class ReviewService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: ReviewStore,
    private readonly checklists: DefinitionService<ChecklistDefinition>,
    private readonly queries: QueryService,
    /** Called in the verdict's transaction when the exam passes QC (expert reading plans its tasks). */
    private readonly onPassed: (trx: Kysely<Database>, ctx: ActionContext, projectId: string, examId: string) => Promise<void> = async () => {},
  ) {}

  async queue(projectId: string, scope: ExamScope, filter: QueueFilter): Promise<QueueEntry[]> {
    const rows = await this.store.queue(this.db, projectId, scope, filter);
    return rows.map((r) => ({
      studyInstanceUid: r.study_instance_uid,
      subjectCode: r.subject_code,
      centreId: r.centre_id,
      centreName: r.centre_name,
      studyDate: r.study_date,
      numberOfSeries: r.number_of_series,
      numberOfInstances: r.number_of_instances,
      state: r.state as QueueEntry['state'],
      submissions: r.submissions,
      protocolVersion: r.protocol_version,
      firstSubmittedAt: new Date(r.first_submitted_at).toISOString(),
      lastSubmittedAt: new Date(r.last_submitted_at).toISOString(),
      pendingQueries: Number(r.pending_queries ?? 0),
      review: r.review_id ? { id: r.review_id, round: r.round!, reviewerId: r.reviewer_id!, reviewerName: r.reviewer_name, claimedAt: new Date(r.claimed_at!).toISOString() } : null,
    }));
  }

  async claim(ctx: ActionContext, projectId: string, studyInstanceUid: string, scope: ExamScope): Promise<ReviewView> {
    await this.db.transaction().execute(async (trx) => {
      const exam = await this.reachable(trx, projectId, studyInstanceUid, scope);
      if (exam.state === 'in-review') {
        const holder = await this.store.inProgress(trx, exam.id);
        throw conflict('review.already-claimed', `${holder?.reviewer_name ?? 'another reviewer'} is reviewing this exam`, { reviewerId: holder?.reviewer_id });
      }
      if (exam.state !== 'awaiting-review') throw conflict('review.not-awaiting-review', `the exam is ${exam.state}: only an exam awaiting review can be claimed`, { state: exam.state });
      const checklist = await this.checklists.currentStored(projectId, trx);
      if (!checklist) throw conflict('review.no-checklist', 'the project has no QC checklist yet: the core-lab manager defines it before exams are reviewed');
      const at = new Date();
      const review = await this.store.insert(trx, {
        projectId,
        examId: exam.id,
        submission: exam.submissions,
        reviewerId: ctx.actor!.userId,
        reviewerOrganisationId: ctx.actor?.organisationId ?? null,
        checklistVersionId: checklist.id,
        at,
      });
      await this.store.setExamState(trx, exam.id, 'in-review');
      await this.audit.record(trx, ctx, {
        action: 'qc.review-claimed',
        targetType: 'qc_review',
        targetId: review.id,
        projectId,
        before: { examState: exam.state },
        after: { examState: 'in-review', reviewer: ctx.actor!.userId },
        details: { studyInstanceUID: studyInstanceUid, round: review.round, submission: exam.submissions, checklistVersion: checklist.version },
      });
    });
    return this.current(projectId, studyInstanceUid, ALL);
  }

  async grade(ctx: ActionContext, projectId: string, studyInstanceUid: string, seriesName: string, input: GradeInput): Promise<ReviewView> {
    await this.db.transaction().execute(async (trx) => {
      const { exam, review } = await this.heldReview(trx, ctx, projectId, studyInstanceUid);
      const checklist = (await this.checklists.byId(review.checklist_version_id, trx)).definition;
      const toGrade = seriesToGrade(await this.store.runSeries(trx, exam.id), checklist);
      const valid = checkGrade(toGrade, seriesName, input, checklist);
      const series = toGrade.find((s) => s.name === seriesName)!;
      const previous = (await this.store.grades(trx, [review.id])).get(review.id)!.find((g) => g.series_name === seriesName);
      const grade = { series_name: seriesName, series_instance_uid: series.seriesInstanceUid, grade: valid.grade, artefacts: valid.artefacts, comment: valid.comment ?? null, graded_by: ctx.actor?.userId ?? null, graded_at: new Date() };
      await this.store.saveGrade(trx, review.id, grade);
      await this.audit.record(trx, ctx, {
        action: 'qc.review-series-graded',
        targetType: 'qc_review',
        targetId: review.id,
        projectId,
        ...(previous && { before: gradeView(previous) }),
        after: { seriesName, seriesInstanceUid: series.seriesInstanceUid, grade: valid.grade, artefacts: valid.artefacts, comment: valid.comment ?? null },
        details: { studyInstanceUID: studyInstanceUid, round: review.round, series: seriesName, grade: valid.grade, artefacts: valid.artefacts },
      });
    });
    return this.current(projectId, studyInstanceUid, ALL);
  }

  /** Hands the exam back to the queue: by its reviewer, or by the core-lab manager (e.g. a reviewer away). */
  async release(ctx: ActionContext, projectId: string, studyInstanceUid: string, scope: ExamScope, reason: string): Promise<ReviewView> {
    const id = await this.db.transaction().execute(async (trx) => {
      const exam = await lockExam(trx, projectId, studyInstanceUid);
      const refusal = refusalFor(scope, exam.centre_id, exam);
      if (refusal) throw refusal;
      const review = await this.openReview(trx, exam);
      if (review.reviewer_id !== ctx.actor?.userId && !scope.allCentres) throw forbidden('review.claimed-by-another', `${review.reviewer_name} holds this review: only they or the core-lab manager can release it`);
      await this.store.end(trx, review.id, { status: 'released', reason, at: new Date() });
      await this.store.setExamState(trx, exam.id, 'awaiting-review');
      await this.audit.record(trx, ctx, {
        action: 'qc.review-released',
        targetType: 'qc_review',
        targetId: review.id,
        projectId,
        reason,
        before: { examState: 'in-review', status: 'in-progress' },
        after: { examState: 'awaiting-review', status: 'released' },
        details: { studyInstanceUID: studyInstanceUid, round: review.round, reviewer: review.reviewer_id },
      });
      return review.id;
    });
    return this.byId(projectId, studyInstanceUid, id);
  }

  async complete(ctx: ActionContext, projectId: string, studyInstanceUid: string, input: VerdictInput): Promise<ReviewView & { queryId: string | null }> {
    const today = dayOf(new Date());
    const dueDate = input.queryDueDate === undefined ? addDays(today, DEFAULT_DUE_DAYS) : checkDueDate(input.queryDueDate, today);
    const result = await this.db.transaction().execute(async (trx) => {
      const { exam, review } = await this.heldReview(trx, ctx, projectId, studyInstanceUid);
      const checklist = (await this.checklists.byId(review.checklist_version_id, trx)).definition;
      const toGrade = seriesToGrade(await this.store.runSeries(trx, exam.id), checklist);
      const grades = (await this.store.grades(trx, [review.id])).get(review.id)!;
      const reason = input.reason?.trim() || null;
      checkVerdict(toGrade, grades.map((g) => ({ seriesName: g.series_name, seriesInstanceUid: g.series_instance_uid, grade: g.grade as Grade })), input.verdict, reason ?? undefined);
      const state = STATE_AFTER_VERDICT[input.verdict];
      await this.store.end(trx, review.id, { status: 'completed', verdict: input.verdict, reason, at: new Date() });
      await this.store.setExamState(trx, exam.id, state);
      if (input.verdict !== 'fail') await this.onPassed(trx, ctx, projectId, exam.id);
      const graded = toGrade.map((s) => `${s.name}:${grades.find((g) => g.series_name === s.name)!.grade}`);
      await this.audit.record(trx, ctx, {
        action: 'qc.review-completed',
        targetType: 'qc_review',
        targetId: review.id,
        projectId,
        reason,
        before: { examState: 'in-review', status: 'in-progress' },
        after: { examState: state, status: 'completed', verdict: input.verdict, grades: grades.map(gradeView) },
        details: { studyInstanceUID: studyInstanceUid, round: review.round, verdict: input.verdict, checklistVersion: review.checklist_version, grades: graded },
      });
      const queryId =
        input.verdict === 'fail' ? await this.queries.openIn(trx, ctx, exam, { origin: 'review-verdict', reviewId: review.id, text: reason!, dueDate, seriesInstanceUid: null }) : null;
      return { id: review.id, queryId };
    });
    return { ...(await this.byId(projectId, studyInstanceUid, result.id)), queryId: result.queryId };
  }

  /** The review in progress, or else the latest one. */
  async current(projectId: string, studyInstanceUid: string, scope: ExamScope): Promise<ReviewView> {
    const [latest] = await this.history(projectId, studyInstanceUid, scope, { completedOnly: false });
    if (!latest) throw notFound('review.none', 'the exam has not been claimed for review yet');
    return latest;
  }

  /** Every review of the exam, latest first; a data manager sees the completed ones only. */
  async history(projectId: string, studyInstanceUid: string, scope: ExamScope, options: { completedOnly: boolean }): Promise<ReviewView[]> {
    const exam = await findExam(this.db, projectId, studyInstanceUid, { lock: false });
    const refusal = refusalFor(scope, exam.centre_id, exam);
    if (refusal) throw refusal;
    // An exam of the caller's own centre is reached as its data manager, whatever other role they hold.
    const completedOnly = options.completedOnly || (!scope.allCentres && exam.centre_id === scope.ownCentre);
    const rows = (await this.store.history(this.db, exam.id)).filter((r) => !completedOnly || r.status === 'completed');
    return this.views(exam, rows);
  }

  /** Follows a submission: a review in progress is cancelled when the re-sent exam fails the checks. */
  async afterSubmission(trx: Kysely<Database>, ctx: ActionContext, submitted: SubmittedExam): Promise<void> {
    if (submitted.previousState !== 'in-review' || submitted.state !== 'checks-failed') return;
    const review = await this.store.inProgress(trx, submitted.examId);
    if (!review) return;
    await this.store.end(trx, review.id, { status: 'cancelled', reason: 'the exam was submitted again and failed the conformance checks', at: new Date() });
    await this.audit.record(trx, { actor: null, requestId: ctx.requestId, actingRole: 'system' }, {
      action: 'qc.review-cancelled',
      targetType: 'qc_review',
      targetId: review.id,
      projectId: submitted.projectId,
      before: { status: 'in-progress' },
      after: { status: 'cancelled' },
      details: { studyInstanceUID: submitted.studyInstanceUid, round: review.round, submission: submitted.submission },
    });
  }

  private async byId(projectId: string, studyInstanceUid: string, reviewId: string): Promise<ReviewView> {
    const all = await this.history(projectId, studyInstanceUid, ALL, { completedOnly: false });
    return all.find((r) => r.id === reviewId)!;
  }

  private async views(exam: { id: string; study_instance_uid: string }, rows: ReviewRow[]): Promise<ReviewView[]> {
    const grades = await this.store.grades(this.db, rows.map((r) => r.id));
    const open = rows.find((r) => r.status === 'in-progress');
    const toGrade = open ? seriesToGrade(await this.store.runSeries(this.db, exam.id), (await this.checklists.byId(open.checklist_version_id)).definition) : null;
    return rows.map((r) => ({
      id: r.id,
      studyInstanceUid: exam.study_instance_uid,
      round: r.round,
      submission: r.submission,
      status: r.status as ReviewStatus,
      reviewerId: r.reviewer_id,
      reviewerName: r.reviewer_name,
      checklistVersion: r.checklist_version,
      claimedAt: new Date(r.claimed_at).toISOString(),
      endedAt: r.ended_at ? new Date(r.ended_at).toISOString() : null,
      verdict: r.verdict as ReviewVerdict | null,
      reason: r.reason,
      seriesToGrade: r === open ? toGrade : null,
      grades: grades.get(r.id)!.map(gradeView),
    }));
  }

  /** The exam locked, within the reviewer's reach, its subject processable. */
  private async reachable(trx: Kysely<Database>, projectId: string, studyInstanceUid: string, scope: ExamScope): Promise<LockedExam> {
    const exam = await lockExam(trx, projectId, studyInstanceUid);
    const refusal = refusalFor(scope, exam.centre_id, exam);
    if (refusal) throw refusal;
    if (!mayProcessRow(exam)) throw notProcessable();
    return exam;
  }

  private async openReview(trx: Kysely<Database>, exam: LockedExam): Promise<ReviewRow> {
    const review = await this.store.inProgress(trx, exam.id);
    if (!review) throw conflict('review.not-in-progress', `the exam is ${exam.state}: no review of it is in progress`, { state: exam.state });
    return review;
  }

  /** The review in progress, held by the caller. */
  private async heldReview(trx: Kysely<Database>, ctx: ActionContext, projectId: string, studyInstanceUid: string): Promise<{ exam: LockedExam; review: ReviewRow }> {
    const exam = await lockExam(trx, projectId, studyInstanceUid);
    const review = await this.openReview(trx, exam);
    if (review.reviewer_id !== ctx.actor?.userId) throw forbidden('review.claimed-by-another', `${review.reviewer_name} holds this review`);
    if (!mayProcessRow(exam)) throw notProcessable();
    return { exam, review };
  }
}

function gradeView(g: GradeRow): GradeView {
  return {
    seriesName: g.series_name,
    seriesInstanceUid: g.series_instance_uid,
    grade: g.grade as Grade,
    artefacts: JSON.parse(g.artefacts) as string[],
    comment: g.comment,
    gradedBy: g.graded_by,
    gradedAt: new Date(g.graded_at).toISOString(),
  };
}
