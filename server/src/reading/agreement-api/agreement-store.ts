// Reads the submitted reads paired for agreement: the two primary reads of each exam, and each
// re-read with the primary read of the same reader it repeats. Subjects whose processing is not
// allowed (objection, withdrawal) are left out.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { processingAllowed } from '../../subjects/consent-gate.ts';
import { parsed } from '../adjudication/adjudication-store.ts';
import type { ReadValues } from '../adjudication/form-types.ts';

export interface PairedReads {
  examId: string;
  readerA: string;
  a: ReadValues;
  readerB: string;
  b: ReadValues;
}

export class AgreementStore {
  async interReader(db: Kysely<Database>, projectId: string): Promise<PairedReads[]> {
    const rows = await db
      .selectFrom('reading_task as t1')
      .innerJoin('reading_read as r1', 'r1.task_id', 't1.id')
      .innerJoin('reading_task as t2', (join) => join.onRef('t2.exam_id', '=', 't1.exam_id').on('t2.kind', '=', 'primary').on('t2.slot', '=', 2))
      .innerJoin('reading_read as r2', 'r2.task_id', 't2.id')
      .innerJoin('exam as e', 'e.id', 't1.exam_id')
      .innerJoin('subject as sub', 'sub.id', 'e.subject_id')
      .select(['t1.exam_id', 'r1.reader_id as reader_a', 'r1.values as values_a', 'r2.reader_id as reader_b', 'r2.values as values_b'])
      .where('t1.project_id', '=', projectId)
      .where('t1.kind', '=', 'primary')
      .where('t1.slot', '=', 1)
      .where('r1.status', '=', 'submitted')
      .where('r2.status', '=', 'submitted')
      .where(processingAllowed('sub'))
      .orderBy('r1.submitted_at')
      .orderBy('t1.exam_id')
      .execute();
    return rows.map((r) => ({ examId: r.exam_id, readerA: r.reader_a, a: parsed<ReadValues>(r.values_a), readerB: r.reader_b, b: parsed<ReadValues>(r.values_b) }));
  }

  /** A: the primary read, B: the re-read (same reader). */
  async intraReader(db: Kysely<Database>, projectId: string): Promise<PairedReads[]> {
    const rows = await db
      .selectFrom('reading_task as rt')
      .innerJoin('reading_read as rr', 'rr.task_id', 'rt.id')
      .innerJoin('reading_read as pr', 'pr.task_id', 'rt.reread_of')
      .innerJoin('exam as e', 'e.id', 'rt.exam_id')
      .innerJoin('subject as sub', 'sub.id', 'e.subject_id')
      .select(['rt.exam_id', 'pr.reader_id as reader_a', 'pr.values as values_a', 'rr.reader_id as reader_b', 'rr.values as values_b'])
      .where('rt.project_id', '=', projectId)
      .where('rt.kind', '=', 'reread')
      .where('rr.status', '=', 'submitted')
      .where('pr.status', '=', 'submitted')
      .whereRef('pr.reader_id', '=', 'rr.reader_id')
      .where(processingAllowed('sub'))
      .orderBy('rr.submitted_at')
      .orderBy('rt.exam_id')
      .execute();
    return rows.map((r) => ({ examId: r.exam_id, readerA: r.reader_a, a: parsed<ReadValues>(r.values_a), readerB: r.reader_b, b: parsed<ReadValues>(r.values_b) }));
  }

  async names(db: Kysely<Database>, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', userIds).execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** The project's current (latest) reading form version. */
  async currentForm(db: Kysely<Database>, projectId: string) {
    return db.selectFrom('reading_form_version').select(['id', 'version', 'definition']).where('project_id', '=', projectId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  }
}
