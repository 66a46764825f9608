// The conformance engine as a pure function, table by table: what each measure reads from the
// headers, how each test decides, how protocol series are recognised among an exam's series, and
// which regular expressions a protocol may hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DicomJson } from '../src/imaging/dicom-reader.ts';
import { evaluate, SeriesContext } from '../src/qc/condition.ts';
import { checkConformance, type ExamSeriesHeaders } from '../src/qc/conformance-engine.ts';
import { lookUpAttribute } from '../src/qc/dicom-attributes.ts';
import type { Condition, Measure, ProtocolDefinition } from '../src/qc/protocol-definition.ts';
import { regexProblem } from '../src/qc/safe-regex.ts';
import { SeriesMeasures, type Measurement } from '../src/qc/series-measures.ts';

type Attributes = Record<string, unknown>;

/** One instance's DICOM JSON from attributes given by keyword. */
function instance(attributes: Attributes): DicomJson {
  const out: DicomJson = {};
  for (const [keyword, value] of Object.entries(attributes)) {
    const found = lookUpAttribute(keyword);
    if (!('tag' in found)) throw new Error(keyword);
    if (value !== undefined) out[found.tag] = { vr: found.vr, Value: Array.isArray(value) ? value : [value] };
  }
  return out;
}

const AXIAL = [1, 0, 0, 0, 1, 0];

/** A stack: slices along z at the given positions, phases per slice with TriggerTime step. */
function stack(o: { positions: number[]; phases?: number; step?: number; base?: Attributes; perInstance?: (slice: number, phase: number) => Attributes }): DicomJson[] {
  const out: DicomJson[] = [];
  o.positions.forEach((z, slice) => {
    for (let phase = 0; phase < (o.phases ?? 1); phase++) {
      out.push(
        instance({
          ImageOrientationPatient: AXIAL,
          ImagePositionPatient: [-120, -120, z],
          SliceThickness: 8,
          PixelSpacing: [1.4, 1.6],
          MagneticFieldStrength: 1.5,
          TriggerTime: phase * (o.step ?? 40),
          CardiacNumberOfImages: o.phases ?? 1,
          ...o.base,
          ...o.perInstance?.(slice, phase),
        }),
      );
    }
  });
  return out;
}

const range = (n: number, step: number, from = 0) => Array.from({ length: n }, (_, i) => from + i * step);
const values = (m: Measurement) => (m.status === 'measured' ? m.values : m.status);

