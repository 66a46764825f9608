// The engine's own reading and writing of Part 10 files: pixel data copied as they are (native and
// encapsulated), elements after the pixel data under the same rules, Implicit VR and UN input,
// character sets, and a specific refusal for each kind of malformed file. Inputs are written byte
// by byte (fixtures.ts rawPart10) and outputs read back by dcmjs, an independent reader.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLongVr, readDataset, readMeta } from '../src/dataset-reader.ts';
import { deidentify, type DeidentifyResult } from '../src/deidentify.ts';
import { DeidError } from '../src/errors.ts';
import { remapUid } from '../src/keyed.ts';
import { KEY, rawMrHeader, rawPart10, readBack, type RawElement } from './fixtures.ts';

const EXPLICIT = '1.2.840.10008.1.2.1';
const IMPLICIT = '1.2.840.10008.1.2';
const JPEG_BASELINE = '1.2.840.10008.1.2.4.50';
const PIXELS = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i * 37) & 0xff));

function output(result: DeidentifyResult): Uint8Array {
  assert.equal(result.status, 'deidentified', result.status === 'quarantined' ? result.reason : '');
  if (result.status !== 'deidentified') throw new Error('unreachable');
  return result.output;
}

const run = (bytes: Uint8Array) => deidentify(bytes, { subjectCode: 'P01-0001', key: KEY });

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
const ascii = (text: string) => new TextEncoder().encode(text);

function refuses(bytes: Uint8Array, code: string, pattern: RegExp): void {
  assert.throws(() => run(bytes), (error: unknown) => error instanceof DeidError && error.code === code && pattern.test(error.message));
}

const pixelData = (value: Uint8Array = PIXELS): RawElement => ({ tag: 0x7fe00010, vr: 'OW', value });

