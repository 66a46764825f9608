// STOW-RS: each part of the request is read, checked and stored on its own; the blob is written
// first, then index rows and one audit event commit together per batch (stow-index.ts), so a crash
// leaves at most an unreferenced blob (removed by the orphan sweep), never an index row without its file.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { mayProcessRow } from '../subjects/consent-gate.ts';
import { PendingDirectorySyncs, type BlobStore, type StoredBlob } from './blob-store.ts';
import { DicomReadError, nativePixelDataMismatch, readDicom, str, type ParsedDicom } from './dicom-reader.ts';
import type { ImagingConfig } from './imaging-config.ts';
import { readParts } from './multipart.ts';
import { residualIdentifiers } from './residual-identifiers.ts';
import { indexedFields, StowIndex, type IndexEntry, type IndexOutcome } from './stow-index.ts';

/** Failure reasons of the Store Instances response (PS3.18 10.5.3, PS3.4 B.2.3 and C.4.2). */
export const FailureReason = {
  processingFailure: 0x0110,
  duplicateSopInstance: 0x0111,
  sopClassNotSupported: 0x0122,
  notAuthorised: 0x0124,
  outOfResources: 0xa700,
  doesNotMatchSopClass: 0xa900,
  cannotUnderstand: 0xc000,
  transferSyntaxNotSupported: 0xc122,
} as const;

export interface StowFailure {
  sopClassUID?: string | undefined;
  sopInstanceUID?: string | undefined;
  failureReason: number;
  /** Stable dotted code, also written into ErrorComment with the sentence. */
  code: string;
  message: string;
}

export interface StowSuccess {
  sopClassUID: string;
  sopInstanceUID: string;
  studyInstanceUID: string;
  seriesInstanceUID: string;
  duplicate: boolean;
}

export interface StowResult {
  stored: StowSuccess[];
  failed: StowFailure[];
  studyInstanceUID: string | undefined;
}

interface Subject {
  id: string;
  code: string;
  centre_id: string;
  consent_status: string;
  processing_allowed_from: Date | null;
  processing_stopped_at: Date | null;
}

/** What one request keeps from part to part. */
interface RequestState {
  subjects: Map<string, Subject | null>;
  /** Studies and series an instance of this request has been handed over for already. */
  studies: Set<string>;
  series: Set<string>;
  writes: BlobWrites;
}

interface Pending extends IndexEntry {
  /** The blob write, under way while the next parts are read and checked. */
  blob: Promise<StoredBlob>;
  success: StowSuccess;
}

/** Blob writes under way at once in one request (each is a write, an fsync and a rename), and their bytes. */
const MAX_BLOB_WRITES_IN_FLIGHT = 16;
const MAX_BLOB_BYTES_IN_FLIGHT = 32 * 1024 * 1024;

/** Keeps a bounded number of blob writes running while the request goes on being read. */
class BlobWrites {
  private readonly running = new Set<Promise<void>>();
  private bytes = 0;
  readonly directories = new PendingDirectorySyncs();

  constructor(private readonly blobs: BlobStore) {}

  async start(bytes: Buffer): Promise<{ write: Promise<StoredBlob> }> {
    while (this.running.size > 0 && (this.running.size >= MAX_BLOB_WRITES_IN_FLIGHT || this.bytes + bytes.length > MAX_BLOB_BYTES_IN_FLIGHT)) await Promise.race(this.running);
    const write = this.blobs.putBytes(bytes, this.directories);
    const size = bytes.length;
    this.bytes += size;
    // A failure is reported where the write is awaited (before its batch commits), never unhandled here.
    const settled: Promise<void> = write.then(
      () => undefined,
      () => undefined,
    ).finally(() => {
      this.running.delete(settled);
      this.bytes -= size;
    });
    this.running.add(settled);
    return { write };
  }
}

class Refusal extends Error {
  constructor(readonly failure: StowFailure) {
    super(failure.message);
  }
}

const refuse = (failureReason: number, code: string, message: string, ids: { sopClassUID?: string | undefined; sopInstanceUID?: string | undefined } = {}) => new Refusal({ ...ids, failureReason, code, message });

