// Blinded DICOM files: dates, date-times and the centre's name are neutralised inside sequences too,
// in explicit and implicit VR files, with defined and undefined lengths, and a reader retrieving a
// file through WADO-RS gets them so while the core lab gets the stored bytes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { blindDicomFile } from '../src/imaging/blinded-file.ts';
import { readDicom, type DicomJson } from '../src/imaging/dicom-reader.ts';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';
import { makeInstance, parseMultipart, stowBody, uid, value } from './imaging-fixtures.ts';

type Item = Record<string, { vr: string; Value?: unknown[] }>;
const itemsOf = (ds: DicomJson, tag: string) => ds[tag]!.Value as unknown as Item[];

test('an explicit VR file (undefined lengths): nested dates, date-times and centre name neutral, the rest as it was', () => {
  const file = makeInstance({
    subject: 'N001',
    extra: {
      ReferencedStudySequence: [
        {
          ReferencedSOPClassUID: '1.2.3',
          StudyDate: '20240101',
          AcquisitionDateTime: '20240101101010.123456',
          StudyTime: '101010',
          InstitutionName: 'CHU NORD',
          ReferencedSeriesSequence: [{ SeriesDate: '20240102', SeriesInstanceUID: '1.2.3.4' }],
        },
      ],
    },
  });
  const blinded = blindDicomFile(file);
  const ds = readDicom(blinded).dataset;
  const [item] = itemsOf(ds, '00081110');
  assert.equal(value(item!, '00080020'), '19000101');
  assert.equal(value(item!, '0008002A'), '19000101000000');
  assert.equal(value(item!, '00080080'), 'BLINDED');
  assert.equal(value(item!, '00080030'), '101010', 'a time alone tells no date');
  assert.equal(value(item!, '00081150'), '1.2.3');
  const [inner] = (item!['00081115']!.Value as Item[]);
  assert.equal(value(inner!, '00080021'), '19000101');
  assert.equal(value(inner!, '0020000E'), '1.2.3.4');
  assert.equal(value(ds as never, '00080020'), '19000101', 'top-level dates as before');
  assert.equal(value(ds as never, '00100020'), 'N001');
  assert.ok(readDicom(file).pixelData && blinded.subarray(readDicom(blinded).pixelData!.offset).equals(file.subarray(readDicom(file).pixelData!.offset)), 'pixel data untouched');
});

// An Implicit VR Little Endian file written byte by byte: sequences and items of defined length,
// whose lengths must stay right after the rewrite.
function implicitFile(): Buffer {
  const el = (group: number, element: number, value: Buffer) => {
    const header = Buffer.alloc(8);
    header.writeUInt16LE(group, 0);
    header.writeUInt16LE(element, 2);
    header.writeUInt32LE(value.length, 4);
    return Buffer.concat([header, value]);
  };
  const text = (s: string) => Buffer.from(s.length % 2 ? `${s} ` : s, 'latin1');
  const item = (...elements: Buffer[]) => el(0xfffe, 0xe000, Buffer.concat(elements));
  const meta = (() => {
    const ts = Buffer.from('1.2.840.10008.1.2\0', 'latin1');
    const header = Buffer.alloc(8);
    header.writeUInt16LE(0x0002, 0);
    header.writeUInt16LE(0x0010, 2);
    header.write('UI', 4, 'latin1');
    header.writeUInt16LE(ts.length, 6);
    return Buffer.concat([header, ts]);
  })();
  return Buffer.concat([
    Buffer.alloc(128),
    Buffer.from('DICM', 'latin1'),
    meta,
    el(0x0008, 0x0020, text('20240110')), // StudyDate
    el(
      0x0008,
      0x1110, // ReferencedStudySequence
      item(
        el(0x0008, 0x0020, text('20240111')),
        el(0x0008, 0x002a, text('2024')), // a date-time of year precision: room for "1900" only
        el(0x0008, 0x0080, text('AB')), // an institution name too short for the neutral text
        el(0x0008, 0x1115, item(el(0x0008, 0x0021, text('20240112')), el(0x0008, 0x103e, text('SAX cine')))),
      ),
    ),
    el(0x0010, 0x0020, text('N001')),
  ]);
}

