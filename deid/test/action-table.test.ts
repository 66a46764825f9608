import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildActionTable, CORELAB_PROFILE, resolveCompound, type ProfileOptions } from '../src/action-table.ts';
import { DeidError } from '../src/errors.ts';
import { PS315_ATTRIBUTES, PS315_SOURCE } from '../src/ps315-table.ts';

describe('PS3.15 Table E.1-1 as generated', () => {
  it('holds every row of the standard table with its source', () => {
    assert.equal(PS315_ATTRIBUTES.length, 621);
    assert.match(PS315_SOURCE, /PS3\.15 Table E\.1-1.*2025-01-28/);
    const tags = PS315_ATTRIBUTES.map((row) => row.tag);
    assert.equal(new Set(tags).size, tags.length, 'tags are unique');
    assert.deepEqual(tags.filter((tag) => !/^[0-9A-F]{8}$/.test(tag)).sort(), ['50xxxxxx', '60xx3000', '60xx4000', 'private']);
  });

  it('keeps the basic profile action counts of the standard', () => {
    const counts: Record<string, number> = {};
    for (const row of PS315_ATTRIBUTES) counts[row.basic] = (counts[row.basic] ?? 0) + 1;
    assert.deepEqual(counts, { X: 384, D: 92, U: 54, Z: 42, 'X/D': 22, 'X/Z': 11, 'X/Z/D': 8, 'Z/D': 6, 'X/Z/U*': 2 });
  });

  it('keeps the number of entries in each option column', () => {
    const expected = { rtnLongFullDatesOpt: 165, rtnLongModifDatesOpt: 165, cleanDescOpt: 125, rtnUIDsOpt: 59, rtnDevIdOpt: 57, rtnPatCharsOpt: 13, rtnInstIdOpt: 10, cleanGraphOpt: 4, cleanStructContOpt: 3, rtnSafePrivOpt: 1 };
    for (const [column, count] of Object.entries(expected)) {
      assert.equal(PS315_ATTRIBUTES.filter((row) => (row.options as Record<string, string>)[column] !== undefined).length, count, column);
    }
  });

  const samples: Array<[string, string, string, Record<string, string>]> = [
    ['00080050', 'AccessionNumber', 'Z', {}],
    ['00100010', 'PatientName', 'Z', {}],
    ['00100030', 'PatientBirthDate', 'Z', {}],
    ['00080020', 'StudyDate', 'Z', { rtnLongFullDatesOpt: 'K', rtnLongModifDatesOpt: 'C' }],
    ['00101010', 'PatientAge', 'X', { rtnPatCharsOpt: 'K' }],
    ['00101030', 'PatientWeight', 'X', { rtnPatCharsOpt: 'K' }],
    ['0008103E', 'SeriesDescription', 'X', { cleanDescOpt: 'C' }],
    ['00080018', 'SOPInstanceUID', 'U', { rtnUIDsOpt: 'K' }],
    ['00080080', 'InstitutionName', 'X/Z/D', { rtnInstIdOpt: 'K' }],
    ['00181000', 'DeviceSerialNumber', 'X/Z/D', { rtnDevIdOpt: 'K' }],
    ['00081140', 'ReferencedImageSequence', 'X/Z/U*', { rtnUIDsOpt: 'K' }],
    ['00102110', 'Allergies', 'X', { rtnPatCharsOpt: 'C', cleanDescOpt: 'C' }],
  ];
  for (const [tag, keyword, basic, options] of samples) {
    it(`${keyword} ${tag}: basic ${basic} and its option columns as in the standard`, () => {
      const row = PS315_ATTRIBUTES.find((entry) => entry.tag === tag);
      assert.ok(row);
      assert.equal(row.keyword, keyword);
      assert.equal(row.basic, basic);
      assert.deepEqual({ ...row.options }, options);
    });
  }
});

describe('effective action table for the Corelab profile', () => {
  const table = buildActionTable();
  const cases: Array<[string, string, string]> = [
    ['00080050', 'AccessionNumber', 'Z'],
    ['00100030', 'PatientBirthDate', 'Z'],
    ['00101000', 'OtherPatientIDs', 'X'],
    ['00080020', 'StudyDate: modified dates option', 'C'],
    ['00080030', 'StudyTime: modified dates option', 'C'],
    ['00101010', 'PatientAge: patient characteristics', 'K'],
    ['00100040', 'PatientSex: patient characteristics', 'K'],
    ['00101020', 'PatientSize: patient characteristics', 'K'],
    ['0008103E', 'SeriesDescription: clean descriptors', 'C'],
    ['00181030', 'ProtocolName X/D: clean descriptors', 'C'],
    ['00080018', 'SOPInstanceUID', 'U'],
    ['0020000D', 'StudyInstanceUID', 'U'],
    ['00080080', 'InstitutionName X/Z/D, Type 3', 'X'],
    ['00081010', 'StationName X/Z/D, Type 3', 'X'],
    ['00100020', 'PatientID Z/D, Type 2', 'Z'],
    ['00081140', 'ReferencedImageSequence X/Z/U*', 'U'],
    ['00290010', 'private creator', 'X'],
    ['00291010', 'private element', 'X'],
    ['60003000', 'overlay data', 'X'],
    ['60000010', 'overlay rows: whole overlay group removed', 'X'],
    ['50000000', 'curve group', 'X'],
    ['00080016', 'SOPClassUID: not listed', 'K'],
    ['00280010', 'Rows: not listed', 'K'],
  ];
  for (const [tag, what, action] of cases) {
    it(`${tag} ${what} → ${action}`, () => assert.equal(table.actionFor(tag), action));
  }

  it('without options, dates and characteristics follow the basic profile', () => {
    const basic = buildActionTable({ ...CORELAB_PROFILE, retainLongitudinalTemporalInformationModifiedDates: false, retainPatientCharacteristics: false, cleanDescriptors: false });
    assert.equal(basic.actionFor('00080020'), 'Z');
    assert.equal(basic.actionFor('00101010'), 'X');
    assert.equal(basic.actionFor('0008103E'), 'X');
    assert.equal(basic.actionFor('00181030'), 'X');
  });

  it('Retain UIDs, Device and Institution Identity keep their attributes', () => {
    const retaining = buildActionTable({ ...CORELAB_PROFILE, retainUIDs: true, retainDeviceIdentity: true, retainInstitutionIdentity: true });
    assert.equal(retaining.actionFor('00080018'), 'K');
    assert.equal(retaining.actionFor('00181000'), 'K');
    assert.equal(retaining.actionFor('00080080'), 'K');
  });

  it('refuses Retain Safe Private and Full plus Modified Dates together', () => {
    const refuse = (options: Partial<ProfileOptions>) => assert.throws(() => buildActionTable({ ...CORELAB_PROFILE, ...options }), (error: unknown) => error instanceof DeidError && error.code === 'unsupported-option');
    refuse({ retainSafePrivate: true });
    refuse({ retainLongitudinalTemporalInformationFullDates: true });
  });
});

describe('compound action resolution', () => {
  const cases: Array<[string, string, string]> = [
    ['X/Z', '00321060', 'X'],
    ['X/Z', '00102203', 'Z'],
    ['X/D', '00181400', 'X'],
    ['X/Z/D', '00080080', 'X'],
    ['X/Z/D', '0008002A', 'D'],
    ['Z/D', '00700084', 'Z'],
    ['Z/D', '00100020', 'Z'],
    ['X/Z/U*', '00082112', 'U'],
  ];
  for (const [compound, tag, action] of cases) {
    it(`${compound} on ${tag} → ${action}`, () => assert.equal(resolveCompound(compound as never, tag), action));
  }
});