const READ_REASONS: Record<DicomReadError['problem'], [number, string]> = {
  'not-dicom': [FailureReason.cannotUnderstand, 'dicom.not-dicom'],
  truncated: [FailureReason.cannotUnderstand, 'dicom.truncated'],
  'absurd-length': [FailureReason.cannotUnderstand, 'dicom.absurd-element-length'],
  'too-deep': [FailureReason.cannotUnderstand, 'dicom.sequence-too-deep'],
  'too-many-elements': [FailureReason.outOfResources, 'dicom.too-many-elements'],
  'unsupported-transfer-syntax': [FailureReason.transferSyntaxNotSupported, 'dicom.unsupported-transfer-syntax'],
  malformed: [FailureReason.cannotUnderstand, 'dicom.malformed'],
};

export class StowService {
  private readonly index: StowIndex;

  constructor(
    private readonly db: Kysely<Database>,
    audit: AuditService,
    private readonly blobs: BlobStore,
    private readonly config: ImagingConfig,
  ) {
    this.index = new StowIndex(db, audit);
  }

  async store(ctx: ActionContext, projectId: string, body: AsyncIterable<Buffer>, boundary: string, targetStudy: string | undefined): Promise<StowResult> {
    const result: StowResult = { stored: [], failed: [], studyInstanceUID: targetStudy };
    const request: RequestState = { subjects: new Map(), studies: new Set(), series: new Set(), writes: new BlobWrites(this.blobs) };
    const seen = new Map<string, string>();
    const writes = request.writes;
    let batch: Pending[] = [];
    for await (const part of readParts(body, boundary, this.config.stow)) {
      try {
        if (part.tooLarge) throw refuse(FailureReason.outOfResources, 'dicomweb.part-too-large', `an instance may be at most ${this.config.stow.maxPartBytes} bytes`);
        const type = (part.headers['content-type'] ?? 'application/dicom').split(';')[0]!.trim().toLowerCase();
        if (type !== 'application/dicom') throw refuse(FailureReason.cannotUnderstand, 'dicomweb.part-not-dicom', `a part of type ${type} is not accepted; send application/dicom parts`);
        batch.push(await this.prepare(ctx, projectId, part.body, targetStudy, request));
        if (batch.length >= this.config.indexBatchSize) {
          await this.commit(ctx, projectId, await this.settle(batch, seen, writes, result), result);
          batch = [];
        }
      } catch (error) {
        if (error instanceof Refusal) result.failed.push(error.failure);
        else throw error;
      }
    }
    if (batch.length > 0) await this.commit(ctx, projectId, await this.settle(batch, seen, writes, result), result);
    return result;
  }

  /** Indexes the batch (see StowIndex) and reports each instance's outcome. */
  private async commit(ctx: ActionContext, projectId: string, batch: Pending[], result: StowResult): Promise<void> {
    const outcomes = await this.index.write(ctx, projectId, batch);
    batch.forEach((p, i) => {
      const outcome: IndexOutcome = outcomes[i]!;
      if (outcome === 'stored') result.stored.push(p.success);
      else if (outcome === 'duplicate') result.stored.push({ ...p.success, duplicate: true });
      else if (outcome === 'conflict') result.failed.push(conflict(p));
      else result.failed.push({ ...ids(p), failureReason: FailureReason.doesNotMatchSopClass, code: 'dicom.study-of-another-subject', message: 'this StudyInstanceUID is already stored for another subject' });
    });
  }

  /**
   * Waits for the batch's blobs to be written and their folders fsynced (before any index row names
   * them), then sorts out SOP Instance UIDs sent twice in the request: the same content is a
   * duplicate, other content a conflict. Index rows already stored are handled in commit.
   */
  private async settle(batch: Pending[], seen: Map<string, string>, writes: BlobWrites, result: StowResult): Promise<Pending[]> {
    const stored = await Promise.all(batch.map((p) => p.blob));
    await this.blobs.syncDirectories(writes.directories);
    const fresh: Pending[] = [];
    batch.forEach((p, i) => {
      p.sha256 = stored[i]!.sha256;
      p.size = stored[i]!.size;
      const earlier = seen.get(p.success.sopInstanceUID);
      if (earlier === undefined) {
        seen.set(p.success.sopInstanceUID, p.sha256);
        fresh.push(p);
      } else if (earlier === p.sha256) result.stored.push({ ...p.success, duplicate: true });
      else result.failed.push(conflict(p));
    });
    return fresh;
  }

