// THE gate every module applies before it accepts, QCs, reads or exports a subject's imaging, in
// three forms of the one rule (processing allowed from a moment that has come, and never stopped):
//  - mayProcess(status): on a status computed from the history (consent.ts);
//  - processingAllowed('subject'): an SQL predicate over the subject table, for queries;
//  - mayProcessRow(row, now): on a subject row already read, e.g. cached during one request.
// The subject service keeps subject.processing_allowed_from and processing_stopped_at up to date in
// the same transaction as every consent event, so the SQL form needs no join to the history.
import { sql, type SqlBool } from 'kysely';

export { mayProcess, PROCESSABLE_STATUSES } from './consent.ts';

/** `<table>.processing_allowed_from <= now() and <table>.processing_stopped_at is null`, for `.where(...)`. */
export const processingAllowed = (table = 'subject') =>
  sql<SqlBool>`(${sql.ref(`${table}.processing_allowed_from`)} <= now() and ${sql.ref(`${table}.processing_stopped_at`)} is null)`;

export interface GateColumns {
  processing_allowed_from: Date | null;
  processing_stopped_at: Date | null;
}

export const mayProcessRow = (row: GateColumns, now: Date = new Date()): boolean =>
  row.processing_stopped_at === null && row.processing_allowed_from !== null && new Date(row.processing_allowed_from).getTime() <= now.getTime();
