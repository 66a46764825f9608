// The only code that reads and writes adjudication tasks, decisions and final values, and reads the
// submitted primary reads of an exam they start from.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { processingAllowed } from '../../subjects/consent-gate.ts';
import type { Decision, FinalValues } from './final-values.ts';
import type { FieldValue, ReadValues } from './form-types.ts';
import type { Discordance } from './rules.ts';

/** JSON columns read back as text (PGlite, PostgreSQL text) or already parsed (jsonb). */
export const parsed = <T>(column: unknown): T => (typeof column === 'string' ? (JSON.parse(column) as T) : (column as T));

export interface PrimaryRead {
  id: string;
  slot: number;
  readerId: string;
  values: ReadValues;
  formVersionId: string;
  designVersionId: string;
}

export interface TaskRow {
  id: string;
  project_id: string;
  exam_id: string;
  number: number;
  read_a: string;
  read_b: string;
  form_version_id: string;
  discordances: string;
  state: string;
  adjudicator_id: string | null;
  claimed_at: Date | null;
  resolved_at: Date | null;
  created_at: Date;
  centre_id: string;
  study_instance_uid: string;
}

export interface ReadDetail {
  id: string;
  values: ReadValues;
  annotations: unknown;
  volumetry: unknown;
}

export class AdjudicationStore {
  /** The exam's submitted primary reads, slot order. */
  async primaryReads(db: Kysely<Database>, examId: string): Promise<PrimaryRead[]> {
    const rows = await db
      .selectFrom('reading_read as r')
      .innerJoin('reading_task as t', 't.id', 'r.task_id')
      .select(['r.id', 't.slot', 'r.reader_id', 'r.values', 'r.form_version_id', 't.design_version_id'])
      .where('t.exam_id', '=', examId)
      .where('t.kind', '=', 'primary')
      .where('r.status', '=', 'submitted')
      .orderBy('t.slot')
      .execute();
    return rows.map((r) => ({ id: r.id, slot: r.slot, readerId: r.reader_id, values: parsed<ReadValues>(r.values), formVersionId: r.form_version_id, designVersionId: r.design_version_id }));
  }

  /** Whether the person read the exam (a primary read or a re-read, claimed or submitted). */
  async hasReadExam(db: Kysely<Database>, examId: string, userId: string): Promise<boolean> {
    const row = await db.selectFrom('reading_task').select('id').where('exam_id', '=', examId).where('reader_id', '=', userId).executeTakeFirst();
    return row !== undefined;
  }

  async hasOutcome(db: Kysely<Database>, examId: string): Promise<boolean> {
    const [task, final] = await Promise.all([
      db.selectFrom('adjudication_task').select('id').where('exam_id', '=', examId).executeTakeFirst(),
      db.selectFrom('final_value').select('exam_id').where('exam_id', '=', examId).executeTakeFirst(),
    ]);
    return task !== undefined || final !== undefined;
  }

  async insertTask(trx: Kysely<Database>, task: { projectId: string; examId: string; readA: string; readB: string; formVersionId: string; discordances: Discordance[]; at: Date }): Promise<{ id: string; number: number }> {
    // The project row serialises the numbering of two exams completed at once.
    await trx.selectFrom('project').select('id').where('id', '=', task.projectId).forUpdate().execute();
    const last = await trx.selectFrom('adjudication_task').select((eb) => eb.fn.max('number').as('n')).where('project_id', '=', task.projectId).executeTakeFirst();
    const id = randomUUID();
    const number = (last?.n ?? 0) + 1;
    await trx
      .insertInto('adjudication_task')
      .values({
        id,
        project_id: task.projectId,
        exam_id: task.examId,
        number,
        read_a: task.readA,
        read_b: task.readB,
        form_version_id: task.formVersionId,
        discordances: JSON.stringify(task.discordances),
        state: 'open',
        created_at: task.at,
      })
      .execute();
    return { id, number };
  }

  /** The task under a lock on its row, so that two claims or two resolutions never interleave. */
  async lockTask(trx: Kysely<Database>, projectId: string, taskId: string): Promise<TaskRow | undefined> {
    await trx.selectFrom('adjudication_task').select('id').where('id', '=', taskId).where('project_id', '=', projectId).forUpdate().execute();
    return this.task(trx, projectId, taskId);
  }

  task(db: Kysely<Database>, projectId: string, taskId: string): Promise<TaskRow | undefined> {
    return this.taskQuery(db).where('a.id', '=', taskId).where('a.project_id', '=', projectId).executeTakeFirst();
  }

