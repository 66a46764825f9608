// SQL of the export: the submitted read with its task and form, the source images' stored
// attributes, and the exported objects.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface ReadRow {
  id: string;
  project_id: string;
  exam_id: string;
  reader_id: string;
  status: string;
  values: string;
  annotations: string;
  submitted_at: Date | null;
  kind: string;
  study_instance_uid: string;
  definition: string;
}

export interface ExportRow {
  kind: string;
  sop_instance_uid: string;
  series_instance_uid: string;
  sha256: string;
  size: string;
}

export class ReadingExportStore {
  read(db: Kysely<Database>, readId: string): Promise<ReadRow | undefined> {
    return db
      .selectFrom('reading_read as r')
      .innerJoin('reading_task as t', 't.id', 'r.task_id')
      .innerJoin('reading_form_version as f', 'f.id', 'r.form_version_id')
      .select(['r.id', 'r.project_id', 'r.exam_id', 'r.reader_id', 'r.status', 'r.values', 'r.annotations', 'r.submitted_at', 't.kind', 't.study_instance_uid', 'f.definition'])
      .where('r.id', '=', readId)
      .executeTakeFirst() as Promise<ReadRow | undefined>;
  }

  /** Stored attributes (DICOM JSON text) of the given images of one study. */
  instances(db: Kysely<Database>, projectId: string, studyInstanceUID: string, sopInstanceUIDs: readonly string[]): Promise<{ sop_instance_uid: string; metadata: string }[]> {
    if (sopInstanceUIDs.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('instance')
      .select(['sop_instance_uid', 'metadata'])
      .where('project_id', '=', projectId)
      .where('study_instance_uid', '=', studyInstanceUID)
      .where('sop_instance_uid', 'in', [...sopInstanceUIDs])
      .execute();
  }

  /** Any one image of the study: its patient and study attributes, when no contour names one. */
  async anyInstance(db: Kysely<Database>, projectId: string, studyInstanceUID: string): Promise<string | undefined> {
    const row = await db.selectFrom('instance').select('metadata').where('project_id', '=', projectId).where('study_instance_uid', '=', studyInstanceUID).limit(1).executeTakeFirst();
    return row?.metadata;
  }

  async isAdjudicatorOf(db: Kysely<Database>, examId: string, userId: string): Promise<boolean> {
    const row = await db.selectFrom('adjudication_task').select('id').where('exam_id', '=', examId).where('adjudicator_id', '=', userId).executeTakeFirst();
    return row !== undefined;
  }

  async insert(db: Kysely<Database>, row: { read_id: string; kind: string; project_id: string; sop_instance_uid: string; series_instance_uid: string; sha256: string; size: number; created_at: Date }): Promise<void> {
    await db.insertInto('reading_export').values(row).execute();
  }

  exports(db: Kysely<Database>, readId: string): Promise<ExportRow[]> {
    return db.selectFrom('reading_export').select(['kind', 'sop_instance_uid', 'series_instance_uid', 'sha256', 'size']).where('read_id', '=', readId).orderBy('kind').execute() as Promise<ExportRow[]>;
  }
}