test('an implicit VR file (defined lengths): nested values rewritten in place, every length still right', () => {
  const file = implicitFile();
  const blinded = blindDicomFile(file);
  const parsed = readDicom(blinded);
  const [item] = itemsOf(parsed.dataset, '00081110');
  assert.equal(value(item!, '00080020'), '19000101');
  assert.equal(value(item!, '0008002A'), '1900');
  assert.equal(item!['00080080']!.Value, undefined, 'emptied rather than left as it was');
  const [inner] = item!['00081115']!.Value as Item[];
  assert.equal(value(inner!, '00080021'), '19000101');
  assert.equal(value(inner!, '0008103E'), 'SAX cine');
  assert.equal(value(parsed.dataset as never, '00080020'), '19000101');
  assert.equal(value(parsed.dataset as never, '00100020'), 'N001', 'the element after the sequence is found where its length says');
  assert.equal(blinded.length, file.length, 'only same-length rewrites here (the top-level date is 8 bytes either way)');
});

test('a file without anything to blind is served as stored', () => {
  const file = makeInstance({ subject: 'N001', extra: { ReferencedStudySequence: [{ ReferencedSOPClassUID: '1.2.3' }] } });
  const parsed = readDicom(file);
  delete parsed.dataset['00080020'];
  delete parsed.dataset['00080021'];
  parsed.spans = parsed.spans.filter((s) => s.tag !== '00080020' && s.tag !== '00080021');
  assert.equal(blindDicomFile(file, parsed), file);
});

test('a damaged stored file is refused, not served half-blinded', () => {
  const file = implicitFile();
  const parsed = readDicom(file);
  const damaged = Buffer.from(file);
  const sequence = parsed.spans.find((s) => s.tag === '00081110')!;
  damaged.writeUInt32LE(0x12345678, sequence.start + 8 + 4); // the item's length, far past the end
  assert.throws(() => blindDicomFile(damaged, parsed), /damaged/);
});

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-blinded-'));
let platform: TestPlatform;
let projectId: string;
let manager: Session;
let reader: Session;
const study = uid();
const series = uid();
const sop = uid();
let stored: Buffer;

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: dataDir, CORELAB_LOGIN_RATE_PER_MINUTE: '1000' } });
  projectId = platform.demo!.projectId;
  const north = (await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow()).id;
  const dm = await signIn(platform.app, 'datamanager');
  await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: 'N001', centreId: north, consentStatus: 'consented' } });
  stored = makeInstance({
    subject: 'N001',
    study,
    series,
    sop,
    // An enhanced multi-frame file's dates sit in its per-frame functional groups.
    extra: { PerFrameFunctionalGroupsSequence: [{ FrameContentSequence: [{ FrameAcquisitionDateTime: '20240101101010.5', FrameReferenceDateTime: '20240101101010' }] }] },
  });
  const { body, contentType } = stowBody([stored]);
  const r = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType }, payload: body });
  assert.equal(r.statusCode, 200, r.body);
  manager = await signIn(platform.app, 'manager');
  reader = await signIn(platform.app, 'reader1');
});
after(async () => {
  await platform.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('WADO-RS: a reader gets the file with its nested dates neutral, the core lab the stored bytes', async () => {
  const url = `/dicomweb/projects/${projectId}/studies/${study}/series/${series}/instances/${sop}`;
  const asReader = await platform.app.inject({ url, headers: reader.headers });
  assert.equal(asReader.statusCode, 200);
  const [part] = parseMultipart(asReader.rawPayload, asReader.headers['content-type'] as string);
  const [group] = itemsOf(readDicom(part!.body).dataset, '52009230');
  const [content] = group!['00209111']!.Value as Item[];
  assert.equal(value(content!, '00189074'), '19000101000000');
  assert.equal(value(content!, '00189151'), '19000101000000');
  const asManager = await platform.app.inject({ url, headers: manager.headers });
  const [original] = parseMultipart(asManager.rawPayload, asManager.headers['content-type'] as string);
  assert.ok(original!.body.equals(stored));
});
