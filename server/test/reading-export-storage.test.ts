// Exporting a submitted read: the SR (and the SEG when the read has contours) in the blob store,
// recorded and audited in the caller's transaction, the same objects on a second export, nothing
// written when the read cannot be exported, never in the DICOMweb index; the export routes for the
// manager and the read's reader, 404 for another reader, 403 for roles outside reading.
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { ReadingExportError } from '../src/reading/dicom-export/index.ts';
import { COMPREHENSIVE_SR } from '../src/reading/dicom-export/measurement-report.ts';
import { SEGMENTATION_STORAGE } from '../src/reading/dicom-export/segmentation.ts';
import type { Contour } from '../src/reading/volumetry/index.ts';
import { makeInstance, uid } from './imaging-fixtures.ts';
import { dmOf, stow } from './qc-review-fixtures.ts';
import { createReadingWorld, passedExam, type ReadingWorld } from './reading-adjudication-fixtures.ts';
import { circle } from './reading-export-fixtures.ts';

const dcmjs = createRequire(import.meta.url)('dcmjs') as { data: { DicomMessage: { readFile(b: ArrayBuffer): { dict: Record<string, { Value?: unknown[] }> } } } };
const sopClassOf = (bytes: Uint8Array) => String(dcmjs.data.DicomMessage.readFile(bytes.slice().buffer).dict['00080016']!.Value![0]);
const ctx = (w: ReadingWorld, user: string) => ({ actor: { userId: w.userIds[user]!, username: user, organisationId: null, isPlatformAdmin: false, via: 'session' as const, scopes: 'all' as const, tokenProjectId: null }, requestId: null, actingRole: 'reader' });

let w: ReadingWorld;
let study = '';
const series = uid();
const sops = [uid(), uid()];
let withContours = '';
let withoutContours = '';
let flatContours = '';
let draft = '';

/** A task and a read of the exam as the submit leaves them (the submit route is not R4's). */
async function read(exam: { study: string; examId: string }, reader: string, slot: number, contours: Contour[], status: 'submitted' | 'draft' = 'submitted'): Promise<string> {
  const db = w.platform.services.db;
  const row = await db.selectFrom('exam').select(['subject_id', 'centre_id']).where('id', '=', exam.examId).executeTakeFirstOrThrow();
  const form = await db.selectFrom('reading_form_version').select('id').where('project_id', '=', w.projectId).executeTakeFirstOrThrow();
  const design = await db.selectFrom('reading_design_version').select('id').where('project_id', '=', w.projectId).executeTakeFirstOrThrow();
  const [taskId, readId, at] = [randomUUID(), randomUUID(), new Date()];
  const submitted = status === 'submitted';
  // Passing QC planned the exam's tasks already (open, nobody's): this read takes the slot's place.
  await db.deleteFrom('reading_task').where('exam_id', '=', exam.examId).where('slot', '=', slot).where('state', '=', 'open').where('reader_id', 'is', null).execute();
  await db.insertInto('reading_task').values({ id: taskId, project_id: w.projectId, exam_id: exam.examId, study_instance_uid: exam.study, subject_id: row.subject_id, centre_id: row.centre_id, number: 1000 + slot + (submitted ? 0 : 50) + Math.floor(Math.random() * 1e6), kind: 'primary', slot, reread_of: null, form_version_id: form.id, design_version_id: design.id, state: submitted ? 'submitted' : 'in-progress', reader_id: w.userIds[reader]!, order_key: taskId, available_from: at, claimed_at: at, submitted_at: submitted ? at : null, created_at: at }).execute();
  await db.insertInto('reading_read').values({ id: readId, task_id: taskId, project_id: w.projectId, exam_id: exam.examId, reader_id: w.userIds[reader]!, form_version_id: form.id, values: JSON.stringify({ lvEdv: 150, lvEsv: 60, lvSv: 90, lvEf: 60, lvMass: 120, lgePresent: 'no' }), annotations: JSON.stringify({ contours, measurements: [] }), volumetry: null, status, saved_at: at, submitted_at: submitted ? at : null, digest: submitted ? 'test' : null }).execute();
  return readId;
}

