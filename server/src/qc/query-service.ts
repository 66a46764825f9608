// Queries to centres: opened by a QC reviewer (or the core-lab manager) on an exam or one of its
// series, by the conformance checks when a submission fails, or by a failed review; answered by the
// centre's data manager (a reply, or re-sent series and a new submission); closed or reopened by QC.
// Each change adds a message to the thread and an audit event, in one transaction.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { forbidden, invalid, notFound, DomainError } from '../platform/domain-error.ts';
import { mayProcessRow } from '../subjects/consent-gate.ts';
import { refusalFor, type SubmittedExam } from './exam-service.ts';
import type { ExamScope } from './exam-store.ts';
import { addDays, checkDueDate, conformanceQuestion, dayOf, DEFAULT_DUE_DAYS, nextState, type MessageKind, type QueryOrigin, type QueryState } from './query-rules.ts';
import type { LockedQuery, QueryFilter, QueryStore } from './query-store.ts';
import { lockExam, notProcessable, type LockedExam } from './review-exam.ts';

export interface QuerySummary {
  id: string;
  studyInstanceUid: string;
  examState: string;
  subjectCode: string;
  centreId: string;
  centreName: string;
  seriesInstanceUid: string | null;
  origin: QueryOrigin;
  state: QueryState;
  question: string;
  dueDate: string;
  overdue: boolean;
  openedBy: string | null;
  openedAt: string;
  firstAnsweredAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  reopened: number;
  messages: number;
  lastMessageAt: string | null;
}

export interface QueryMessage {
  seq: number;
  kind: MessageKind;
  authorUserId: string | null;
  authorName: string | null;
  authorRole: string;
  body: string;
  createdAt: string;
}

export interface QueryDetail extends QuerySummary {
  processingAllowed: boolean;
  thread: QueryMessage[];
}

export interface NewQueryInput {
  text: string;
  dueDate?: string | undefined;
  seriesInstanceUid?: string | undefined;
}

/** What opens a query inside another change's transaction (a submission, a failed review). */
export interface QueryOpening {
  origin: QueryOrigin;
  reviewId: string | null;
  text: string;
  dueDate: string;
  seriesInstanceUid: string | null;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);
const roleOf = (ctx: ActionContext) => ctx.actingRole ?? 'system';
const systemOf = (ctx: ActionContext): ActionContext => ({ actor: null, requestId: ctx.requestId, actingRole: 'system' });

