// Final values from one read, two agreeing reads, or an adjudication, and their provenance,
// table-driven on a small form. The computed fields are given by the formulas of the reading spec
// (the reading module's own computation is exercised through the API in reading-adjudication.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finalFromSingleRead, finalFromTwoReads, roundTo, type Decision, type Recompute } from '../src/reading/adjudication/final-values.ts';
import type { FormDefinition } from '../src/reading/adjudication/form-types.ts';
import { findDiscordances } from '../src/reading/adjudication/rules.ts';
import { DomainError } from '../src/platform/domain-error.ts';
import { computeFields } from '../src/reading/adjudication/final-values-computation.ts';
import { CARDIAC_MR_FORM } from '../src/reading/cardiac-mr-form.ts';

const t = (en: string) => ({ en, fr: en });
const FORM: FormDefinition = {
  name: 'final values test form',
  fields: [
    { key: 'lvEdv', kind: 'number', label: t('LVEDV'), unit: 'mL', min: 10, max: 600, decimals: 1, required: true },
    { key: 'lvEsv', kind: 'number', label: t('LVESV'), unit: 'mL', min: 5, max: 500, decimals: 1, required: true },
    { key: 'lvSv', kind: 'number', label: t('LVSV'), unit: 'mL', min: 0, max: 300, decimals: 1, required: false, computed: { op: 'difference', of: ['lvEdv', 'lvEsv'] } },
    { key: 'lvEf', kind: 'number', label: t('LVEF'), unit: '%', min: 0, max: 100, decimals: 1, required: false, computed: { op: 'ejection-fraction', of: ['lvEdv', 'lvEsv'] } },
    { key: 'lvSvi', kind: 'number', label: t('LVSVi'), unit: 'mL/m²', min: 0, max: 200, decimals: 1, required: false, computed: { op: 'indexed', of: ['lvSv'] } },
    { key: 'lvMass', kind: 'number', label: t('LV mass'), unit: 'g', min: 20, max: 400, decimals: 0, required: true },
    { key: 'lgePresent', kind: 'category', label: t('LGE'), options: [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }], ordered: false, required: true },
    { key: 'lgeSegments', kind: 'segments', label: t('segments'), required: true, when: { field: 'lgePresent', equals: 'yes' } },
    { key: 'comment', kind: 'text', label: t('comment'), maxLength: 200, required: false },
  ],
};
const RULES = [{ kind: 'absolute-difference' as const, field: 'lvEf', threshold: 5 }, { kind: 'categorical-disagreement' as const, fields: '*' as const }];

/** The spec's formulas, rounded to the field's decimals, with a body surface area of 2 m². */
const recompute: Recompute = (v) => {
  const out: Record<string, number> = {};
  const edv = v.lvEdv as number | undefined;
  const esv = v.lvEsv as number | undefined;
  if (edv !== undefined && esv !== undefined) {
    out.lvSv = roundTo(edv - esv, 1);
    out.lvEf = roundTo((100 * (edv - esv)) / edv, 1);
    out.lvSvi = roundTo(out.lvSv / 2, 1);
  }
  return out;
};

const A = { id: 'read-1', values: { lvEdv: 150, lvEsv: 60, lvSv: 90, lvEf: 60, lvSvi: 45, lvMass: 101, lgePresent: 'yes', lgeSegments: [1, 2], comment: 'A' } };
const B = { id: 'read-2', values: { lvEdv: 151, lvEsv: 61.3, lvSv: 89.7, lvEf: 59.4, lvSvi: 44.9, lvMass: 104, lgePresent: 'yes', lgeSegments: [1, 2], comment: 'B' } };

test('roundTo: half away from zero, despite binary fractions', () => {
  const cases: Array<[number, number, number]> = [[1.005, 2, 1.01], [2.5, 0, 3], [-2.5, 0, -3], [150.65, 1, 150.7], [102.5, 0, 103], [0.1 + 0.2, 1, 0.3], [59.54, 1, 59.5]];
  for (const [value, decimals, expected] of cases) assert.equal(roundTo(value, decimals), expected, `${value} to ${decimals}`);
});

test('a single read: every answered field, text included, from the read; computed fields recomputed', () => {
  const final = finalFromSingleRead(FORM, { id: 'r', values: { ...A.values, lvEf: 12 } }, recompute);
  assert.equal(final.values.lvEf, 60);
  assert.equal(final.values.comment, 'A');
  assert.deepEqual(final.provenance.lvEdv, { source: 'single-read', reads: ['r'] });
  assert.deepEqual(final.provenance.lvEf, { source: 'single-read', reads: ['r'], computedFrom: ['lvEdv', 'lvEsv'] });
  assert.deepEqual(final.provenance.lvSvi!.computedFrom, ['lvSv']);
});