describe('part 10: pixel data', () => {
  it('native pixel data are written unchanged, and the output is one buffer of its own', () => {
    const out = output(run(rawPart10(EXPLICIT, [...rawMrHeader(), pixelData()])));
    assert.deepEqual(new Uint8Array(readBack(out).dataset['7FE00010']!.Value![0] as ArrayBuffer), PIXELS);
    assert.equal(out.byteOffset, 0);
    assert.equal(out.byteLength, out.buffer.byteLength, 'transferable to a worker or a socket without a copy of its own');
  });

  it('a Node Buffer and a Uint8Array give the same bytes, and the input is left as it was', () => {
    const input = rawPart10(EXPLICIT, [...rawMrHeader(), pixelData()]);
    const before = input.slice();
    const fromArray = output(run(input));
    assert.deepEqual(input, before);
    assert.deepEqual(output(run(Buffer.from(input))), fromArray);
  });

  it('elements after the pixel data follow the same rules: trailing padding, digital signatures and private elements are removed', () => {
    const after: RawElement[] = [
      { tag: 0x7fe10010, vr: 'LO', value: 'ACME 1.0' },
      { tag: 0x7fe11001, vr: 'LO', value: 'Dupont Jean H123456 ' },
      { tag: 0xfffafffa, vr: 'SQ', items: [[{ tag: 0x04000005, vr: 'US', value: new Uint8Array([1, 0]) }, { tag: 0x04000020, vr: 'AT', value: new Uint8Array([0x10, 0, 0x10, 0]) }]] },
      { tag: 0xfffcfffc, vr: 'OB', value: ascii('Dupont padding') },
    ];
    const result = run(rawPart10(EXPLICIT, [...rawMrHeader(), pixelData(), ...after]));
    const out = output(result);
    const { dataset } = readBack(out);
    assert.deepEqual(Object.keys(dataset).filter((tag) => tag > '7FE00010'), []);
    assert.deepEqual(new Uint8Array(dataset['7FE00010']!.Value![0] as ArrayBuffer), PIXELS);
    assert.equal(indexOf(out, ascii('Dupont')), -1, 'no byte of the removed values travels');
    const removed = result.report.applied.filter((entry) => entry.action === 'X').map((entry) => `${entry.path} ${entry.keyword}`);
    for (const line of ['7FE10010 PrivateAttributes', '7FE11001 PrivateAttributes', 'FFFAFFFA DigitalSignaturesSequence', 'FFFCFFFC DataSetTrailingPadding']) assert.ok(removed.includes(line), line);
  });

  it('an odd-length native pixel data value is padded to an even length', () => {
    const odd = PIXELS.subarray(0, 31);
    const header = rawMrHeader().map((element) => (element.tag === 0x00280100 ? { ...element, value: new Uint8Array([8, 0]) } : element));
    const out = output(run(rawPart10(EXPLICIT, [...header, { tag: 0x7fe00010, vr: 'OB', value: odd }])));
    const value = new Uint8Array(readBack(out).dataset['7FE00010']!.Value![0] as ArrayBuffer);
    assert.deepEqual(value, new Uint8Array([...odd, 0]));
  });

  it('Implicit VR pixel data get an explicit VR from BitsAllocated: OW for 16 bits, OB for 8', () => {
    const sixteen = readBack(output(run(rawPart10(IMPLICIT, [...rawMrHeader(), pixelData()])))).dataset['7FE00010']!;
    assert.equal(sixteen.vr, 'OW');
    assert.deepEqual(new Uint8Array(sixteen.Value![0] as ArrayBuffer), PIXELS);
    const header = rawMrHeader().map((element) => (element.tag === 0x00280100 ? { ...element, value: new Uint8Array([8, 0]) } : element));
    assert.equal(readBack(output(run(rawPart10(IMPLICIT, [...header, pixelData()])))).dataset['7FE00010']!.vr, 'OB');
  });

  it('Implicit VR values whose VR depends on the image get it: US or SS by PixelRepresentation', () => {
    const vrOf = (signed: number) => {
      const header = [...rawMrHeader(), { tag: 0x00280103, vr: 'US', value: new Uint8Array([signed, 0]) }, { tag: 0x00280106, vr: 'US', value: new Uint8Array([0, 0]) }];
      return readBack(output(run(rawPart10(IMPLICIT, [...header, pixelData()])))).dataset['00280106']!.vr;
    };
    assert.equal(vrOf(0), 'US');
    assert.equal(vrOf(1), 'SS');
  });

  it('encapsulated pixel data keep their offset table and fragments byte for byte, a frame in several fragments included', () => {
    const frames = [new Uint8Array([0xff, 0xd8, ...ascii('frame-1a')]), new Uint8Array([...ascii('frame-1b'), 0xff, 0xd9]), new Uint8Array([0xff, 0xd8, ...ascii('frame2'), 0xff, 0xd9])];
    const offsets = new Uint8Array([0, 0, 0, 0, 36, 0, 0, 0]); // frame 2 starts after two items of 8 + 10 bytes
    const header = [...rawMrHeader(), { tag: 0x00280008, vr: 'IS', value: '2 ' }].sort((a, b) => a.tag - b.tag);
    const input = rawPart10(JPEG_BASELINE, [...header, { tag: 0x7fe00010, vr: 'OB', fragments: [offsets, ...frames] }]);
    const itemsStart = indexOf(input, new Uint8Array([0xfe, 0xff, 0x00, 0xe0]));
    const items = input.subarray(itemsStart);
    const out = output(run(input));
    assert.equal(indexOf(out, items), out.length - items.length, 'the items and the sequence delimiter end the output unchanged');
    assert.deepEqual(readBack(out).meta['00020010']!.Value, [JPEG_BASELINE]);
  });

  it('encapsulated multi-frame pixel data without an offset table are copied as they are', () => {
    const header = [...rawMrHeader(), { tag: 0x00280008, vr: 'IS', value: '2 ' }].sort((a, b) => a.tag - b.tag);
    const fragments = [new Uint8Array(0), ascii('AAAA'), ascii('BB'), ascii('CCCCCC')];
    const out = output(run(rawPart10(JPEG_BASELINE, [...header, { tag: 0x7fe00010, vr: 'OB', fragments }])));
    assert.ok(indexOf(out, ascii('AAAA')) > 0 && indexOf(out, ascii('CCCCCC')) > indexOf(out, ascii('BB')));
  });
});

