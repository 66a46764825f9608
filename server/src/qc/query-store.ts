// The only code that reads and writes queries to centres and their messages.
import { randomUUID } from 'node:crypto';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.ts';
import { processingAllowed, type GateColumns } from '../subjects/consent-gate.ts';
import type { ExamScope } from './exam-store.ts';
import type { MessageKind, QueryOrigin, QueryState } from './query-rules.ts';

export interface QueryFilter {
  state?: QueryState | undefined;
  overdue?: boolean | undefined;
  centreId?: string | undefined;
  studyInstanceUid?: string | undefined;
  origin?: QueryOrigin | undefined;
  limit: number;
  offset: number;
}

export interface NewQuery {
  projectId: string;
  examId: string;
  centreId: string;
  subjectId: string;
  seriesInstanceUid: string | null;
  origin: QueryOrigin;
  reviewId: string | null;
  dueDate: string;
  openedBy: string | null;
  at: Date;
}

export interface NewMessage {
  kind: MessageKind;
  authorUserId: string | null;
  authorRole: string;
  body: string;
  at: Date;
}

export interface QueryChange {
  state: QueryState;
  at: Date;
  dueDate?: string | undefined;
}

/** A query with what its rules need: the exam's centre and the subject's gate columns. */
export interface LockedQuery extends GateColumns {
  id: string;
  exam_id: string;
  centre_id: string;
  state: string;
  origin: string;
  due_date: string;
  study_instance_uid: string;
  first_answered_at: Date | null;
  reopened: number;
}

const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';
const overdueSql = sql<boolean>`(q.state = 'open' and q.due_date < (now() at time zone 'UTC')::date)`;

export class QueryStore {
  async insert(trx: Kysely<Database>, query: NewQuery): Promise<string> {
    const id = randomUUID();
    await trx
      .insertInto('qc_query')
      .values({
        id,
        project_id: query.projectId,
        exam_id: query.examId,
        centre_id: query.centreId,
        subject_id: query.subjectId,
        series_instance_uid: query.seriesInstanceUid,
        origin: query.origin,
        review_id: query.reviewId,
        state: 'open',
        due_date: query.dueDate,
        opened_by: query.openedBy,
        opened_at: query.at,
      })
      .execute();
    return id;
  }

  /** Appends a message; the caller holds the query's row lock, so seq numbers follow each other. */
  async addMessage(trx: Kysely<Database>, queryId: string, message: NewMessage): Promise<number> {
    const last = await trx.selectFrom('qc_query_message').select((eb) => eb.fn.max('seq').as('seq')).where('query_id', '=', queryId).executeTakeFirst();
    const seq = (last?.seq ?? 0) + 1;
    await trx
      .insertInto('qc_query_message')
      .values({ id: randomUUID(), query_id: queryId, seq, kind: message.kind, author_user_id: message.authorUserId, author_role: message.authorRole, body: message.body, created_at: message.at })
      .execute();
    return seq;
  }

  async change(trx: Kysely<Database>, current: LockedQuery, change: QueryChange): Promise<void> {
    const answered = change.state === 'answered';
    await trx
      .updateTable('qc_query')
      .set({
        state: change.state,
        ...(answered && { answered_at: change.at, ...(current.first_answered_at === null && { first_answered_at: change.at }) }),
        closed_at: change.state === 'closed' ? change.at : null,
        ...(change.state === 'open' && current.state !== 'open' && { reopened: current.reopened + 1 }),
        ...(change.dueDate !== undefined && { due_date: change.dueDate }),
      })
      .where('id', '=', current.id)
      .execute();
  }

  lock(trx: Kysely<Database>, projectId: string, queryId: string): Promise<LockedQuery | undefined> {
    return this.lockedQuery(trx).where('q.project_id', '=', projectId).where('q.id', '=', queryId).executeTakeFirst();
  }

  /** The exam's queries that are not closed, oldest first, locked. */
  openOnExam(trx: Kysely<Database>, examId: string): Promise<LockedQuery[]> {
    return this.lockedQuery(trx).where('q.exam_id', '=', examId).where('q.state', '<>', 'closed').orderBy('q.opened_at').orderBy('q.id').execute();
  }

