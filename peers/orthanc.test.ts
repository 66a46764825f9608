// Orthanc with its DICOMweb plugin, configured with Corelab as a remote DICOMweb server (bearer
// token in HttpHeaders), stores a de-identified exam into Corelab (STOW-RS client) and retrieves
// it back (QIDO-RS and WADO-RS client): the instances arrive byte for byte, with the same UIDs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { readDicom, str } from '../server/src/imaging/dicom-reader.ts';
import { startCorelab, type ListeningCorelab } from './support/corelab.ts';
import { orthancInstalled, startOrthanc, type RunningOrthanc } from './support/orthanc.ts';
import { deidentifiedPhantom, type PeerInstance } from './support/phantom.ts';

const skip = orthancInstalled() ? false : 'Orthanc and orthanc-dicomweb are not installed (apt-get install orthanc orthanc-dicomweb)';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-peer-orthanc-'));
let corelab: ListeningCorelab;
let sender: RunningOrthanc;
let receiver: RunningOrthanc;
let exam: PeerInstance[];
const bySop = new Map<string, Buffer>();
let studyUID: string;

const uidsOf = (bytes: Buffer) => {
  const ds = readDicom(bytes).dataset;
  return { study: str(ds['0020000D'])!, series: str(ds['0020000E'])!, sop: str(ds['00080018'])! };
};

async function orthancJson<T>(o: RunningOrthanc, url: string, body?: unknown): Promise<T> {
  const r = await fetch(`${o.url}${url}`, body === undefined ? {} : { method: 'POST', body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) });
  const text = await r.text();
  assert.ok(r.ok, `Orthanc ${url}: ${r.status} ${text}\n${o.logTail()}`);
  return JSON.parse(text) as T;
}

before(async () => {
  if (skip) return;
  corelab = await startCorelab(path.join(dir, 'corelab'));
  await corelab.registerSubjects(['N001']);
  const all = await deidentifiedPhantom(dir, 'N001');
  // The 4-chamber cine and the LGE stack of the exam: 37 instances, two series.
  exam = all.filter((i) => !i.series.includes('cine-sax'));
  for (const i of exam) bySop.set(uidsOf(i.bytes).sop, i.bytes);
  studyUID = uidsOf(exam[0]!.bytes).study;
  const servers = { corelab: { Url: `${corelab.dicomweb}/`, HttpHeaders: { Authorization: `Bearer ${corelab.token}` } } };
  sender = await startOrthanc(path.join(dir, 'orthanc-sender'), servers);
  receiver = await startOrthanc(path.join(dir, 'orthanc-receiver'), servers);
});

after(async () => {
  await sender?.stop();
  await receiver?.stop();
  await corelab?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('Orthanc stores a study into Corelab through its DICOMweb client (STOW-RS)', { skip, timeout: 120_000 }, async () => {
  for (const i of exam) await orthancJson(sender, '/instances', i.bytes);
  const studies = await orthancJson<string[]>(sender, '/studies');
  assert.equal(studies.length, 1);
  await orthancJson(sender, '/dicom-web/servers/corelab/stow', { Resources: studies, Synchronous: true });

  const r = await fetch(`${corelab.dicomweb}/studies/${studyUID}/instances?limit=1000`, { headers: corelab.authorization });
  assert.equal(r.status, 200);
  const listed = ((await r.json()) as Array<Record<string, { Value?: string[] }>>).map((d) => d['00080018']!.Value![0]!);
  assert.deepEqual(listed.sort(), [...bySop.keys()].sort());
  for (const [sop, bytes] of bySop) {
    const { series } = uidsOf(bytes);
    const one = await fetch(`${corelab.dicomweb}/studies/${studyUID}/series/${series}/instances/${sop}`, { headers: { ...corelab.authorization, accept: 'multipart/related; type="application/dicom"; transfer-syntax=*' } });
    assert.equal(one.status, 200);
    const body = Buffer.from(await one.arrayBuffer());
    assert.ok(body.includes(bytes), `instance ${sop} is stored byte for byte as Orthanc sent it`);
  }
});

test('Orthanc queries Corelab (QIDO-RS through the plugin) and retrieves the study (WADO-RS) byte for byte', { skip, timeout: 120_000 }, async () => {
  // The plugin's /qido answers in its own simplified form (Value is a string), /get relays the DICOM JSON.
  const found = await orthancJson<Array<Record<string, { Value?: string }>>>(receiver, '/dicom-web/servers/corelab/qido', { Uri: '/studies', Arguments: { PatientID: 'N001' } });
  assert.deepEqual(found.map((d) => d['0020000D']!.Value), [studyUID]);
  const series = await orthancJson<Array<Record<string, { Value?: string[] }>>>(receiver, '/dicom-web/servers/corelab/get', { Uri: `/studies/${studyUID}/series` });
  assert.equal(series.length, 2);

  await orthancJson(receiver, '/dicom-web/servers/corelab/retrieve', { Resources: [{ Study: studyUID }], Synchronous: true });
  const instances = await orthancJson<string[]>(receiver, '/instances');
  assert.equal(instances.length, bySop.size);
  for (const id of instances) {
    const file = Buffer.from(await (await fetch(`${receiver.url}/instances/${id}/file`)).arrayBuffer());
    const { sop, study } = uidsOf(file);
    assert.equal(study, studyUID);
    assert.ok(bySop.get(sop)?.equals(file), `instance ${sop} came back byte for byte`);
  }
});