test('two agreeing reads: numbers averaged and rounded to the field decimals, categories and segments agreed, text dropped', () => {
  assert.deepEqual(findDiscordances(FORM, RULES, A.values, B.values), []);
  const final = finalFromTwoReads(FORM, A, B, [], [], recompute);
  assert.deepEqual(final.values, { lvEdv: 150.5, lvEsv: 60.7, lvSv: 89.8, lvEf: 59.7, lvSvi: 44.9, lvMass: 103, lgePresent: 'yes', lgeSegments: [1, 2] });
  assert.equal(final.provenance.lvMass!.source, 'mean-of-reads');
  assert.deepEqual(final.provenance.lgeSegments, { source: 'agreed', reads: ['read-1', 'read-2'] });
  assert.deepEqual(final.provenance.lvSvi, { source: 'mean-of-reads', reads: ['read-1', 'read-2'], computedFrom: ['lvSv'] });
  assert.equal(final.provenance.comment, undefined);
});

const C = { id: 'read-3', values: { lvEdv: 150, lvEsv: 80, lvEf: 46.7, lvSv: 70, lvSvi: 35, lvMass: 100, lgePresent: 'no' } };

test('an adjudicated lvEf takes the chosen read’s volumes; categories as decided; values entered with their reason', () => {
  const discordances = findDiscordances(FORM, RULES, A.values, C.values);
  assert.deepEqual(discordances.map((d) => d.field), ['lvEf', 'lgePresent', 'lgeSegments']);
  const decisions: Decision[] = [
    { field: 'lvEf', choice: 'read-b', reason: 'A missed the basal slice' },
    { field: 'lgePresent', choice: 'value', value: 'yes', reason: 'subtle enhancement' },
    { field: 'lgeSegments', choice: 'value', value: [2], reason: 'only segment 2' },
  ];
  const final = finalFromTwoReads(FORM, A, C, discordances, decisions, recompute);
  assert.deepEqual(final.values, { lvEdv: 150, lvEsv: 80, lvSv: 70, lvEf: 46.7, lvSvi: 35, lvMass: 101, lgePresent: 'yes', lgeSegments: [2] });
  assert.deepEqual(final.provenance.lvEf, { source: 'adjudication', reads: ['read-3'], reason: 'A missed the basal slice', computedFrom: ['lvEdv', 'lvEsv'] });
  assert.deepEqual(final.provenance.lvEsv, { source: 'adjudication', reads: ['read-3'], reason: 'follows the decision on lvEf: A missed the basal slice' });
  assert.equal(final.provenance.lvSvi!.source, 'adjudication');
  assert.deepEqual(final.provenance.lgeSegments, { source: 'adjudication', reads: [], reason: 'only segment 2' });
  assert.equal(final.provenance.lvMass!.source, 'mean-of-reads');
});

test('decisions that contradict through a computed field are refused', () => {
  // lvEdv answered differently and decided from read A, lvEf (computed from it) from read B.
  const D = { id: 'read-4', values: { ...C.values, lvEdv: 170 } };
  const discordances = [...findDiscordances(FORM, RULES, A.values, D.values), { field: 'lvEdv', rule: 'answered-in-one-read' as const, a: 150, b: 170, difference: null, threshold: null }];
  const decisions: Decision[] = [
    { field: 'lvEf', choice: 'read-b', reason: 'y' },
    { field: 'lvEdv', choice: 'read-a', reason: 'x' },
    { field: 'lgePresent', choice: 'read-a', reason: 'z' },
    { field: 'lgeSegments', choice: 'read-a', reason: 'z' },
  ];
  assert.throws(
    () => finalFromTwoReads(FORM, A, D, discordances, decisions, recompute),
    (e: unknown) => e instanceof DomainError && e.code === 'adjudication.conflicting-decisions' && /lvEdv/.test(e.message),
  );
  // The same choice for both is consistent.
  const same = decisions.map((d) => (d.field === 'lvEdv' ? { ...d, choice: 'read-b' as const } : d));
  assert.equal(finalFromTwoReads(FORM, A, D, discordances, same, recompute).values.lvEdv, 170);
});

test('computed fields of the cardiac MR form: differences, ejection fractions and indexed values, absent without an input', () => {
  const entered = { lvEdv: 152, lvEsv: 61.5, lvMass: 102, rvEdv: 160, rvEsv: 70 };
  const bsa = Math.sqrt((175 * 70) / 3600); // 1.8447 m²
  assert.deepEqual(computeFields(CARDIAC_MR_FORM, entered, bsa), {
    lvSv: 90.5,
    lvEf: 59.5,
    rvSv: 90,
    rvEf: 56.3,
    lvEdvi: 82.4,
    lvEsvi: 33.3,
    lvSvi: 49.1,
    lvMassi: 55.3,
    rvEdvi: 86.7,
    rvEsvi: 37.9,
  });
  assert.deepEqual(computeFields(CARDIAC_MR_FORM, { lvEdv: 150, lvEsv: 60 }, undefined), { lvSv: 90, lvEf: 60 });
  assert.deepEqual(computeFields(CARDIAC_MR_FORM, { lvEdv: 150 }, 2), { lvEdvi: 75 });
});