  private async prepare(ctx: ActionContext, projectId: string, bytes: Buffer, targetStudy: string | undefined, request: RequestState): Promise<Pending> {
    let parsed: ParsedDicom;
    try {
      parsed = readDicom(bytes, this.config.reader, { spans: false });
    } catch (error) {
      if (!(error instanceof DicomReadError)) throw error;
      const [reason, code] = READ_REASONS[error.problem];
      throw refuse(reason, code, error.message);
    }
    const ds = parsed.dataset;
    const ids = { sopClassUID: str(ds['00080016']), sopInstanceUID: str(ds['00080018']) };
    const pixelMismatch = nativePixelDataMismatch(parsed);
    if (pixelMismatch) throw refuse(FailureReason.cannotUnderstand, 'dicom.pixel-data-length', pixelMismatch, ids);
    const studyUid = str(ds['0020000D']);
    const seriesUid = str(ds['0020000E']);
    if (!ids.sopClassUID || !ids.sopInstanceUID || !studyUid || !seriesUid) {
      throw refuse(FailureReason.doesNotMatchSopClass, 'dicom.missing-identifiers', 'the instance lacks SOPClassUID, SOPInstanceUID, StudyInstanceUID or SeriesInstanceUID', ids);
    }
    if (parsed.mediaStorageSOPInstanceUID && parsed.mediaStorageSOPInstanceUID !== ids.sopInstanceUID) {
      throw refuse(FailureReason.doesNotMatchSopClass, 'dicom.meta-mismatch', 'MediaStorageSOPInstanceUID (0002,0003) differs from SOPInstanceUID (0008,0018)', ids);
    }
    if (targetStudy && studyUid !== targetStudy) {
      throw refuse(FailureReason.doesNotMatchSopClass, 'dicomweb.study-mismatch', 'the instance belongs to another study than the one in the address', ids);
    }
    const patientId = str(ds['00100020']);
    if (!patientId) throw refuse(FailureReason.notAuthorised, 'subject.missing', 'the instance carries no PatientID: it must be a registered subject code', ids);
    let subject = request.subjects.get(patientId);
    if (subject === undefined) {
      subject = (await this.db.selectFrom('subject').select(['id', 'code', 'centre_id', 'consent_status', 'processing_allowed_from', 'processing_stopped_at']).where('project_id', '=', projectId).where('code', '=', patientId).executeTakeFirst()) ?? null;
      request.subjects.set(patientId, subject);
    }
    if (!subject) throw refuse(FailureReason.notAuthorised, 'subject.not-in-project', 'PatientID is not a subject registered in this project', ids);
    if (subject.centre_id !== ctx.actor?.organisationId) throw refuse(FailureReason.notAuthorised, 'subject.other-centre', "the subject belongs to another centre than the sender's", ids);
    if (!mayProcessRow(subject)) {
      throw refuse(FailureReason.notAuthorised, 'subject.not-consenting', `the subject's information/consent status is "${subject.consent_status}": no imaging may be received`, ids);
    }
    const residual = residualIdentifiers(ds, { subjectCode: subject.code });
    if (residual.length > 0) {
      throw refuse(FailureReason.notAuthorised, 'deid.residual-identifier', `identifying data remain: ${residual.map((r) => r.reason).join('; ')}`, ids);
    }
    // The blob is written first (in the background, bounded); an instance already in the index is
    // recognised when its row is inserted (same content: a duplicate; other content: a conflict).
    const { write: blob } = await request.writes.start(bytes);
    const success: StowSuccess = { sopClassUID: ids.sopClassUID, sopInstanceUID: ids.sopInstanceUID, studyInstanceUID: studyUid, seriesInstanceUID: seriesUid, duplicate: false };
    // The first instance of a study or series in the request carries what creating it takes.
    const fields = indexedFields(parsed, { study: !request.studies.has(studyUid), series: !request.series.has(seriesUid) });
    request.studies.add(studyUid);
    request.series.add(seriesUid);
    return { subject, blob, sha256: '', size: bytes.length, success, fields, sopClassUID: ids.sopClassUID, sopInstanceUID: ids.sopInstanceUID, studyInstanceUID: studyUid, seriesInstanceUID: seriesUid };
  }
}

const ids = (p: Pending) => ({ sopClassUID: p.success.sopClassUID, sopInstanceUID: p.success.sopInstanceUID });
const conflict = (p: Pending): StowFailure => ({ ...ids(p), failureReason: FailureReason.duplicateSopInstance, code: 'dicom.sop-instance-conflict', message: 'an instance with this SOPInstanceUID and different content is already stored' });