  /**
   * Open tasks the adjudicator may take (not of their centre, not of an exam they read, subject
   * processable) and those they hold, oldest first.
   */
  queue(db: Kysely<Database>, projectId: string, adjudicatorId: string, organisationId: string | null) {
    return this.taskQuery(db)
      .innerJoin('subject as sub', 'sub.id', 'e.subject_id')
      .where('a.project_id', '=', projectId)
      .where(processingAllowed('sub'))
      .where((eb) =>
        eb.or([
          eb.and([eb('a.state', '=', 'in-progress'), eb('a.adjudicator_id', '=', adjudicatorId)]),
          eb.and([
            eb('a.state', '=', 'open'),
            eb('e.centre_id', '<>', organisationId ?? '00000000-0000-0000-0000-000000000000'),
            eb.not(eb.exists(eb.selectFrom('reading_task as rt').select('rt.id').whereRef('rt.exam_id', '=', 'a.exam_id').where('rt.reader_id', '=', adjudicatorId))),
          ]),
        ]),
      )
      .orderBy('a.created_at')
      .orderBy('a.number')
      .execute();
  }

  async claim(trx: Kysely<Database>, taskId: string, adjudicatorId: string, at: Date): Promise<void> {
    await trx.updateTable('adjudication_task').set({ state: 'in-progress', adjudicator_id: adjudicatorId, claimed_at: at }).where('id', '=', taskId).where('state', '=', 'open').execute();
  }

  async resolve(trx: Kysely<Database>, taskId: string, decisions: readonly Decision[], at: Date): Promise<void> {
    await trx
      .insertInto('adjudication_decision')
      .values(decisions.map((d) => ({ task_id: taskId, field: d.field, choice: d.choice, value: d.choice === 'value' ? JSON.stringify(d.value) : null, reason: d.reason.trim() })))
      .execute();
    await trx.updateTable('adjudication_task').set({ state: 'resolved', resolved_at: at }).where('id', '=', taskId).where('state', '=', 'in-progress').execute();
  }

  async decisions(db: Kysely<Database>, taskId: string): Promise<Decision[]> {
    const rows = await db.selectFrom('adjudication_decision').selectAll().where('task_id', '=', taskId).orderBy('field').execute();
    return rows.map((r) => ({ field: r.field, choice: r.choice as Decision['choice'], ...(r.value !== null && { value: parsed<FieldValue>(r.value) }), reason: r.reason }));
  }

  async reads(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, ReadDetail>> {
    const rows = await db.selectFrom('reading_read').select(['id', 'values', 'annotations', 'volumetry']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, { id: r.id, values: parsed<ReadValues>(r.values), annotations: parsed(r.annotations), volumetry: r.volumetry === null ? null : parsed(r.volumetry) }]));
  }

  async insertFinalValue(trx: Kysely<Database>, row: { projectId: string; examId: string; formVersionId: string; final: FinalValues; adjudicationTaskId: string | null; digest: string; at: Date }): Promise<void> {
    await trx
      .insertInto('final_value')
      .values({
        exam_id: row.examId,
        project_id: row.projectId,
        form_version_id: row.formVersionId,
        values: JSON.stringify(row.final.values),
        provenance: JSON.stringify(row.final.provenance),
        adjudication_task_id: row.adjudicationTaskId,
        defined_at: row.at,
        digest: row.digest,
      })
      .execute();
  }

  /** The project's final values, oldest first, with the exam's study and subject. */
  finalValues(db: Kysely<Database>, projectId: string) {
    return db
      .selectFrom('final_value as f')
      .innerJoin('exam as e', 'e.id', 'f.exam_id')
      .innerJoin('subject as sub', 'sub.id', 'e.subject_id')
      .innerJoin('reading_form_version as fv', 'fv.id', 'f.form_version_id')
      .select(['f.exam_id', 'e.study_instance_uid', 'sub.code as subject_code', 'fv.version as form_version', 'f.values', 'f.provenance', 'f.adjudication_task_id', 'f.defined_at', 'f.digest'])
      .where('f.project_id', '=', projectId)
      .where(processingAllowed('sub'))
      .orderBy('f.defined_at')
      .orderBy('e.study_instance_uid')
      .execute();
  }

  /** The project's reading form versions, oldest first. */
  formsOfProject(db: Kysely<Database>, projectId: string) {
    return db.selectFrom('reading_form_version').select(['version', 'definition']).where('project_id', '=', projectId).orderBy('version').execute();
  }

  async seriesOf(db: Kysely<Database>, examId: string) {
    return db
      .selectFrom('series as s')
      .innerJoin('exam as e', 'e.study_id', 's.study_id')
      .select(['s.series_instance_uid', 's.series_description', 's.modality', 's.series_number', 's.number_of_instances'])
      .where('e.id', '=', examId)
      .orderBy(sql`s.series_number nulls last`)
      .orderBy('s.series_instance_uid')
      .execute();
  }

  private taskQuery(db: Kysely<Database>) {
    return db
      .selectFrom('adjudication_task as a')
      .innerJoin('exam as e', 'e.id', 'a.exam_id')
      .select([
        'a.id',
        'a.project_id',
        'a.exam_id',
        'a.number',
        'a.read_a',
        'a.read_b',
        'a.form_version_id',
        'a.discordances',
        'a.state',
        'a.adjudicator_id',
        'a.claimed_at',
        'a.resolved_at',
        'a.created_at',
        'e.centre_id',
        'e.study_instance_uid',
      ]);
  }
}