  list(db: Kysely<Database>, projectId: string, scope: ExamScope, filter: QueryFilter) {
    let query = this.viewQuery(db)
      .where('q.project_id', '=', projectId)
      .where(processingAllowed('sub'))
      .where((eb) => inScope(eb, scope));
    if (filter.state) query = query.where('q.state', '=', filter.state);
    if (filter.overdue !== undefined) query = query.where(filter.overdue ? overdueSql : sql<boolean>`not ${overdueSql}`);
    if (filter.centreId) query = query.where('q.centre_id', '=', filter.centreId);
    if (filter.studyInstanceUid) query = query.where('e.study_instance_uid', '=', filter.studyInstanceUid);
    if (filter.origin) query = query.where('q.origin', '=', filter.origin);
    return query.orderBy('q.due_date').orderBy('q.opened_at').orderBy('q.id').limit(filter.limit).offset(filter.offset).execute();
  }

  get(db: Kysely<Database>, projectId: string, queryId: string) {
    return this.viewQuery(db).where('q.project_id', '=', projectId).where('q.id', '=', queryId).executeTakeFirst();
  }

  messages(db: Kysely<Database>, queryId: string) {
    return db
      .selectFrom('qc_query_message as m')
      .leftJoin('app_user as u', 'u.id', 'm.author_user_id')
      .select(['m.seq', 'm.kind', 'm.author_user_id', 'u.display_name as author_name', 'm.author_role', 'm.body', 'm.created_at'])
      .where('m.query_id', '=', queryId)
      .orderBy('m.seq')
      .execute();
  }

  private lockedQuery(trx: Kysely<Database>) {
    return trx
      .selectFrom('qc_query as q')
      .innerJoin('exam as e', 'e.id', 'q.exam_id')
      .innerJoin('subject as sub', 'sub.id', 'q.subject_id')
      .select([
        'q.id',
        'q.exam_id',
        'q.centre_id',
        'q.state',
        'q.origin',
        sql<string>`to_char(q.due_date, 'YYYY-MM-DD')`.as('due_date'),
        'e.study_instance_uid',
        'q.first_answered_at',
        'q.reopened',
        'sub.processing_allowed_from',
        'sub.processing_stopped_at',
      ])
      .forUpdate('q');
  }

  private viewQuery(db: Kysely<Database>) {
    return db
      .selectFrom('qc_query as q')
      .innerJoin('exam as e', 'e.id', 'q.exam_id')
      .innerJoin('subject as sub', 'sub.id', 'q.subject_id')
      .innerJoin('organisation as o', 'o.id', 'q.centre_id')
      .select([
        'q.id',
        'e.study_instance_uid',
        'e.state as exam_state',
        'sub.code as subject_code',
        'q.centre_id',
        'o.name as centre_name',
        'q.series_instance_uid',
        'q.origin',
        'q.state',
        sql<string>`to_char(q.due_date, 'YYYY-MM-DD')`.as('due_date'),
        overdueSql.as('overdue'),
        'q.opened_by',
        'q.opened_at',
        'q.first_answered_at',
        'q.answered_at',
        'q.closed_at',
        'q.reopened',
        'sub.processing_allowed_from',
        'sub.processing_stopped_at',
        (eb) => eb.selectFrom('qc_query_message as m').select('m.body').whereRef('m.query_id', '=', 'q.id').where('m.seq', '=', 1).as('question'),
        (eb) => eb.selectFrom('qc_query_message as m').select((m) => m.fn.countAll<string>().as('n')).whereRef('m.query_id', '=', 'q.id').as('messages'),
        (eb) => eb.selectFrom('qc_query_message as m').select((m) => m.fn.max('m.created_at').as('at')).whereRef('m.query_id', '=', 'q.id').as('last_message_at'),
      ]);
  }
}

function inScope(eb: ExpressionBuilder<Database & { q: Database['qc_query'] }, 'q'>, scope: ExamScope): Expression<SqlBool> {
  if (scope.allCentres) return sql<SqlBool>`true`;
  const branches: Array<Expression<SqlBool>> = [];
  if (scope.ownCentre) branches.push(eb('q.centre_id', '=', scope.ownCentre));
  if (scope.otherCentresThan !== null) branches.push(eb('q.centre_id', '<>', scope.otherCentresThan || NO_ORGANISATION));
  return branches.length > 0 ? eb.or(branches) : sql<SqlBool>`false`;
}