const contour = (id: string, sop: string, seriesUid: string, structure: Contour['structure'], radius: number): Contour => ({ id, structure, phase: 'ED', seriesInstanceUID: seriesUid, sopInstanceUID: sop, frameNumber: 1, points: circle(15.3, 16.2, radius), tool: 'freehand' });

before(async () => {
  w = await createReadingWorld();
  const exam = await passedExam(w);
  study = exam.study;
  const subject = (await w.platform.services.db.selectFrom('study').select('patient_id').where('study_instance_uid', '=', study).executeTakeFirstOrThrow()).patient_id;
  // Two short-axis images with plane geometry, in the exam's study.
  const geometry = (z: number) => ({ ImagePositionPatient: [-20, -20, z], ImageOrientationPatient: [1, 0, 0, 0, 1, 0], PixelSpacing: [1.25, 1.25], SliceThickness: 8, FrameOfReferenceUID: '2.25.4242', SeriesDescription: 'cine sax geometry' });
  await stow(w, dmOf(w, 'north'), sops.map((sop, i) => makeInstance({ subject, study, series, sop, seriesNumber: 401, instanceNumber: i + 1, extra: geometry(10 * i) })));
  withContours = await read(exam, 'reader1', 1, sops.flatMap((sop, i) => [contour(`endo${i}`, sop, series, 'lv-endocardium', 6.2), contour(`epi${i}`, sop, series, 'lv-epicardium', 9.7)]));
  withoutContours = await read(exam, 'reader2', 2, []);
  const other = await passedExam(w);
  const flat = await w.platform.services.db.selectFrom('instance').select(['sop_instance_uid', 'series_instance_uid']).where('study_instance_uid', '=', other.study).executeTakeFirstOrThrow();
  flatContours = await read(other, 'reader1', 1, [contour('endo', flat.sop_instance_uid, flat.series_instance_uid, 'lv-endocardium', 6.2)]);
  draft = await read(other, 'reader2', 2, [], 'draft');
});
after(async () => w?.platform.close());

const exportIn = (readId: string) => w.platform.services.db.transaction().execute((trx) => w.platform.services.readingExport.exportSubmittedRead(trx, ctx(w, 'reader1'), readId));
const rowsOf = (readId: string) => w.platform.services.db.selectFrom('reading_export').selectAll().where('read_id', '=', readId).execute();
const exportedEvents = (readId: string) => w.platform.services.db.selectFrom('audit_event').select(['action', 'details']).where('action', '=', 'reading.exported').where('target_id', '=', readId).execute();

test('a read with contours exports an SR and a SEG into the blob store, recorded and audited, not in the DICOMweb index', async () => {
  const objects = await exportIn(withContours);
  assert.deepEqual(objects.map((o) => o.kind), ['sr', 'seg']);
  for (const o of objects) {
    const bytes = await w.platform.services.imaging.blobs.read(o.sha256);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), o.sha256);
    assert.equal(bytes.length, o.size);
    assert.equal(sopClassOf(bytes), o.kind === 'sr' ? COMPREHENSIVE_SR : SEGMENTATION_STORAGE);
  }
  assert.equal((await rowsOf(withContours)).length, 2);
  assert.equal((await exportedEvents(withContours)).length, 1);
  const indexed = await w.platform.services.db.selectFrom('instance').select('sop_instance_uid').where('sop_instance_uid', 'in', objects.map((o) => o.sopInstanceUID)).execute();
  assert.deepEqual(indexed, []);
});

test('exporting again gives the recorded objects back, writing nothing', async () => {
  const first = (await rowsOf(withContours)).map((r) => r.sha256).sort();
  const again = await exportIn(withContours);
  assert.deepEqual(again.map((o) => o.sha256).sort(), first);
  assert.equal((await exportedEvents(withContours)).length, 1);
});