const MEASURE_CASES: Array<{ name: string; instances: DicomJson[]; measure: Measure; expected: unknown }> = [
  { name: 'thickness, one value', instances: stack({ positions: range(3, 10) }), measure: 'sliceThickness', expected: [8] },
  { name: 'thickness varying within the series', instances: stack({ positions: range(3, 10), perInstance: (s) => ({ SliceThickness: s === 1 ? 10 : 8 }) }), measure: 'sliceThickness', expected: [8, 10] },
  { name: 'thickness absent in one instance', instances: stack({ positions: range(3, 10), perInstance: (s) => ({ SliceThickness: s === 2 ? undefined : 8 }) }), measure: 'sliceThickness', expected: 'unmeasurable' },
  { name: 'pixel spacing: the larger of row and column', instances: stack({ positions: [0] }), measure: 'pixelSpacing', expected: [1.6] },
  { name: 'field strength', instances: stack({ positions: [0], base: { MagneticFieldStrength: 3 } }), measure: 'fieldStrength', expected: [3] },
  { name: 'instances', instances: stack({ positions: range(4, 10), phases: 5 }), measure: 'instances', expected: [20] },
  { name: 'slice positions (phases share a position)', instances: stack({ positions: range(4, 10), phases: 5 }), measure: 'slicePositions', expected: [4] },
  { name: 'positions within 0.05 mm are one slice', instances: stack({ positions: [0, 0.01, 10, 10.02] }), measure: 'slicePositions', expected: [2] },
  { name: 'no slice missing', instances: stack({ positions: range(8, 10), base: { SpacingBetweenSlices: 10 } }), measure: 'missingSlices', expected: [0] },
  { name: 'two adjacent slices missing', instances: stack({ positions: [0, 10, 20, 50, 60], base: { SpacingBetweenSlices: 10 } }), measure: 'missingSlices', expected: [2] },
  { name: 'missing slices without SpacingBetweenSlices: the smallest step', instances: stack({ positions: [0, 10, 30, 40] }), measure: 'missingSlices', expected: [1] },
  { name: 'missing slices on a single slice', instances: stack({ positions: [5] }), measure: 'missingSlices', expected: 'not-applicable' },
  { name: 'slice gap: 10 mm spacing, 8 mm slices', instances: stack({ positions: range(5, 10) }), measure: 'sliceGap', expected: [2] },
  { name: 'slice gap: contiguous slices, rounded to 0.01 mm', instances: stack({ positions: [0, 8.0003, 16.0001] }), measure: 'sliceGap', expected: [0] },
  { name: 'slice gap: the largest gap of the stack', instances: stack({ positions: [0, 10, 20, 50] }), measure: 'sliceGap', expected: [22] },
  { name: 'coverage: extent plus one thickness', instances: stack({ positions: range(10, 10) }), measure: 'coverage', expected: [98] },
  { name: 'coverage of an oblique stack, along its normal', instances: range(4, 10).map((d) => instance({ ImageOrientationPatient: [0.6, 0.8, 0, 0, 0, -1], ImagePositionPatient: [d * -0.8, d * 0.6, 7], SliceThickness: 6 })), measure: 'coverage', expected: [36] },
  { name: 'geometry without ImagePositionPatient', instances: [instance({ ImageOrientationPatient: AXIAL, SliceThickness: 8 })], measure: 'coverage', expected: 'unmeasurable' },
  { name: 'slices that are not parallel', instances: [...stack({ positions: [0] }), instance({ ImageOrientationPatient: [1, 0, 0, 0, 0, -1], ImagePositionPatient: [0, 0, 0], SliceThickness: 8 })], measure: 'slicePositions', expected: 'unmeasurable' },
  { name: 'cardiac phases from TriggerTime, the fewest over the slices', instances: stack({ positions: range(3, 10), phases: 25 }).filter((_, i) => i !== 30), measure: 'cardiacPhases', expected: [24] },
  { name: 'cardiac phases from CardiacNumberOfImages without TriggerTime', instances: stack({ positions: [0], phases: 12, base: { TriggerTime: undefined } }), measure: 'cardiacPhases', expected: [12] },
  { name: 'temporal resolution: interval between phases', instances: stack({ positions: range(2, 10), phases: 25, step: 36.4 }), measure: 'temporalResolution', expected: [36.4] },
  { name: 'temporal resolution without TriggerTime: NominalInterval / phases', instances: stack({ positions: [0], phases: 25, base: { TriggerTime: undefined, NominalInterval: 1000 } }), measure: 'temporalResolution', expected: [40] },
  { name: 'temporal resolution of a single phase', instances: stack({ positions: range(3, 10), phases: 1 }), measure: 'temporalResolution', expected: 'not-applicable' },
  { name: 'plane: axial', instances: stack({ positions: [0] }), measure: 'plane', expected: ['axial'] },
  { name: 'plane: coronal', instances: [instance({ ImageOrientationPatient: [1, 0, 0, 0, 0, -1], ImagePositionPatient: [0, 0, 0] })], measure: 'plane', expected: ['coronal'] },
  { name: 'plane: sagittal', instances: [instance({ ImageOrientationPatient: [0, 1, 0, 0, 0, -1], ImagePositionPatient: [0, 0, 0] })], measure: 'plane', expected: ['sagittal'] },
  { name: 'plane: a cardiac short axis is oblique', instances: [instance({ ImageOrientationPatient: [0.748875, 0.651043, 0.123809, -0.299457, 0.499095, -0.81316], ImagePositionPatient: [0, 0, 0] })], measure: 'plane', expected: ['oblique'] },
];

test('measures: what each reads from the headers', () => {
  for (const c of MEASURE_CASES) assert.deepEqual(values(new SeriesMeasures(c.instances).get(c.measure)), c.expected, c.name);
});

const SERIES = stack({ positions: range(4, 10), base: { ScanningSequence: ['GR', 'IR'], SeriesDescription: 'LGE_PSIR_SAX', BurnedInAnnotation: 'NO' } });

