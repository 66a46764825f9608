// The reading viewer takes a whole series in one WADO-RS retrieve and reads each file's SOP Instance
// UID and native pixel data itself (web/src/workstation/part10.ts): checked here against the server's
// DICOM reader on the phantom's files, on a hand-made Implicit VR file with nested undefined-length
// sequences before its pixels, and refusing what it cannot read (encapsulated pixels, big endian, not DICOM).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generatePhantom } from '../cli/src/phantom/generate.ts';
import { readDicom } from '../server/src/imaging/dicom-reader.ts';
import { readPart10Pixels } from '../web/src/workstation/part10.ts';

let work: string;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-part10-'));
  await generatePhantom({ subjects: 1, seed: '6', out: work, defects: 'none' });
});

after(() => fs.rmSync(work, { recursive: true, force: true }));

test('the phantom files give the same SOP Instance UID and pixel data as the server’s reader', () => {
  const files = (fs.readdirSync(work, { recursive: true }) as string[]).filter((f) => f.endsWith('.dcm'));
  assert.ok(files.length > 300);
  for (const file of files.slice(0, 400)) {
    const bytes = fs.readFileSync(path.join(work, file));
    const reference = readDicom(bytes);
    const found = readPart10Pixels(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    assert.ok(found, file);
    assert.equal(found.sopInstanceUID, reference.dataset['00080018']?.Value?.[0]);
    assert.equal(found.pixelData.byteOffset - bytes.byteOffset, reference.pixelData!.offset);
    assert.equal(found.pixelData.byteLength, reference.pixelData!.length);
  }
});

// A Part 10 file written by hand: explicit-VR meta group, then the data set in `syntax`.
function element(tag: number, vr: string, value: Uint8Array, explicit: boolean, undefinedLength = false): Uint8Array {
  const long = ['OB', 'OW', 'SQ', 'UN', 'UT'].includes(vr);
  const head = new DataView(new ArrayBuffer(explicit ? (long ? 12 : 8) : 8));
  head.setUint16(0, tag >>> 16, true);
  head.setUint16(2, tag & 0xffff, true);
  const length = undefinedLength ? 0xffffffff : value.length;
  if (!explicit || tag >>> 16 === 0xfffe) head.setUint32(4, length, true);
  else {
    head.setUint8(4, vr.charCodeAt(0));
    head.setUint8(5, vr.charCodeAt(1));
    if (long) head.setUint32(8, length, true);
    else head.setUint16(6, length, true);
  }
  return concat(new Uint8Array(head.buffer), value);
}
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const text = (s: string) => new TextEncoder().encode(s.length % 2 ? `${s}\0` : s);

function part10(syntax: string, dataset: Uint8Array): Uint8Array {
  const meta = element(0x00020010, 'UI', text(syntax), true);
  return concat(new Uint8Array(128), text('DICM'), element(0x00020000, 'UL', new Uint8Array(new Uint32Array([meta.length]).buffer), true), meta, dataset);
}

test('an Implicit VR file with nested undefined-length sequences before its pixels is read', () => {
  const implicit = false;
  const inner = concat(element(0xfffee000, '', concat(element(0x00081150, 'UI', text('1.2.3'), implicit), element(0xfffee00d, '', new Uint8Array(0), implicit)), implicit, true));
  const nested = element(0x00081140, 'SQ', concat(inner, element(0xfffee0dd, '', new Uint8Array(0), implicit)), implicit, true);
  const item = element(0xfffee000, '', nested, implicit);
  const sequence = element(0x00082112, 'SQ', concat(item, element(0xfffee0dd, '', new Uint8Array(0), implicit)), implicit, true);
  const pixels = Uint8Array.from({ length: 16 }, (_, i) => i * 3);
  const file = part10('1.2.840.10008.1.2', concat(element(0x00080018, 'UI', text('2.25.42'), implicit), sequence, element(0x00280010, 'US', new Uint8Array([4, 0]), implicit), element(0x7fe00010, 'OW', pixels, implicit)));
  const found = readPart10Pixels(file);
  assert.equal(found?.sopInstanceUID, '2.25.42');
  assert.deepEqual([...found!.pixelData], [...pixels]);
});

test('what it cannot read is null, for the frame to be asked by WADO-RS', () => {
  const explicit = true;
  const uid = element(0x00080018, 'UI', text('2.25.43'), explicit);
  // Encapsulated pixel data (undefined length) and a big-endian file.
  assert.equal(readPart10Pixels(part10('1.2.840.10008.1.2.4.50', concat(uid, element(0x7fe00010, 'OB', new Uint8Array(0), explicit, true)))), null);
  assert.equal(readPart10Pixels(part10('1.2.840.10008.1.2.2', concat(uid, element(0x7fe00010, 'OW', new Uint8Array(4), explicit)))), null);
  assert.equal(readPart10Pixels(new TextEncoder().encode('not a DICOM file at all, just some text of some length '.repeat(4))), null);
  // A sequence that never ends.
  assert.equal(readPart10Pixels(part10('1.2.840.10008.1.2.1', concat(uid, element(0x00082112, 'SQ', element(0xfffee000, '', new Uint8Array(0), explicit, true), explicit, true)))), null);
});