export class QueryService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: QueryStore,
  ) {}

  /** A QC reviewer's (or the core-lab manager's) question to the centre about an exam or one of its series. */
  async open(ctx: ActionContext, projectId: string, studyInstanceUid: string, scope: ExamScope, input: NewQueryInput): Promise<QueryDetail> {
    const id = await this.db.transaction().execute(async (trx) => {
      const exam = await lockExam(trx, projectId, studyInstanceUid);
      checkReach(scope, exam);
      const today = dayOf(new Date());
      const dueDate = input.dueDate === undefined ? addDays(today, DEFAULT_DUE_DAYS) : checkDueDate(input.dueDate, today);
      const series = input.seriesInstanceUid ?? null;
      if (series !== null) {
        const found = await trx.selectFrom('series').select('id').where('study_id', '=', exam.study_id).where('series_instance_uid', '=', series).executeTakeFirst();
        if (!found) throw invalid('query.unknown-series', 'the exam holds no series with this SeriesInstanceUID', { field: 'seriesInstanceUid' });
      }
      return this.openIn(trx, ctx, exam, { origin: 'reviewer', reviewId: null, text: input.text, dueDate, seriesInstanceUid: series });
    });
    return this.get(projectId, id, { allCentres: true, ownCentre: null, otherCentresThan: null });
  }

  /** Opens a query in the caller's transaction (the exam is locked by the caller). */
  async openIn(trx: Kysely<Database>, ctx: ActionContext, exam: Pick<LockedExam, 'id' | 'project_id' | 'centre_id' | 'subject_id' | 'study_instance_uid'>, opening: QueryOpening): Promise<string> {
    const at = new Date();
    const id = await this.store.insert(trx, {
      projectId: exam.project_id,
      examId: exam.id,
      centreId: exam.centre_id,
      subjectId: exam.subject_id,
      seriesInstanceUid: opening.seriesInstanceUid,
      origin: opening.origin,
      reviewId: opening.reviewId,
      dueDate: opening.dueDate,
      openedBy: ctx.actor?.userId ?? null,
      at,
    });
    await this.store.addMessage(trx, id, { kind: 'question', authorUserId: ctx.actor?.userId ?? null, authorRole: roleOf(ctx), body: opening.text, at });
    await this.audit.record(trx, ctx, {
      action: 'qc.query-opened',
      targetType: 'qc_query',
      targetId: id,
      projectId: exam.project_id,
      after: { state: 'open', dueDate: opening.dueDate, text: opening.text },
      details: { studyInstanceUID: exam.study_instance_uid, origin: opening.origin, dueDate: opening.dueDate, ...(opening.seriesInstanceUid && { seriesInstanceUID: opening.seriesInstanceUid }) },
    });
    return id;
  }

  /** The centre's answer: a data manager of the exam's own centre. */
  async reply(ctx: ActionContext, projectId: string, queryId: string, text: string): Promise<QueryDetail> {
    await this.db.transaction().execute(async (trx) => {
      const query = await this.lock(trx, projectId, queryId);
      if (query.centre_id !== ctx.actor?.organisationId) throw forbidden('query.other-centre', "a data manager answers their own centre's queries only");
      if (!mayProcessRow(query)) throw notProcessable();
      await this.move(trx, ctx, projectId, query, 'reply', { kind: 'reply', body: text });
    });
    return this.get(projectId, queryId, { allCentres: true, ownCentre: null, otherCentresThan: null });
  }

  async close(ctx: ActionContext, projectId: string, queryId: string, scope: ExamScope, comment: string | undefined): Promise<QueryDetail> {
    await this.db.transaction().execute(async (trx) => {
      const query = await this.lock(trx, projectId, queryId);
      checkReach(scope, query);
      await this.move(trx, ctx, projectId, query, 'close', { kind: 'close', body: comment ?? 'Closed.' });
    });
    return this.get(projectId, queryId, scope);
  }

  async reopen(ctx: ActionContext, projectId: string, queryId: string, scope: ExamScope, input: { text: string; dueDate?: string | undefined }): Promise<QueryDetail> {
    await this.db.transaction().execute(async (trx) => {
      const query = await this.lock(trx, projectId, queryId);
      checkReach(scope, query);
      const dueDate = input.dueDate === undefined ? undefined : checkDueDate(input.dueDate, dayOf(new Date()));
      await this.move(trx, ctx, projectId, query, 'reopen', { kind: 'reopen', body: input.text }, dueDate);
    });
    return this.get(projectId, queryId, scope);
  }

  async list(projectId: string, scope: ExamScope, filter: QueryFilter): Promise<QuerySummary[]> {
    return (await this.store.list(this.db, projectId, scope, filter)).map(summaryOf);
  }

  async get(projectId: string, queryId: string, scope: ExamScope): Promise<QueryDetail> {
    const row = await this.store.get(this.db, projectId, queryId);
    if (!row) throw notFound('query.not-found', 'the project has no query with this id');
    const refusal = refusalFor(scope, row.centre_id, row);
    if (refusal) throw refusal;
    const messages = await this.store.messages(this.db, queryId);
    return {
      ...summaryOf(row),
      processingAllowed: mayProcessRow(row),
      thread: messages.map((m) => ({
        seq: m.seq,
        kind: m.kind as MessageKind,
        authorUserId: m.author_user_id,
        authorName: m.author_name,
        authorRole: m.author_role,
        body: m.body,
        createdAt: new Date(m.created_at).toISOString(),
      })),
    };
  }

  /**
   * A submission answers every query of the exam still open (the centre re-sent series). When the
   * checks fail, the conformance query is reopened with the rules that still fail, or opened if
   * the exam has none that is not closed.
   */
  async afterSubmission(trx: Kysely<Database>, ctx: ActionContext, submitted: SubmittedExam): Promise<void> {
    const pending = await this.store.openOnExam(trx, submitted.examId);
    const failed = submitted.state === 'checks-failed';
    const verdict = failed ? `the conformance checks fail ${submitted.failedRules.length} rule(s)` : 'the conformance checks pass';
    for (const query of pending) {
      await this.move(trx, ctx, submitted.projectId, query, 'resubmission', { kind: 'resubmission', body: `Series re-sent and the exam submitted again (submission ${submitted.submission}): ${verdict}.` });
    }
    if (!failed) return;
    const question = conformanceQuestion(submitted.submission, submitted.failedRules);
    const dueDate = addDays(dayOf(new Date()), DEFAULT_DUE_DAYS);
    const conformance = pending.find((q) => q.origin === 'conformance');
    if (conformance) {
      const answered = { ...conformance, state: 'answered', first_answered_at: conformance.first_answered_at ?? new Date() };
      // A new deadline: the centre answered, and the checks found the exam wanting again.
      await this.move(trx, systemOf(ctx), submitted.projectId, answered, 'reopen', { kind: 'reopen', body: question }, dueDate);
      return;
    }
    const exam = await trx.selectFrom('exam').select(['id', 'project_id', 'centre_id', 'subject_id', 'study_instance_uid']).where('id', '=', submitted.examId).executeTakeFirstOrThrow();
    await this.openIn(trx, systemOf(ctx), exam, { origin: 'conformance', reviewId: null, text: question, dueDate, seriesInstanceUid: null });
  }

  private async lock(trx: Kysely<Database>, projectId: string, queryId: string): Promise<LockedQuery> {
    const query = await this.store.lock(trx, projectId, queryId);
    if (!query) throw notFound('query.not-found', 'the project has no query with this id');
    return query;
  }

  private async move(trx: Kysely<Database>, ctx: ActionContext, projectId: string, query: LockedQuery, action: 'reply' | 'resubmission' | 'close' | 'reopen', message: { kind: MessageKind; body: string }, dueDate?: string): Promise<void> {
    const state = nextState(query.state as QueryState, action);
    if (state instanceof DomainError) throw state;
    const at = new Date();
    const seq = await this.store.addMessage(trx, query.id, { kind: message.kind, authorUserId: ctx.actor?.userId ?? null, authorRole: roleOf(ctx), body: message.body, at });
    await this.store.change(trx, query, { state, at, dueDate });
    await this.audit.record(trx, ctx, {
      action: ACTIONS[action],
      targetType: 'qc_query',
      targetId: query.id,
      projectId,
      before: { state: query.state, dueDate: query.due_date },
      after: { state, dueDate: dueDate ?? query.due_date, message: message.body },
      details: { studyInstanceUID: query.study_instance_uid, from: query.state, to: state, message: seq, ...(action === 'resubmission' && { by: 'resubmission' }), ...(dueDate && { dueDate }) },
    });
  }
}

