// SQL of the subject register: subject rows, their consent histories, and the gate columns that
// follow from them. No rules here: those are in consent.ts and subject-service.ts.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { consentState, type ConsentChannel, type ConsentEvent, type ConsentState, type DeclaredStatus, type StoredEventKind } from './consent.ts';

export interface SubjectRow {
  id: string;
  project_id: string;
  code: string;
  centre_id: string;
  consent_status: string;
  processing_allowed_from: Date | null;
  processing_stopped_at: Date | null;
  created_at: Date;
}

export interface StoredEvent extends ConsentEvent {
  id: string;
  subjectId: string;
  recordedBy: string | null;
}

export interface EventToInsert {
  kind: StoredEventKind;
  date: string;
  channel: ConsentChannel | null;
  declaredStatus: Exclude<DeclaredStatus, 'pending'> | null;
}

const subjectColumns = ['id', 'project_id', 'code', 'centre_id', 'consent_status', 'processing_allowed_from', 'processing_stopped_at', 'created_at'] as const;
const BATCH = 500;

export async function waitingDaysOf(db: Kysely<Database>, projectId: string): Promise<number | undefined> {
  const row = await db.selectFrom('project').select('consent_waiting_days').where('id', '=', projectId).executeTakeFirst();
  return row?.consent_waiting_days;
}

export const findSubject = (db: Kysely<Database>, projectId: string, subjectId: string, lock = false) => {
  const query = db.selectFrom('subject').select(subjectColumns).where('project_id', '=', projectId).where('id', '=', subjectId);
  return (lock ? query.forUpdate() : query).executeTakeFirst() as Promise<SubjectRow | undefined>;
};

export function listSubjects(db: Kysely<Database>, projectId: string, centreId: string | null, lock = false): Promise<SubjectRow[]> {
  let query = db.selectFrom('subject').select(subjectColumns).where('project_id', '=', projectId);
  if (centreId) query = query.where('centre_id', '=', centreId);
  if (lock) query = query.forUpdate();
  return query.orderBy('code').execute() as Promise<SubjectRow[]>;
}

export async function codesTaken(db: Kysely<Database>, projectId: string, codes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < codes.length; i += BATCH) {
    const rows = await db.selectFrom('subject').select('code').where('project_id', '=', projectId).where('code', 'in', codes.slice(i, i + BATCH)).execute();
    for (const r of rows) taken.add(r.code);
  }
  return taken;
}

/** Histories of the given subjects, or of every subject of the project (optionally one centre's). */
export async function histories(db: Kysely<Database>, projectId: string, scope: { subjectId?: string; centreId?: string | null }): Promise<Map<string, StoredEvent[]>> {
  let query = db
    .selectFrom('consent_event as e')
    .select(['e.id', 'e.subject_id', 'e.seq', 'e.kind', 'e.channel', 'e.declared_status', 'e.recorded_at', 'e.recorded_by', sql<string>`to_char(e.event_date, 'YYYY-MM-DD')`.as('date')])
    .where('e.project_id', '=', projectId);
  if (scope.subjectId) query = query.where('e.subject_id', '=', scope.subjectId);
  if (scope.centreId) query = query.where((eb) => eb.exists(eb.selectFrom('subject as s').select('s.id').whereRef('s.id', '=', 'e.subject_id').where('s.centre_id', '=', scope.centreId!)));
  const rows = await query.orderBy('e.subject_id').orderBy('e.seq').execute();
  const bySubject = new Map<string, StoredEvent[]>();
  for (const r of rows) {
    const event: StoredEvent = {
      id: r.id,
      subjectId: r.subject_id,
      seq: r.seq,
      kind: r.kind as StoredEventKind,
      date: r.date,
      channel: r.channel as ConsentChannel | null,
      declaredStatus: r.declared_status as StoredEvent['declaredStatus'],
      recordedAt: new Date(r.recorded_at),
      recordedBy: r.recorded_by,
    };
    const list = bySubject.get(r.subject_id);
    if (list) list.push(event);
    else bySubject.set(r.subject_id, [event]);
  }
  return bySubject;
}

export interface NewSubjectRow {
  id: string;
  code: string;
  centreId: string;
  events: EventToInsert[];
}

/**
 * Inserts subjects with their first events and gate columns; `recordedAt` is the one moment of the
 * transaction, so a stop event's time and the subject's processing_stopped_at are the same value.
 */
export async function insertSubjects(db: Kysely<Database>, projectId: string, subjects: readonly NewSubjectRow[], waitingDays: number, recordedBy: string | null, recordedAt: Date): Promise<Map<string, { row: SubjectRow; history: StoredEvent[]; state: ConsentState }>> {
  const out = new Map<string, { row: SubjectRow; history: StoredEvent[]; state: ConsentState }>();
  for (let i = 0; i < subjects.length; i += BATCH) {
    const batch = subjects.slice(i, i + BATCH);
    const prepared = batch.map((s) => {
      const history: StoredEvent[] = s.events.map((e, index) => ({ ...e, id: randomUUID(), subjectId: s.id, seq: index + 1, recordedAt, recordedBy }));
      return { s, history, state: consentState(history, waitingDays, recordedAt) };
    });
    const rows = (await db
      .insertInto('subject')
      .values(prepared.map(({ s, state }) => ({
        id: s.id,
        project_id: projectId,
        centre_id: s.centreId,
        code: s.code,
        consent_status: state.status,
        processing_allowed_from: state.allowedFrom,
        processing_stopped_at: state.stoppedAt,
      })))
      .returning(subjectColumns)
      .execute()) as SubjectRow[];
    const events = prepared.flatMap(({ history }) => history);
    if (events.length > 0) await insertEvents(db, projectId, events);
    const rowById = new Map(rows.map((r) => [r.id, r]));
    for (const { s, history, state } of prepared) out.set(s.id, { row: rowById.get(s.id)!, history, state });
  }
  return out;
}

export async function insertEvents(db: Kysely<Database>, projectId: string, events: readonly StoredEvent[]): Promise<void> {
  await db
    .insertInto('consent_event')
    .values(events.map((e) => ({
      id: e.id,
      subject_id: e.subjectId,
      project_id: projectId,
      seq: e.seq,
      kind: e.kind,
      event_date: e.date,
      channel: e.channel,
      declared_status: e.declaredStatus,
      recorded_at: e.recordedAt,
      recorded_by: e.recordedBy,
    })))
    .execute();
}

/** Writes the status and the gate columns that the history gives now. */
export async function writeState(db: Kysely<Database>, subjectId: string, state: ConsentState): Promise<SubjectRow> {
  return (await db
    .updateTable('subject')
    .set({ consent_status: state.status, processing_allowed_from: state.allowedFrom, processing_stopped_at: state.stoppedAt })
    .where('id', '=', subjectId)
    .returning(subjectColumns)
    .executeTakeFirstOrThrow()) as SubjectRow;
}

export const sameInstant = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : new Date(a).getTime() === new Date(b).getTime());
