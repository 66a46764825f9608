// QIDO-RS matching and WADO-RS retrieval, within each caller's scope, blinded for readers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { readDicom } from '../src/imaging/dicom-reader.ts';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';
import { makeInstance, parseMultipart, stowBody, uid, value } from './imaging-fixtures.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-qido-'));
let platform: TestPlatform;
let projectId: string;
let manager: Session;
let reader: Session;
const studyA = uid();
const studyB = uid();
const seriesA = uid();
const sops: string[] = [];
const files: Buffer[] = [];

type Ds = Record<string, { vr: string; Value?: unknown[]; BulkDataURI?: string }>;

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: dataDir, CORELAB_LOGIN_RATE_PER_MINUTE: '1000' } });
  projectId = platform.demo!.projectId;
  const north = (await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow()).id;
  const dm = await signIn(platform.app, 'datamanager');
  for (const code of ['N001', 'N002']) {
    await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code, centreId: north, consentStatus: 'consented' } });
  }
  for (let n = 1; n <= 4; n++) {
    const sop = uid();
    sops.push(sop);
    files.push(makeInstance({ subject: 'N001', study: studyA, series: seriesA, sop, instanceNumber: n, studyDate: '20240110', frames: n === 4 ? 3 : 1 }));
  }
  files.push(makeInstance({ subject: 'N002', study: studyB, studyDate: '20240320', modality: 'CT' }));
  const { body, contentType } = stowBody(files);
  const r = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType }, payload: body });
  assert.equal(r.statusCode, 200, r.body);
  manager = await signIn(platform.app, 'manager');
  reader = await signIn(platform.app, 'reader1');
});
after(async () => {
  await platform.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const base = () => `/dicomweb/projects/${projectId}`;
async function qido(session: Session, url: string) {
  const r = await platform.app.inject({ url: `${base()}${url}`, headers: session.headers });
  assert.equal(r.statusCode, 200, r.body);
  assert.match(r.headers['content-type'] as string, /application\/dicom\+json/);
  return r.json() as Ds[];
}
const uids = (list: Ds[], tag = '0020000D') => list.map((d) => value(d as never, tag)).sort();

test('QIDO-RS studies: exact, wildcard, date range, UID list, modalities, limit and offset', async () => {
  assert.deepEqual(uids(await qido(manager, '/studies')), [studyA, studyB].sort());
  assert.deepEqual(uids(await qido(manager, '/studies?PatientID=N001')), [studyA]);
  assert.deepEqual(uids(await qido(manager, '/studies?00100020=N00*')), [studyA, studyB].sort());
  assert.deepEqual(uids(await qido(manager, '/studies?PatientID=N00?')), [studyA, studyB].sort());
  assert.deepEqual(uids(await qido(manager, '/studies?StudyDate=20240101-20240131')), [studyA]);
  assert.deepEqual(uids(await qido(manager, '/studies?StudyDate=20240301-')), [studyB]);
  assert.deepEqual(uids(await qido(manager, '/studies?StudyDate=-20240301')), [studyA]);
  assert.deepEqual(uids(await qido(manager, `/studies?StudyInstanceUID=${studyA},${studyB}`)), [studyA, studyB].sort());
  assert.deepEqual(uids(await qido(manager, '/studies?ModalitiesInStudy=CT')), [studyB]);
  assert.equal((await qido(manager, '/studies?limit=1')).length, 1);
  assert.equal((await qido(manager, '/studies?limit=1&offset=1')).length, 1);
  assert.equal((await qido(manager, '/studies?offset=2')).length, 0);
  const [a] = await qido(manager, '/studies?PatientID=N001');
  assert.equal(value(a as never, '00201208'), 4);
  assert.equal(value(a as never, '00201206'), 1);
  assert.equal(a!['0008103E'], undefined);
  const bad = await platform.app.inject({ url: `${base()}/studies?StudyDate=2024`, headers: manager.headers });
  assert.equal(bad.json().code, 'dicomweb.invalid-date');
});

test('QIDO-RS series and instances, includefield and all', async () => {
  assert.deepEqual(uids(await qido(manager, '/series?Modality=CT'), '00080060'), ['CT']);
  assert.equal((await qido(manager, `/studies/${studyA}/series`)).length, 1);
  const instances = await qido(manager, `/studies/${studyA}/series/${seriesA}/instances`);
  assert.deepEqual(instances.map((d) => value(d as never, '00200013')), [1, 2, 3, 4]);
  assert.equal(instances[0]!['0008103E'], undefined);
  const withField = await qido(manager, `/instances?SOPInstanceUID=${sops[0]}&includefield=SeriesDescription`);
  assert.equal(value(withField[0] as never, '0008103E'), 'SAX cine');
  const all = await qido(manager, `/studies/${studyA}/instances?InstanceNumber=2&includefield=all`);
  assert.equal(all.length, 1);
  assert.equal(value(all[0] as never, '00280010'), 32);
  assert.equal(all[0]!['7FE00010'], undefined);
});

test('WADO-RS returns the stored files byte for byte, metadata with bulk data URIs, frames and bulk data', async () => {
  const one = await platform.app.inject({ url: `${base()}/studies/${studyA}/series/${seriesA}/instances/${sops[0]}`, headers: { ...manager.headers, accept: 'multipart/related; type="application/dicom"; transfer-syntax=*' } });
  assert.equal(one.statusCode, 200);
  const [part] = parseMultipart(one.rawPayload, one.headers['content-type'] as string);
  assert.ok(part!.body.equals(files[0]!));
  const series = await platform.app.inject({ url: `${base()}/studies/${studyA}/series/${seriesA}`, headers: manager.headers });
  assert.equal(parseMultipart(series.rawPayload, series.headers['content-type'] as string).length, 4);
  const meta = await platform.app.inject({ url: `${base()}/studies/${studyA}/metadata`, headers: manager.headers });
  const list = meta.json() as Ds[];
  assert.equal(list.length, 4);
  assert.match(list[0]!['7FE00010']!.BulkDataURI!, /^http.*\/bulkdata\/7FE00010$/);
  const frames = await platform.app.inject({ url: `${base()}/studies/${studyA}/series/${seriesA}/instances/${sops[3]}/frames/2,3`, headers: manager.headers });
  assert.equal(frames.statusCode, 200);
  const fparts = parseMultipart(frames.rawPayload, frames.headers['content-type'] as string);
  const parsed = readDicom(files[3]!);
  const frameSize = 32 * 32 * 2;
  assert.equal(fparts.length, 2);
  assert.ok(fparts[0]!.body.equals(files[3]!.subarray(parsed.pixelData!.offset + frameSize, parsed.pixelData!.offset + 2 * frameSize)));
  const noFrame = await platform.app.inject({ url: `${base()}/studies/${studyA}/series/${seriesA}/instances/${sops[3]}/frames/9`, headers: manager.headers });
  assert.equal(noFrame.statusCode, 404);
  const bulk = await platform.app.inject({ url: new URL(list[0]!['7FE00010']!.BulkDataURI!).pathname, headers: manager.headers });
  assert.equal(bulk.statusCode, 200);
  const transcode = await platform.app.inject({ url: `${base()}/studies/${studyA}`, headers: { ...manager.headers, accept: 'multipart/related; type="application/dicom"; transfer-syntax=1.2.840.10008.1.2.4.50' } });
  assert.equal(transcode.statusCode, 406);
  assert.equal(transcode.json().code, 'dicomweb.transcoding-unsupported');
  const events = await platform.services.db.selectFrom('audit_event').select('action').where('action', 'like', 'imaging.%').execute();
  assert.ok(events.some((e) => e.action === 'imaging.retrieved') && events.some((e) => e.action === 'imaging.queried') && events.some((e) => e.action === 'imaging.metadata-read'));
});

test('a reader sees blinded results, metadata and files, and may not match on dates', async () => {
  const [study] = await qido(reader, `/studies?PatientID=N001&includefield=all`);
  assert.equal(value(study as never, '00080020'), '19000101');
  const meta = (await platform.app.inject({ url: `${base()}/studies/${studyA}/series/${seriesA}/instances/${sops[0]}/metadata`, headers: reader.headers })).json() as Ds[];
    assert.equal(value(meta[0] as never, '00080021'), '19000101');
  const file = await platform.app.inject({ url: `${base()}/studies/${studyA}/series/${seriesA}/instances/${sops[0]}`, headers: reader.headers });
  const [part] = parseMultipart(file.rawPayload, file.headers['content-type'] as string);
  const blinded = readDicom(part!.body).dataset;
  assert.equal(value(blinded as never, '00080020'), '19000101');
  assert.equal(value(blinded as never, '00080021'), '19000101');
  assert.equal(value(blinded as never, '00080018'), sops[0]);
  const probe = await platform.app.inject({ url: `${base()}/studies?StudyDate=20240101-20240131`, headers: reader.headers });
  assert.equal(probe.statusCode, 403);
  assert.equal(probe.json().code, 'dicomweb.blinded-matching-key');
});

test('a reader of the sending centre and a data manager of another centre see none of its exams', async () => {
  const south = await signIn(platform.app, 'reader2');
  const ownCentre = await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'Hôpital Sud%').executeTakeFirstOrThrow();
  assert.ok(ownCentre);
  assert.equal((await qido(south, '/studies')).length, 2, 'exams of another centre are visible to a reviewer');
  await platform.services.db.updateTable('study').set({ centre_id: ownCentre.id }).where('study_instance_uid', '=', studyB).execute();
  assert.deepEqual(uids(await qido(south, '/studies')), [studyA]);
  const dm = await signIn(platform.app, 'datamanager');
  assert.deepEqual(uids(await qido(dm, '/studies')), [studyA]);
  const hidden = await platform.app.inject({ url: `${base()}/studies/${studyB}/metadata`, headers: dm.headers });
  assert.equal(hidden.statusCode, 404);
});

test('the blinding function replaces centre, dates and timepoint, nested sequences included', async () => {
  const { blindDicomJson } = await import('../src/imaging/blinding.ts');
  const out = blindDicomJson({
    '00080080': { vr: 'LO', Value: ['CHU NORD'] },
    '00120050': { vr: 'LO', Value: ['M6'] },
    '00080022': { vr: 'DA', Value: ['20240101'] },
    '0008002A': { vr: 'DT', Value: ['20240101101010'] },
    '00081115': { vr: 'SQ', Value: [{ '00080023': { vr: 'DA', Value: ['20240102'] } }] },
    '00100020': { vr: 'LO', Value: ['N001'] },
  });
  assert.equal(value(out as never, '00080080'), 'BLINDED');
  assert.equal(value(out as never, '00120050'), 'BLINDED');
  assert.equal(value(out as never, '00080022'), '19000101');
  assert.equal(value(out as never, '0008002A'), '19000101000000');
  assert.equal(value((out['00081115']!.Value as never[])[0]!, '00080023'), '19000101');
  assert.equal(value(out as never, '00100020'), 'N001');
});