const CONDITION_CASES: Array<{ name: string; condition: Condition; verdict: string; reason?: RegExp }> = [
  { name: 'range within', condition: { measure: 'sliceThickness', min: 6, max: 8 }, verdict: 'pass' },
  { name: 'range: exactly at the bound', condition: { measure: 'sliceGap', max: 2 }, verdict: 'pass' },
  { name: 'range above', condition: { measure: 'sliceThickness', max: 7 }, verdict: 'fail', reason: /^sliceThickness 8 mm is above the maximum 7 mm$/ },
  { name: 'range below', condition: { measure: 'slicePositions', min: 5 }, verdict: 'fail', reason: /below the minimum 5/ },
  { name: 'measure not applicable: a single phase', condition: { measure: 'temporalResolution', max: 45 }, verdict: 'not-applicable' },
  { name: 'attribute oneOf', condition: { attribute: 'BurnedInAnnotation', oneOf: ['NO'] }, verdict: 'pass' },
  { name: 'attribute oneOf refused', condition: { attribute: 'BurnedInAnnotation', oneOf: ['YES'] }, verdict: 'fail', reason: /"NO" is not one of YES/ },
  { name: 'multi-valued oneOf compares the joined value', condition: { attribute: 'ScanningSequence', oneOf: ['GR\\IR'] }, verdict: 'pass' },
  { name: 'includes', condition: { attribute: 'ScanningSequence', includes: ['IR'] }, verdict: 'pass' },
  { name: 'includes refused', condition: { attribute: 'ScanningSequence', includes: ['SE'] }, verdict: 'fail', reason: /lacks one of SE in 4 of 4 instances/ },
  { name: 'excludes refused', condition: { attribute: 'ScanningSequence', excludes: ['IR'] }, verdict: 'fail', reason: /holds IR in 4 of 4/ },
  { name: 'excludes on an absent attribute', condition: { attribute: 'ContrastBolusAgent', excludes: ['X'] }, verdict: 'pass' },
  { name: 'pattern, case-insensitive', condition: { attribute: 'SeriesDescription', pattern: 'lge|psir' }, verdict: 'pass' },
  { name: 'pattern refused', condition: { attribute: 'SeriesDescription', pattern: '^cine' }, verdict: 'fail', reason: /does not match/ },
  { name: 'numeric attribute range', condition: { attribute: 'MagneticFieldStrength', min: 1.4, max: 3.1 }, verdict: 'pass' },
  { name: 'absent attribute fails', condition: { attribute: 'RepetitionTime', max: 10 }, verdict: 'fail', reason: /RepetitionTime is absent in 4 of 4 instances/ },
];

test('conditions: each test on attributes and measures', () => {
  const context = new SeriesContext(SERIES, new Map());
  for (const c of CONDITION_CASES) {
    const result = evaluate(c.condition, context);
    assert.equal(result.verdict, c.verdict, `${c.name}: ${result.reason}`);
    if (c.reason) assert.match(result.reason, c.reason, c.name);
  }
});

const PROTOCOL: ProtocolDefinition = {
  title: 'test',
  series: [
    {
      name: 'cine',
      label: 'Cine stack',
      match: [{ attribute: 'SeriesDescription', pattern: 'cine' }, { measure: 'slicePositions', min: 3 }],
      rules: [{ id: 'thickness', measure: 'sliceThickness', max: 8 }, { id: 'phases', measure: 'cardiacPhases', min: 20 }],
    },
    { name: 'lge', label: 'LGE', match: [{ attribute: 'ScanningSequence', includes: ['IR'] }], rules: [{ id: 'no-text', attribute: 'BurnedInAnnotation', oneOf: ['NO'] }] },
    { name: 't2', label: 'T2 map', required: false, match: [{ attribute: 'SeriesDescription', pattern: 't2.?map' }], rules: [{ id: 'thickness', measure: 'sliceThickness', max: 10 }] },
  ],
};

const headers = (uid: string, seriesNumber: number, instances: DicomJson[]): ExamSeriesHeaders => ({ seriesInstanceUID: uid, seriesNumber, seriesDescription: null, instances });
const cine = (thickness: number, phases = 20) => stack({ positions: range(4, 10), phases, base: { SeriesDescription: 'CINE_SAX', ScanningSequence: ['GR'], SliceThickness: thickness } });
const lge = (burned: string) => stack({ positions: range(4, 10), base: { SeriesDescription: 'LGE', ScanningSequence: ['GR', 'IR'], BurnedInAnnotation: burned } });
const failed = (r: ReturnType<typeof checkConformance>) => r.series.flatMap((s) => s.results.filter((x) => x.verdict === 'fail').map((x) => `${s.name}/${x.rule}`));

