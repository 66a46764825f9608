// Readers' training and qualification records: append-only rows (a trigger refuses any change), read
// back per person, and the one question the worklist asks: is this person qualified on this form version?
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export type TrainingKind = 'training' | 'qualification';
export type TrainingOutcome = 'completed' | 'qualified' | 'not-qualified';

export interface TrainingRecord {
  id: string;
  userId: string;
  kind: TrainingKind;
  formVersion: number;
  formVersionId: string;
  completedOn: string;
  outcome: TrainingOutcome;
  evidence: string;
  recordedBy: string | null;
  recordedAt: string;
}

export interface NewTrainingRecord {
  userId: string;
  kind: TrainingKind;
  formVersionId: string;
  completedOn: string;
  outcome: TrainingOutcome;
  evidence: string;
  recordedBy: string | null;
}

/**
 * Whether the person's latest qualification record on exactly this form version says qualified: a
 * later "not qualified" withdraws an earlier qualification, and a new form version needs its own.
 */
export async function isQualified(db: Kysely<Database>, projectId: string, userId: string, formVersionId: string): Promise<boolean> {
  const latest = await db
    .selectFrom('reader_training_record')
    .select('outcome')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'qualification')
    .where('form_version_id', '=', formVersionId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.outcome === 'qualified';
}

export async function addTrainingRecord(trx: Kysely<Database>, projectId: string, input: NewTrainingRecord, now: Date): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('reader_training_record')
    .values({
      id,
      project_id: projectId,
      user_id: input.userId,
      kind: input.kind,
      form_version_id: input.formVersionId,
      completed_on: input.completedOn,
      outcome: input.outcome,
      evidence: input.evidence,
      recorded_by: input.recordedBy,
      recorded_at: now,
    })
    .execute();
  return id;
}

/** One person's records in the project, oldest first (the order they were recorded in). */
export async function listTrainingRecords(db: Kysely<Database>, projectId: string, userId: string): Promise<TrainingRecord[]> {
  const rows = await db
    .selectFrom('reader_training_record as t')
    .innerJoin('reading_form_version as f', 'f.id', 't.form_version_id')
    .select(['t.id', 't.user_id', 't.kind', 't.form_version_id', 'f.version', sql<string>`to_char(t.completed_on, 'YYYY-MM-DD')`.as('completed_on'), 't.outcome', 't.evidence', 't.recorded_by', 't.recorded_at'])
    .where('t.project_id', '=', projectId)
    .where('t.user_id', '=', userId)
    .orderBy('t.recorded_at')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    kind: r.kind as TrainingKind,
    formVersion: r.version,
    formVersionId: r.form_version_id,
    completedOn: r.completed_on,
    outcome: r.outcome as TrainingOutcome,
    evidence: r.evidence,
    recordedBy: r.recorded_by,
    recordedAt: new Date(r.recorded_at).toISOString(),
  }));
}

/** The reading roles the person holds in the project now (reader, adjudicator). */
export async function readingRolesOf(db: Kysely<Database>, projectId: string, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('project_membership')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('role', 'in', ['reader', 'adjudicator'])
    .execute();
  return rows.map((r) => r.role);
}
