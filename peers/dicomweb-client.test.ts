// The `dicomweb-client` npm package (what OHIF and other viewers use) runs QIDO-RS and WADO-RS
// against Corelab with an API token. It is written for browsers: xhr2 gives it XMLHttpRequest.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { api } from 'dicomweb-client';
import { readDicom, str } from '../server/src/imaging/dicom-reader.ts';
import { startCorelab, type ListeningCorelab } from './support/corelab.ts';
import { bySeries, deidentifiedPhantom, type PeerInstance } from './support/phantom.ts';

(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = createRequire(import.meta.url)('xhr2');

type Ds = Record<string, { vr: string; Value?: unknown[] }>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-peer-dwc-'));
let corelab: ListeningCorelab;
let client: api.DICOMwebClient;
let lge: PeerInstance[];
const uidsOf = (bytes: Buffer) => {
  const ds = readDicom(bytes).dataset;
  return { study: str(ds['0020000D'])!, series: str(ds['0020000E'])!, sop: str(ds['00080018'])!, date: str(ds['00080020'])! };
};
const first = (ds: Ds, tag: string) => ds[tag]?.Value?.[0];

before(async () => {
  corelab = await startCorelab(path.join(dir, 'corelab'));
  await corelab.registerSubjects(['N001']);
  const series = bySeries(await deidentifiedPhantom(dir, 'N001'));
  lge = [...series].find(([name]) => name.includes('lge'))![1];
  const cine4ch = [...series].find(([name]) => name.includes('cine-4ch'))![1];
  const stored = await corelab.stow([...lge, ...cine4ch].map((i) => i.bytes));
  assert.equal(stored.status, 200, JSON.stringify(stored.body));
  client = new api.DICOMwebClient({ url: corelab.dicomweb, headers: corelab.authorization, singlepart: false });
});

after(async () => {
  await corelab?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('QIDO-RS: searchForStudies, searchForSeries and searchForInstances with filters', async () => {
  const { study, series, date } = uidsOf(lge[0]!.bytes);
  const studies = (await client.searchForStudies({ queryParams: { PatientID: 'N001' } })) as Ds[];
  assert.deepEqual(studies.map((s) => first(s, '0020000D')), [study]);
  const inRange = (await client.searchForStudies({ queryParams: { StudyDate: `${date}-${date}` } })) as Ds[];
  assert.equal(inRange.length, 1);
  assert.equal(((await client.searchForStudies({ queryParams: { PatientID: 'N999' } })) as Ds[]).length, 0);
  const allSeries = (await client.searchForSeries({ studyInstanceUID: study, queryParams: { Modality: 'MR' } })) as Ds[];
  assert.equal(allSeries.length, 2);
  const instances = (await client.searchForInstances({ studyInstanceUID: study, seriesInstanceUID: series })) as Ds[];
  assert.equal(instances.length, lge.length);
  const one = (await client.searchForInstances({ studyInstanceUID: study, seriesInstanceUID: series, queryParams: { InstanceNumber: '3', includefield: 'Rows' } })) as Ds[];
  assert.equal(one.length, 1);
  assert.equal(first(one[0]!, '00200013'), 3);
  assert.ok(first(one[0]!, '00280010'));
});

test('WADO-RS: retrieveInstance byte for byte, retrieveSeriesMetadata, retrieveInstanceFrames', async () => {
  const bytes = lge[2]!.bytes;
  const { study, series, sop } = uidsOf(bytes);
  const instance = (await client.retrieveInstance({ studyInstanceUID: study, seriesInstanceUID: series, sopInstanceUID: sop } as never)) as ArrayBuffer;
  assert.ok(Buffer.from(instance).equals(bytes));
  const metadata = (await client.retrieveSeriesMetadata({ studyInstanceUID: study, seriesInstanceUID: series } as never)) as Ds[];
  assert.equal(metadata.length, lge.length);
  assert.deepEqual(metadata.map((m) => first(m, '00080018')).sort(), lge.map((i) => uidsOf(i.bytes).sop).sort());
  const frames = (await client.retrieveInstanceFrames({ studyInstanceUID: study, seriesInstanceUID: series, sopInstanceUID: sop, frameNumbers: '1' } as never)) as ArrayBuffer[];
  assert.equal(frames.length, 1);
  const pixels = readDicom(bytes).pixelData!;
  assert.ok(Buffer.from(frames[0]!).equals(bytes.subarray(pixels.offset, pixels.offset + pixels.length)));
});