const ACTIONS = { reply: 'qc.query-answered', resubmission: 'qc.query-answered', close: 'qc.query-closed', reopen: 'qc.query-reopened' } as const;

/** A reviewer reaches exams of other centres only, and only while the subject may be processed. */
function checkReach(scope: ExamScope, exam: { centre_id: string } & Parameters<typeof mayProcessRow>[0]): void {
  const refusal = refusalFor(scope, exam.centre_id, exam);
  if (refusal) throw refusal;
  if (!mayProcessRow(exam)) throw notProcessable();
}

type Row = Awaited<ReturnType<QueryStore['list']>>[number];

function summaryOf(row: Row): QuerySummary {
  return {
    id: row.id,
    studyInstanceUid: row.study_instance_uid,
    examState: row.exam_state,
    subjectCode: row.subject_code,
    centreId: row.centre_id,
    centreName: row.centre_name,
    seriesInstanceUid: row.series_instance_uid,
    origin: row.origin as QueryOrigin,
    state: row.state as QueryState,
    question: row.question ?? '',
    dueDate: row.due_date,
    overdue: Boolean(row.overdue),
    openedBy: row.opened_by,
    openedAt: new Date(row.opened_at).toISOString(),
    firstAnsweredAt: iso(row.first_answered_at),
    answeredAt: iso(row.answered_at),
    closedAt: iso(row.closed_at),
    reopened: row.reopened,
    messages: Number(row.messages ?? 0),
    lastMessageAt: iso(row.last_message_at as Date | null),
  };
}
