// Exports a submitted read as DICOM (the TID 1500 report always, the segmentation when the read has
// contours) into the blob store, records the objects and audits it; serves them to those who may see
// the read (the core-lab manager, the read's reader, the exam's adjudicator). The objects are not put
// in the DICOMweb index: other readers must stay blinded.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../../access/actor.ts';
import type { AuditService } from '../../audit/audit-service.ts';
import type { Database } from '../../db/schema.ts';
import type { BlobStore } from '../../imaging/blob-store.ts';
import type { ReadingFormDefinition, ReadValues } from '../form-definition.ts';
import type { Contour } from '../volumetry/index.ts';
import { ReadingExportError } from './errors.ts';
import type { Measurement, ReadExportInput } from './export-input.ts';
import { ReadingExportStore, type ReadRow } from './export-store.ts';
import { buildMeasurementReport } from './measurement-report.ts';
import type { DicomJsonDataset } from './part10.ts';
import { buildSegmentation } from './segmentation.ts';
import { patientStudyAttributes, sourceImageFromJson, type SourceImage } from './source-image.ts';
import { readerPseudonym } from './uids.ts';

export type ExportKind = 'sr' | 'seg';
export interface ExportedObject {
  kind: ExportKind;
  sopInstanceUID: string;
  seriesInstanceUID: string;
  sha256: string;
  size: number;
}

const notFound = () => new ReadingExportError('reading-export.read-not-found', 'no submitted read with this id that you may see in the project');

export class ReadingExportService {
  private readonly store = new ReadingExportStore();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly blobs: BlobStore,
  ) {}

  /**
   * Called by the submit, in its transaction: builds and stores the objects, records and audits
   * them. A read exported before gives its recorded objects back (same UIDs, nothing rewritten).
   */
  async exportSubmittedRead(trx: Kysely<Database>, ctx: ActionContext, readId: string): Promise<ExportedObject[]> {
    const read = await this.store.read(trx, readId);
    if (!read) throw notFound();
    if (read.status !== 'submitted' || !read.submitted_at) throw new ReadingExportError('reading-export.read-not-submitted', 'only a submitted read is exported');
    const existing = await this.store.exports(trx, readId);
    if (existing.length > 0) return existing.map(view);

    const input = await this.input(trx, read);
    const built = [
      { kind: 'sr' as const, ...buildMeasurementReport(input) },
      ...((s) => (s ? [{ kind: 'seg' as const, ...s }] : []))(buildSegmentation(input)),
    ];
    const objects: ExportedObject[] = [];
    const createdAt = new Date();
    for (const object of built) {
      // Durable before the row names it; a rolled-back submit leaves an unnamed blob for the orphan sweep.
      const blob = await this.blobs.putBytes(object.bytes);
      await this.store.insert(trx, { read_id: readId, kind: object.kind, project_id: read.project_id, sop_instance_uid: object.sopInstanceUID, series_instance_uid: object.seriesInstanceUID, sha256: blob.sha256, size: blob.size, created_at: createdAt });
      objects.push({ kind: object.kind, sopInstanceUID: object.sopInstanceUID, seriesInstanceUID: object.seriesInstanceUID, sha256: blob.sha256, size: blob.size });
    }
    await this.audit.record(trx, ctx, {
      action: 'reading.exported',
      targetType: 'reading_read',
      targetId: readId,
      projectId: read.project_id,
      details: { objects: objects.map((o) => ({ kind: o.kind, sopInstanceUID: o.sopInstanceUID, sha256: o.sha256 })) },
    });
    return objects;
  }

  async list(ctx: ActionContext, projectId: string, readId: string): Promise<ExportedObject[]> {
    await this.visibleRead(ctx, projectId, readId);
    return (await this.store.exports(this.db, readId)).map(view);
  }

  /** The object's Part 10 bytes; the download is on the audit trail. */
  async download(ctx: ActionContext, projectId: string, readId: string, kind: ExportKind): Promise<{ object: ExportedObject; bytes: Buffer }> {
    await this.visibleRead(ctx, projectId, readId);
    const object = (await this.store.exports(this.db, readId)).map(view).find((o) => o.kind === kind);
    if (!object) throw new ReadingExportError('reading-export.not-exported', `this read has no ${kind === 'sr' ? 'report' : 'segmentation'} export`);
    const bytes = await this.blobs.read(object.sha256);
    await this.db.transaction().execute((trx) =>
      this.audit.record(trx, ctx, { action: 'reading.export-downloaded', targetType: 'reading_read', targetId: readId, projectId, details: { kind, sopInstanceUID: object.sopInstanceUID } }),
    );
    return { object, bytes };
  }

  /** The manager sees every read of the project; a reader their own; an adjudicator those of the exams they adjudicate. Others: not found. */
  private async visibleRead(ctx: ActionContext, projectId: string, readId: string): Promise<ReadRow> {
    const read = await this.store.read(this.db, readId);
    if (!read || read.project_id !== projectId || read.status !== 'submitted') throw notFound();
    const userId = ctx.actor?.userId;
    // The access hook names every role of the route the actor holds, joined by '|'.
    const roles = new Set((ctx.actingRole ?? '').split('|'));
    if (roles.has('core_lab_manager')) return read;
    if (roles.has('reader') && read.reader_id === userId) return read;
    if (roles.has('adjudicator') && userId && (await this.store.isAdjudicatorOf(this.db, read.exam_id, userId))) return read;
    throw notFound();
  }

  private async input(trx: Kysely<Database>, read: ReadRow): Promise<ReadExportInput> {
    const annotations = JSON.parse(read.annotations) as { contours?: Contour[]; measurements?: Measurement[] };
    const contours = annotations.contours ?? [];
    const measurements = annotations.measurements ?? [];
    const rows = await this.store.instances(trx, read.project_id, read.study_instance_uid, [...new Set([...contours, ...measurements].map((a) => a.sopInstanceUID))]);
    const images = new Map<string, SourceImage>();
    let patientStudy = rows[0]?.metadata;
    for (const row of rows) {
      const image = sourceImageFromJson(JSON.parse(row.metadata) as DicomJsonDataset);
      if (image) images.set(row.sop_instance_uid, image);
    }
    patientStudy ??= await this.store.anyInstance(trx, read.project_id, read.study_instance_uid);
    return {
      readId: read.id,
      readerPseudonym: readerPseudonym(read.project_id, read.reader_id),
      readKind: read.kind === 'reread' ? 'reread' : 'primary',
      submittedAt: new Date(read.submitted_at!),
      patientStudy: patientStudy ? patientStudyAttributes(JSON.parse(patientStudy) as DicomJsonDataset) : { StudyInstanceUID: read.study_instance_uid },
      images,
      form: JSON.parse(read.definition) as ReadingFormDefinition,
      values: JSON.parse(read.values) as ReadValues,
      contours,
      measurements,
    };
  }
}

const view = (row: { kind: string; sop_instance_uid: string; series_instance_uid: string; sha256: string; size: string | number }): ExportedObject => ({
  kind: row.kind as ExportKind,
  sopInstanceUID: row.sop_instance_uid,
  seriesInstanceUID: row.series_instance_uid,
  sha256: row.sha256,
  size: Number(row.size),
});