const ENGINE_CASES: Array<{ name: string; exam: ExamSeriesHeaders[]; verdict: string; failed: string[]; chosen?: Record<string, string | null>; unmatched?: string[] }> = [
  { name: 'every series present and conforming', exam: [headers('1', 1, cine(8)), headers('2', 2, lge('NO'))], verdict: 'pass', failed: [], chosen: { cine: '1', lge: '2', t2: null } },
  { name: 'a rule fails', exam: [headers('1', 1, cine(10)), headers('2', 2, lge('NO'))], verdict: 'fail', failed: ['cine/thickness'] },
  { name: 'two rules of two series fail', exam: [headers('1', 1, cine(8, 12)), headers('2', 2, lge('YES'))], verdict: 'fail', failed: ['cine/phases', 'lge/no-text'] },
  { name: 'a required series is missing', exam: [headers('2', 2, lge('NO'))], verdict: 'fail', failed: ['cine/present'] },
  { name: 're-sent series: the one meeting the most rules is checked', exam: [headers('1', 1, cine(8)), headers('3', 3, cine(10)), headers('2', 2, lge('NO'))], verdict: 'pass', failed: [], chosen: { cine: '1' } },
  { name: 'two conforming candidates: the latest SeriesNumber', exam: [headers('1', 1, cine(8)), headers('3', 3, cine(8)), headers('2', 2, lge('NO'))], verdict: 'pass', failed: [], chosen: { cine: '3' } },
  { name: 'a series nothing recognises is reported, not failed', exam: [headers('1', 1, cine(8)), headers('2', 2, lge('NO')), headers('9', 9, stack({ positions: [0], base: { SeriesDescription: 'localiser' } }))], verdict: 'pass', failed: [], unmatched: ['9'] },
];

test('engine: recognition, choice among candidates, verdicts per rule and per exam', () => {
  for (const c of ENGINE_CASES) {
    const report = checkConformance(PROTOCOL, c.exam);
    assert.equal(report.verdict, c.verdict, c.name);
    assert.deepEqual(failed(report), c.failed, c.name);
    assert.equal(report.failed, c.failed.length, c.name);
    for (const [name, uid] of Object.entries(c.chosen ?? {})) assert.equal(report.series.find((s) => s.name === name)!.seriesInstanceUID, uid, `${c.name}: ${name}`);
    if (c.unmatched) assert.deepEqual(report.unmatchedSeries.map((u) => u.seriesInstanceUID), c.unmatched, c.name);
  }
  const optional = checkConformance(PROTOCOL, ENGINE_CASES[0]!.exam).series.find((s) => s.name === 't2')!;
  assert.deepEqual(optional.results.map((r) => r.verdict), ['not-applicable', 'not-applicable']);
  const missing = checkConformance(PROTOCOL, ENGINE_CASES[3]!.exam).series[0]!;
  assert.deepEqual(missing.results.map((r) => [r.rule, r.verdict]), [['present', 'fail'], ['thickness', 'not-applicable'], ['phases', 'not-applicable']]);
});

const REGEXES: Array<[string, string | undefined]> = [
  ['sax|short.?axis', undefined],
  ['^cine_.*sax', undefined],
  ['(?:4|four).?ch', undefined],
  ['(a|b)?c', undefined],
  ['(a+)?b', undefined],
  ['(a|aa){2,5}', 'unsafe-regex'],
  ['[(+*]+x', undefined],
  ['a+?b', undefined],
  ['sax(', 'invalid-regex'],
  ['[a-', 'invalid-regex'],
  ['(a+)+$', 'unsafe-regex'],
  ['(a*)*b', 'unsafe-regex'],
  ['((ab)+c)*', 'unsafe-regex'],
  ['(a|aa)+', 'unsafe-regex'],
  ['(?:x{2,})*', 'unsafe-regex'],
  ['(a)\\1', 'unsafe-regex'],
  ['.*a.*b.*c.*d', 'unsafe-regex'],
];

test('regular expressions: compiled, and refused when they may backtrack without bound', () => {
  for (const [pattern, problem] of REGEXES) assert.equal(regexProblem(pattern)?.problem, problem, pattern);
});
