import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { deidentify, type DeidentifyResult } from '../src/deidentify.ts';
import { DeidError } from '../src/errors.ts';
import { dateShiftDays, remapUid } from '../src/keyed.ts';
import { buildPart10, fakeMrDataset, KEY, OTHER_KEY, readBack } from './fixtures.ts';

function deidentified(result: DeidentifyResult) {
  assert.equal(result.status, 'deidentified', result.status === 'quarantined' ? result.reason : '');
  if (result.status !== 'deidentified') throw new Error('unreachable');
  return { ...readBack(result.output), output: result.output, report: result.report };
}

const values = (dataset: Record<string, { Value?: unknown[] }>, tag: string) => dataset[tag]?.Value;
const run = (natural = fakeMrDataset(), subjectCode = 'P01-0001', key = KEY, extra = {}) => deidentified(deidentify(buildPart10(natural, { extra }), { subjectCode, key }));

describe('deidentify: each action on a built MR image', () => {
  const { dataset, meta, report } = run();

  it('X removes: OtherPatientIDs, InstitutionName, PatientAddress, OperatorsName, DeviceSerialNumber, StationName', () => {
    for (const tag of ['00101000', '00080080', '00101040', '00081070', '00181000', '00081010', '00080081']) assert.equal(dataset[tag], undefined, tag);
  });

  it('Z empties: AccessionNumber, ReferringPhysicianName, PatientBirthDate', () => {
    for (const tag of ['00080050', '00080090', '00100030']) {
      assert.ok(dataset[tag], `${tag} present`);
      assert.ok((values(dataset, tag) ?? []).every((value) => value === '' || value === null), tag);
    }
  });

  it('K keeps patient characteristics (age, sex, size, weight) and technical attributes', () => {
    assert.deepEqual(values(dataset, '00101010'), ['064Y']);
    assert.deepEqual(values(dataset, '00100040'), ['M']);
    assert.deepEqual(values(dataset, '00101020'), [1.76]);
    assert.deepEqual(values(dataset, '00101030'), [72.5]);
    assert.deepEqual(values(dataset, '00180050'), [8]);
    assert.deepEqual(values(dataset, '00080016'), ['1.2.840.10008.5.1.4.1.1.4']);
  });

  it('PatientName and PatientID become the subject code; the de-identification attributes are set', () => {
    assert.deepEqual(values(dataset, '00100010'), [{ Alphabetic: 'P01-0001' }]);
    assert.deepEqual(values(dataset, '00100020'), ['P01-0001']);
    assert.deepEqual(values(dataset, '00120062'), ['YES']);
    assert.deepEqual(values(dataset, '00280303'), ['MODIFIED']);
    assert.match(String(values(dataset, '00120063')?.[0]), /Basic Profile/);
    const codes = (values(dataset, '00120064') as Array<Record<string, { Value: string[] }>>).map((item) => `${item['00080102']!.Value[0]}:${item['00080100']!.Value[0]}`);
    assert.deepEqual(codes, ['DCM:113100', 'DCM:113105', 'DCM:113107', 'DCM:113108']);
  });

  it('removes every private attribute', () => {
    assert.deepEqual(Object.keys(dataset).filter((tag) => Number.parseInt(tag[3]!, 16) % 2 === 1), []);
    assert.equal(report.counts.privateRemoved, 2);
  });

  it('C on descriptors keeps safe vocabulary and empties the rest', () => {
    assert.deepEqual(values(dataset, '0008103E'), ['cine SAX 8mm']);
    assert.deepEqual(values(dataset, '00081030'), ['CARDIAC MR STRESS']);
    assert.deepEqual(values(dataset, '00181030'), ['']);
    assert.deepEqual(values(dataset, '00104000'), ['']);
  });

  it('C on descriptors: words of any script count, so a name in Cyrillic or Greek letters is emptied too', () => {
    const other = run(fakeMrDataset({ SpecificCharacterSet: 'ISO_IR 192', SeriesDescription: 'Иванов Иван', StudyDescription: 'Ελένη cine' }));
    assert.deepEqual(values(other.dataset, '0008103E'), ['']);
    assert.deepEqual(values(other.dataset, '00081030'), ['']);
  });

  it('U remaps UIDs to 2.25 from HMAC, in the meta header and inside sequences', () => {
    const sop = remapUid(KEY, '1.3.6.1.4.1.99999.1.2.3.4.5');
    assert.match(sop, /^2\.25\.\d+$/);
    assert.deepEqual(values(dataset, '00080018'), [sop]);
    assert.deepEqual(values(meta, '00020003'), [sop]);
    assert.deepEqual(values(dataset, '0020000D'), [remapUid(KEY, '1.3.6.1.4.1.99999.1.2')]);
    assert.deepEqual(values(dataset, '00200052'), [remapUid(KEY, '1.3.6.1.4.1.99999.1.9')]);
    const item = (values(dataset, '00081140') as Array<Record<string, { Value: string[] }>>)[0]!;
    assert.deepEqual(item['00081155']!.Value, [remapUid(KEY, '1.3.6.1.4.1.99999.1.2.7.1')]);
    assert.deepEqual(item['00081150']!.Value, ['1.2.840.10008.5.1.4.1.1.4'], 'SOP Class UIDs are kept');
  });

  it('shifts dates by the subject offset, keeps times, shifts DateTime consistently', () => {
    const days = dateShiftDays(KEY, 'P01-0001');
    assert.ok(days >= -365 && days <= -30);
    const shifted = new Date(Date.UTC(2024, 2, 1) + days * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    for (const tag of ['00080020', '00080021', '00080022', '00080023']) assert.deepEqual(values(dataset, tag), [shifted], tag);
    assert.deepEqual(values(dataset, '0008002A'), [`${shifted}101612.500000+0100`]);
    assert.deepEqual(values(dataset, '00080030'), ['101530.123']);
    assert.equal(report.dateShiftDays, days);
  });

  it('recurses into sequences: identifiers inside kept sequence items get their own actions', () => {
    const item = (values(dataset, '00400275') as Array<Record<string, { Value?: unknown[] }>>)[0]!;
    assert.equal(item['00401001'], undefined, 'RequestedProcedureID removed');
    assert.equal(item['00400009'], undefined, 'ScheduledProcedureStepID removed');
    assert.deepEqual(item['00400007']?.Value, [''], 'free-text description emptied');
  });

  it('writes Explicit VR Little Endian with a correct meta header and the pixel data unchanged', () => {
    assert.deepEqual(values(meta, '00020010'), ['1.2.840.10008.1.2.1']);
    assert.deepEqual(values(meta, '00020002'), ['1.2.840.10008.5.1.4.1.1.4']);
    assert.equal(meta['00020016'], undefined, 'the sender AE title does not travel');
    assert.deepEqual([...new Uint16Array(values(dataset, '7FE00010')![0] as ArrayBuffer)], [1, 2, 3, 4]);
  });

  it('the report names attributes and actions, never a value', () => {
    const text = JSON.stringify(report);
    for (const phi of ['Dupont', 'H123456', 'CHU', 'NIR16', '19600102', 'ACC998877']) assert.ok(!text.includes(phi), phi);
    assert.ok(report.applied.some((entry) => entry.keyword === 'OtherPatientIDs' && entry.action === 'X'));
  });
});

describe('deidentify: consistency and determinism', () => {
  const input = buildPart10(fakeMrDataset());

  it('same input and key give the same bytes', () => {
    const a = deidentify(input, { subjectCode: 'P01-0001', key: KEY });
    const b = deidentify(new Uint8Array(input), { subjectCode: 'P01-0001', key: new Uint8Array(KEY) });
    assert.ok(a.status === 'deidentified' && b.status === 'deidentified');
    assert.deepEqual(a.output, b.output);
  });

  it('two instances of one study keep one study UID, one date shift; another subject gets another shift', () => {
    const first = run(fakeMrDataset({ SOPInstanceUID: '1.3.6.1.4.1.99999.1.2.3.4.6', StudyDate: '20240301' }));
    const second = run(fakeMrDataset({ SOPInstanceUID: '1.3.6.1.4.1.99999.1.2.3.4.7', StudyDate: '20240305' }));
    assert.deepEqual(values(first.dataset, '0020000D'), values(second.dataset, '0020000D'));
    assert.notDeepEqual(values(first.dataset, '00080018'), values(second.dataset, '00080018'));
    const gap = (a: string, b: string) => (Date.parse(`${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6)}`) - Date.parse(`${a.slice(0, 4)}-${a.slice(4, 6)}-${a.slice(6)}`)) / 86_400_000;
    assert.equal(gap(String(values(first.dataset, '00080020')![0]), String(values(second.dataset, '00080020')![0])), 4, 'intervals within a subject are kept');
    const shifts = new Set(['P01-0001', 'P01-0002', 'P01-0003', 'P02-0001'].map((code) => dateShiftDays(KEY, code)));
    assert.ok(shifts.size >= 3, 'subjects get different offsets');
  });

  it('UIDs and date shifts are HMAC-SHA-256 under the key, also when one key array is reused for another key', () => {
    const expected = (key: Uint8Array, uid: string) => `2.25.${BigInt(`0x${createHmac('sha256', key).update(uid).digest('hex').slice(0, 32)}`).toString(10)}`;
    const key = new Uint8Array(KEY);
    const uid = '1.3.6.1.4.1.99999.1.2';
    assert.equal(remapUid(key, uid), expected(KEY, uid));
    key.set(OTHER_KEY);
    assert.equal(remapUid(key, uid), expected(OTHER_KEY, uid), 'the cache follows the bytes, not the array');
    assert.equal(remapUid(KEY, uid), expected(KEY, uid));
    const shift = (k: Uint8Array) => -365 + (createHmac('sha256', k).update('date-shift:P01-0001').digest().readUInt32BE(0) % 336);
    assert.equal(dateShiftDays(key, 'P01-0001'), shift(OTHER_KEY));
    assert.equal(dateShiftDays(KEY, 'P01-0001'), shift(KEY));
  });

  it('another key gives other UIDs', () => {
    const other = run(fakeMrDataset(), 'P01-0001', OTHER_KEY);
    assert.notDeepEqual(values(other.dataset, '00080018'), [remapUid(KEY, '1.3.6.1.4.1.99999.1.2.3.4.5')]);
  });
});

describe('deidentify: quarantine of burned-in annotation', () => {
  const quarantined = (overrides: Record<string, unknown>) => deidentify(buildPart10(fakeMrDataset(overrides)), { subjectCode: 'P01-0001', key: KEY });

  it('BurnedInAnnotation YES is quarantined, with no output', () => {
    const result = quarantined({ BurnedInAnnotation: 'YES' });
    assert.equal(result.status, 'quarantined');
    assert.ok(result.status === 'quarantined' && /BurnedInAnnotation/.test(result.reason));
    assert.equal('output' in result, false);
  });

  for (const modality of ['US', 'XA', 'SC', 'OT', 'ES', 'DX']) {
    it(`${modality} without BurnedInAnnotation is quarantined`, () => assert.equal(quarantined({ Modality: modality }).status, 'quarantined'));
  }

  it('US with BurnedInAnnotation NO and MR/CT without the flag are not quarantined', () => {
    assert.equal(quarantined({ Modality: 'US', BurnedInAnnotation: 'NO' }).status, 'deidentified');
    assert.equal(quarantined({ Modality: 'MR' }).status, 'deidentified');
    assert.equal(quarantined({ Modality: 'CT' }).status, 'deidentified');
  });
});

describe('deidentify: refusals', () => {
  const refuses = (input: Uint8Array, code: string, pattern?: RegExp, subjectCode = 'P01-0001', key = KEY) =>
    assert.throws(() => deidentify(input, { subjectCode, key }), (error: unknown) => error instanceof DeidError && error.code === code && (!pattern || pattern.test(error.message)));

  it('not DICOM', () => refuses(new TextEncoder().encode('hello'), 'not-dicom'));
  it('big endian names the transfer syntax', () => refuses(buildPart10(fakeMrDataset(), { transferSyntax: '1.2.840.10008.1.2.2' }), 'unsupported-transfer-syntax', /1\.2\.840\.10008\.1\.2\.2/));
  it('an unknown transfer syntax is named', () => refuses(buildPart10(fakeMrDataset(), { transferSyntax: '1.2.3.4' }), 'unsupported-transfer-syntax', /1\.2\.3\.4/));
  it('a bad subject code', () => refuses(buildPart10(fakeMrDataset()), 'invalid-subject-code', undefined, 'Dupont^Jean'));
  it('a key that is not 32 bytes', () => refuses(buildPart10(fakeMrDataset()), 'invalid-key', undefined, 'P01-0001', new Uint8Array(16)));
  it('truncated file', () => refuses(buildPart10(fakeMrDataset()).slice(0, 400), 'unreadable-dicom'));

  it('sequences nested too deep', () => {
    let nested: Record<string, unknown> = { CodeValue: 'X' };
    for (let i = 0; i < 20; i++) nested = { AnatomicRegionSequence: [nested] };
    refuses(buildPart10(fakeMrDataset(nested)), 'sequence-too-deep');
  });
});

describe('deidentify: transfer syntaxes', () => {
  it('Implicit VR Little Endian input becomes Explicit VR Little Endian', () => {
    const result = deidentified(deidentify(buildPart10(fakeMrDataset(), { transferSyntax: '1.2.840.10008.1.2' }), { subjectCode: 'P01-0001', key: KEY }));
    assert.deepEqual(values(result.meta, '00020010'), ['1.2.840.10008.1.2.1']);
    assert.deepEqual([...new Uint16Array(values(result.dataset, '7FE00010')![0] as ArrayBuffer)], [1, 2, 3, 4]);
  });

  it('an encapsulated transfer syntax is kept and the compressed frame copied unchanged', () => {
    const frame = new Uint8Array([0xff, 0xd8, 1, 2, 3, 4, 5, 6, 0xff, 0xd9]);
    const natural = fakeMrDataset({ BitsAllocated: 8, BitsStored: 8, HighBit: 7, PixelData: [frame.buffer], _vrMap: { PixelData: 'OB' } });
    const result = deidentified(deidentify(buildPart10(natural, { transferSyntax: '1.2.840.10008.1.2.4.50' }), { subjectCode: 'P01-0001', key: KEY }));
    assert.deepEqual(values(result.meta, '00020010'), ['1.2.840.10008.1.2.4.50']);
    assert.deepEqual([...new Uint8Array(values(result.dataset, '7FE00010')![0] as ArrayBuffer)], [...frame]);
  });
});