test('a read without contours exports the SR only', async () => {
  const objects = await exportIn(withoutContours);
  assert.deepEqual(objects.map((o) => o.kind), ['sr']);
});

test('contours on images without plane geometry: refused by code, nothing recorded', async () => {
  await assert.rejects(exportIn(flatContours), (e: unknown) => e instanceof ReadingExportError && e.code === 'reading-export.source-image-geometry');
  assert.equal((await rowsOf(flatContours)).length, 0);
  assert.equal((await exportedEvents(flatContours)).length, 0);
});

test('a draft read and an unknown read are refused', async () => {
  await assert.rejects(exportIn(draft), (e: unknown) => e instanceof ReadingExportError && e.code === 'reading-export.read-not-submitted');
  await assert.rejects(exportIn(randomUUID()), (e: unknown) => e instanceof ReadingExportError && e.code === 'reading-export.read-not-found');
});

const get = (user: string, path: string) => w.platform.app.inject({ url: `/api/projects/${w.projectId}/reads/${path}`, headers: w.s[user]!.headers });

test('routes: the manager and the read\'s reader list and download; the download is audited', async () => {
  for (const user of ['manager', 'reader1']) {
    const list = await get(user, `${withContours}/exports`);
    assert.equal(list.statusCode, 200, list.body);
    const objects = list.json() as { kind: string; sha256: string; size: number }[];
    assert.deepEqual(objects.map((o) => o.kind).sort(), ['seg', 'sr']);
    const sr = await get(user, `${withContours}/exports/sr`);
    assert.equal(sr.statusCode, 200, sr.body.slice(0, 300));
    assert.match(String(sr.headers['content-type']), /^application\/dicom/);
    assert.equal(createHash('sha256').update(sr.rawPayload).digest('hex'), objects.find((o) => o.kind === 'sr')!.sha256);
  }
  const downloads = await w.platform.services.db.selectFrom('audit_event').select('actor_role').where('action', '=', 'reading.export-downloaded').where('target_id', '=', withContours).execute();
  assert.deepEqual(downloads.map((d) => d.actor_role).sort(), ['core_lab_manager', 'reader|adjudicator']);
});

test('routes: another reader gets 404, a QC reviewer 403, a read without a SEG 404 for the SEG, an unknown kind 400', async () => {
  const other = await get('reader2', `${withContours}/exports`);
  assert.equal(other.statusCode, 404);
  assert.equal(other.json().code, 'reading-export.read-not-found');
  assert.equal((await get('reader2', `${withContours}/exports/sr`)).statusCode, 404);
  assert.equal((await get('qc', `${withContours}/exports`)).statusCode, 403);
  const noSeg = await get('reader2', `${withoutContours}/exports/seg`);
  assert.equal(noSeg.statusCode, 404);
  assert.equal(noSeg.json().code, 'reading-export.not-exported');
  assert.equal((await get('manager', `${withContours}/exports/rtstruct`)).statusCode, 400);
});

test('routes: the adjudicator holding the exam\'s adjudication sees its reads\' exports; another adjudicator gets 404', async () => {
  const db = w.platform.services.db;
  const r = await db.selectFrom('reading_read').select(['exam_id', 'form_version_id']).where('id', '=', withContours).executeTakeFirstOrThrow();
  const at = new Date();
  await db.insertInto('adjudication_task').values({ id: randomUUID(), project_id: w.projectId, exam_id: r.exam_id, number: 900, read_a: withContours, read_b: withoutContours, form_version_id: r.form_version_id, discordances: '[]', state: 'in-progress', adjudicator_id: w.userIds['adj2']!, claimed_at: at, resolved_at: null, created_at: at }).execute();
  const mine = await get('adj2', `${withContours}/exports/seg`);
  assert.equal(mine.statusCode, 200, mine.body.slice(0, 300));
  assert.equal(sopClassOf(mine.rawPayload), SEGMENTATION_STORAGE);
  assert.equal((await get('adjudicator', `${withContours}/exports`)).statusCode, 404);
});