describe('part 10: what is read', () => {
  it('the VRs with a 32-bit length are those of PS3.5 7.1.2', () => {
    const all = ['AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FD', 'FL', 'IS', 'LO', 'LT', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'PN', 'SH', 'SL', 'SQ', 'SS', 'ST', 'SV', 'TM', 'UC', 'UI', 'UL', 'UN', 'UR', 'US', 'UT', 'UV'];
    assert.deepEqual(all.filter(isLongVr), ['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
  });

  it('a UN sequence of undefined length is read as an Implicit VR sequence, and the UIDs inside are remapped', () => {
    const item = new Uint8Array([0x08, 0x00, 0x55, 0x11, 12, 0, 0, 0, ...ascii('1.2.3.4.5.6\0')]); // (0008,1155) implicit
    const un: RawElement = { tag: 0x00081140, vr: 'UN', items: [[]], undefinedLength: true };
    const input = rawPart10(EXPLICIT, [...rawMrHeader().slice(0, 4), un, ...rawMrHeader().slice(4), pixelData()]);
    // The item written by rawPart10 is empty: put the implicit element inside it.
    const at = indexOf(input, new Uint8Array([0xfe, 0xff, 0x00, 0xe0, 0xff, 0xff, 0xff, 0xff])) + 8;
    const patched = new Uint8Array([...input.subarray(0, at), ...item, ...input.subarray(at)]);
    const { dataset } = readBack(output(run(patched)));
    assert.equal(dataset['00081140']!.vr, 'SQ');
    const nested = (dataset['00081140']!.Value as Array<Record<string, { Value: string[] }>>)[0]!;
    assert.deepEqual(nested['00081155']!.Value, [remapUid(KEY, '1.2.3.4.5.6')]);
  });

  it('a UN element the dictionary knows is read as its own VR: a UN study date is still shifted', () => {
    const header = rawMrHeader().map((element) => (element.tag === 0x00080020 ? { ...element, vr: 'UN' } : element));
    const result = run(rawPart10(EXPLICIT, [...header, pixelData()]));
    const { dataset } = readBack(output(result));
    assert.equal(dataset['00080020']!.vr, 'DA');
    assert.notDeepEqual(dataset['00080020']!.Value, ['20240301']);
    assert.ok(result.report.applied.some((entry) => entry.path === '00080020' && entry.action === 'C:shifted'));
  });

  it('elements out of order are written in tag order', () => {
    const header = rawMrHeader();
    const out = output(run(rawPart10(EXPLICIT, [header[3]!, ...header.slice(0, 3), ...header.slice(4), pixelData()])));
    const tags = Object.keys(readBack(out).dataset);
    assert.deepEqual(tags, [...tags].sort());
  });

  it('Latin-1 text (ISO_IR 100) is written as UTF-8 and the character set says so', () => {
    const latin1 = new Uint8Array([...ascii('Siemens M'), 0xe9, ...ascii('dical ')]);
    const header: RawElement[] = [{ tag: 0x00080005, vr: 'CS', value: 'ISO_IR 100' }, ...rawMrHeader(), { tag: 0x00080070, vr: 'LO', value: latin1 }].sort((a, b) => a.tag - b.tag);
    const out = output(run(rawPart10(EXPLICIT, [...header, pixelData()])));
    const { dataset } = readBack(out);
    assert.deepEqual(dataset['00080005']!.Value, ['ISO_IR 192']);
    assert.deepEqual(dataset['00080070']!.Value, ['Siemens Médical']);
    assert.ok(indexOf(out, new Uint8Array([...ascii('M'), 0xc3, 0xa9, ...ascii('dical')])) > 0, 'é as UTF-8');
  });

  it('UTF-8 text (ISO_IR 192) is kept byte for byte', () => {
    const utf8 = ascii('Hôpital Cœur ');
    const header: RawElement[] = [{ tag: 0x00080005, vr: 'CS', value: 'ISO_IR 192' }, ...rawMrHeader(), { tag: 0x00080070, vr: 'LO', value: utf8 }].sort((a, b) => a.tag - b.tag);
    assert.ok(indexOf(output(run(rawPart10(EXPLICIT, [...header, pixelData()]))), utf8) > 0);
  });
});

describe('part 10: refusals, one per kind of malformed file', () => {
  const file = (elements: RawElement[], ts = EXPLICIT) => rawPart10(ts, elements);

  it('pixel data longer than the file (truncated)', () => {
    refuses(file([...rawMrHeader(), pixelData()]).slice(0, -4), 'unreadable-dicom', /\(7FE0,0010\).*needs 32 bytes but only 28 remain/);
  });

  it('a file cut inside an element header', () => {
    const whole = file([...rawMrHeader(), pixelData()]);
    refuses(whole.slice(0, whole.length - PIXELS.length - 6), 'unreadable-dicom', /element header|header of/);
  });

  it('a sequence without its delimiter', () => {
    const open: RawElement = { tag: 0x00081140, vr: 'SQ', items: [[{ tag: 0x00081155, vr: 'UI', value: '1.2.3.4' }]], undefinedLength: true };
    const bytes = file([...rawMrHeader().slice(0, 4), open]);
    refuses(bytes.slice(0, -8), 'unreadable-dicom', /\(0008,1140\) has no sequence delimiter/);
  });

  it('an element whose VR is not a VR', () => {
    refuses(file([...rawMrHeader().slice(0, 4), { tag: 0x00080070, vr: 'Q7', value: 'ACME' }]), 'unreadable-dicom', /\(0008,0070\) at byte \d+ has an invalid VR/);
  });

  it('an item where there should be an element', () => {
    const bytes = file([...rawMrHeader(), pixelData()]);
    const at = indexOf(bytes, new Uint8Array([0x08, 0x00, 0x60, 0x00])); // (0008,0060)
    bytes.set([0xfe, 0xff, 0x00, 0xe0], at);
    refuses(bytes, 'unreadable-dicom', /unexpected \(FFFE,E000\)/);
  });

  it('encapsulated pixel data in a native transfer syntax', () => {
    refuses(file([...rawMrHeader(), { tag: 0x7fe00010, vr: 'OB', fragments: [new Uint8Array(0), ascii('AB')] }]), 'unsupported-pixel-encapsulation', /transfer syntax is not an encapsulated one/);
  });

  it('native pixel data in an encapsulated transfer syntax', () => {
    refuses(file([...rawMrHeader(), pixelData()], JPEG_BASELINE), 'unsupported-pixel-encapsulation', /pixel data are not/);
  });

  it('encapsulated pixel data with a broken item or offset table', () => {
    const bytes = file([...rawMrHeader(), { tag: 0x7fe00010, vr: 'OB', fragments: [new Uint8Array(0), ascii('ABCD')] }], JPEG_BASELINE);
    const broken = bytes.slice();
    broken.set([0xfe, 0xff, 0x0d, 0xe0], indexOf(bytes, ascii('ABCD')) - 8); // the fragment's item tag
    refuses(broken, 'unsupported-pixel-encapsulation', /no valid item/);
    refuses(bytes.slice(0, -8), 'unsupported-pixel-encapsulation', /without a sequence delimiter/);
    refuses(file([...rawMrHeader(), { tag: 0x7fe00010, vr: 'OB', fragments: [new Uint8Array(6), ascii('ABCD')] }], JPEG_BASELINE), 'unsupported-pixel-encapsulation', /Basic Offset Table is 6 bytes/);
  });

  it('a character set with code extensions, or one it does not know', () => {
    const withCharset = (value: string) => file([{ tag: 0x00080005, vr: 'CS', value }, ...rawMrHeader(), pixelData()]);
    refuses(withCharset('\\ISO 2022 IR 87'), 'unreadable-dicom', /code extensions/);
    refuses(withCharset('ISO_IR 999'), 'unreadable-dicom', /ISO_IR 999 is not supported/);
  });

  it('no transfer syntax in the file meta information', () => {
    const bytes = file([...rawMrHeader(), pixelData()]);
    const at = indexOf(bytes, new Uint8Array([0x02, 0x00, 0x10, 0x00]));
    bytes.set([0x02, 0x00, 0x11, 0x00], at); // (0002,0010) becomes (0002,0011)
    refuses(bytes, 'missing-attribute', /TransferSyntaxUID/);
  });

  it('an Implicit VR value too long for its VR in Explicit VR', () => {
    const manufacturer: RawElement = { tag: 0x00080070, vr: 'LO', value: 'A'.repeat(70_000) };
    refuses(file([...rawMrHeader().slice(0, 4), manufacturer, ...rawMrHeader().slice(4), pixelData()], IMPLICIT), 'unwritable-dicom', /\(0008,0070\) holds 70000 bytes/);
  });

  it('more elements than a file may hold (counted in sequences too)', () => {
    const bytes = file([...rawMrHeader(), { tag: 0x00081140, vr: 'SQ', items: [[{ tag: 0x00081155, vr: 'UI', value: '1.2.3.4' }]] }]);
    const { datasetOffset } = readMeta(bytes);
    assert.equal(readDataset(bytes, datasetOffset, false, false, 10).length, 9);
    assert.throws(() => readDataset(bytes, datasetOffset, false, false, 9), (error: unknown) => error instanceof DeidError && error.code === 'unreadable-dicom' && /more than 9 elements/.test(error.message));
  });

  it('a big endian file is refused before its data set is read', () => {
    refuses(file([{ tag: 0x00080016, vr: 'Q7', value: 'garbage' }], '1.2.840.10008.1.2.2'), 'unsupported-transfer-syntax', /Big Endian/);
  });
});
