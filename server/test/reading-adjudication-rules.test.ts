// The adjudication rules on two reads and the checks of the adjudicator's decisions, table-driven.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkConditions, checkDecisions, checkFieldValue } from '../src/reading/adjudication/decisions.ts';
import type { Decision } from '../src/reading/adjudication/final-values.ts';
import type { AdjudicationRule, FormDefinition, ReadValues } from '../src/reading/adjudication/form-types.ts';
import { findDiscordances, type Discordance } from '../src/reading/adjudication/rules.ts';

const t = (en: string) => ({ en, fr: en });
export const FORM: FormDefinition = {
  name: 'test form',
  fields: [
    { key: 'lvEdv', kind: 'number', label: t('LVEDV'), unit: 'mL', min: 10, max: 600, decimals: 0, required: true },
    { key: 'lvEsv', kind: 'number', label: t('LVESV'), unit: 'mL', min: 5, max: 500, decimals: 0, required: true },
    { key: 'lvEf', kind: 'number', label: t('LVEF'), unit: '%', min: 0, max: 100, decimals: 1, required: false, computed: { op: 'ejection-fraction', of: ['lvEdv', 'lvEsv'] } },
    { key: 'lvMass', kind: 'number', label: t('LV mass'), unit: 'g', min: 20, max: 400, decimals: 1, required: false },
    { key: 'offset', kind: 'number', label: t('offset'), unit: 'mm', min: -10, max: 10, decimals: 1, required: false },
    { key: 'lgePresent', kind: 'category', label: t('LGE'), options: [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }], ordered: false, required: true },
    { key: 'lgePattern', kind: 'category', label: t('pattern'), options: [{ value: 'mid-wall', label: t('mid') }, { value: 'diffuse', label: t('diffuse') }], ordered: false, required: true, when: { field: 'lgePresent', equals: 'yes' } },
    { key: 'lgeSegments', kind: 'segments', label: t('segments'), required: false, when: { field: 'lgePresent', equals: 'yes' } },
    { key: 'comment', kind: 'text', label: t('comment'), maxLength: 20, required: false },
  ],
};
const RULES: AdjudicationRule[] = [
  { kind: 'absolute-difference', field: 'lvEf', threshold: 5 },
  { kind: 'relative-difference', field: 'lvMass', thresholdPercent: 10 },
  { kind: 'relative-difference', field: 'offset', thresholdPercent: 10 },
  { kind: 'categorical-disagreement', fields: '*' },
];
const BASE: ReadValues = { lvEdv: 150, lvEsv: 60, lvEf: 60, lvMass: 100, lgePresent: 'no', comment: 'fine' };

const cases: Array<{ name: string; a?: ReadValues; b: ReadValues; expected: Array<Partial<Discordance>> }> = [
  { name: 'identical reads', b: BASE, expected: [] },
  { name: 'texts differ: never compared', b: { ...BASE, comment: 'another text' }, expected: [] },
  { name: 'LVEF 5 points apart: not more than the threshold', b: { ...BASE, lvEf: 55 }, expected: [] },
  { name: 'LVEF 5.1 points apart', b: { ...BASE, lvEf: 54.9 }, expected: [{ field: 'lvEf', rule: 'absolute-difference', a: 60, b: 54.9, threshold: 5 }] },
  { name: 'numbers without a rule differ: averaged, not discordant', b: { ...BASE, lvEdv: 170 }, expected: [] },
  { name: 'LV mass 10 % of the mean apart: not more', a: { ...BASE, lvMass: 95 }, b: { ...BASE, lvMass: 105 }, expected: [] },
  { name: 'LV mass 11.8 % of the mean apart', a: { ...BASE, lvMass: 90 }, b: { ...BASE, lvMass: 101 }, expected: [{ field: 'lvMass', rule: 'relative-difference', threshold: 10 }] },
  { name: 'relative difference around a zero mean', a: { ...BASE, offset: -1 }, b: { ...BASE, offset: 1 }, expected: [{ field: 'offset', rule: 'relative-difference', difference: null }] },
  { name: 'a number answered in one read only', b: { lvEdv: 150, lvEsv: 60, lvEf: 60, lgePresent: 'no' }, expected: [{ field: 'lvMass', rule: 'answered-in-one-read', a: 100, b: null }] },
  {
    name: 'LGE present in one read: presence, pattern and segments discordant',
    b: { ...BASE, lgePresent: 'yes', lgePattern: 'mid-wall', lgeSegments: [3, 4] },
    expected: [
      { field: 'lgePresent', rule: 'categorical-disagreement', a: 'no', b: 'yes' },
      { field: 'lgePattern', rule: 'categorical-disagreement', a: null, b: 'mid-wall' },
      { field: 'lgeSegments', rule: 'categorical-disagreement', a: null, b: [3, 4] },
    ],
  },
  { name: 'same segments', a: { ...BASE, lgePresent: 'yes', lgePattern: 'diffuse', lgeSegments: [1, 7] }, b: { ...BASE, lgePresent: 'yes', lgePattern: 'diffuse', lgeSegments: [1, 7] }, expected: [] },
  { name: 'different segments', a: { ...BASE, lgePresent: 'yes', lgePattern: 'diffuse', lgeSegments: [1, 7] }, b: { ...BASE, lgePresent: 'yes', lgePattern: 'diffuse', lgeSegments: [1, 8] }, expected: [{ field: 'lgeSegments', rule: 'categorical-disagreement' }] },
  { name: 'a computed field absent in one read is left to its inputs', b: { ...BASE, lvEf: undefined as never }, expected: [] },
];

for (const c of cases) {
  test(`rules: ${c.name}`, () => {
    const b = Object.fromEntries(Object.entries(c.b).filter(([, v]) => v !== undefined));
    const found = findDiscordances(FORM, RULES, c.a ?? BASE, b);
    assert.equal(found.length, c.expected.length, JSON.stringify(found));
    c.expected.forEach((e, i) => {
      for (const [k, v] of Object.entries(e)) assert.deepEqual(found[i]![k as keyof Discordance], v, `${e.field}.${k}`);
    });
  });
}

test('rules: the difference reported is |a − b|, or its percent of the mean', () => {
  const [ef] = findDiscordances(FORM, RULES, BASE, { ...BASE, lvEf: 52 });
  assert.equal(ef!.difference, 8);
  const [mass] = findDiscordances(FORM, RULES, { ...BASE, lvMass: 90 }, { ...BASE, lvMass: 110 });
  assert.equal(mass!.difference, 20);
});

test('rules: the first rule that fires names a field once', () => {
  const rules: AdjudicationRule[] = [{ kind: 'absolute-difference', field: 'lvMass', threshold: 5 }, { kind: 'relative-difference', field: 'lvMass', thresholdPercent: 1 }];
  const found = findDiscordances(FORM, rules, BASE, { ...BASE, lvMass: 110 });
  assert.deepEqual(found.map((d) => [d.field, d.rule]), [['lvMass', 'absolute-difference']]);
});

const discordant: Discordance[] = [
  { field: 'lvEf', rule: 'absolute-difference', a: 60, b: 50, difference: 10, threshold: 5 },
  { field: 'lgePresent', rule: 'categorical-disagreement', a: 'no', b: 'yes', difference: null, threshold: null },
  { field: 'lvMass', rule: 'relative-difference', a: 90, b: 110, difference: 20, threshold: 10 },
];
const good: Decision[] = [
  { field: 'lvEf', choice: 'read-a', reason: 'B traced the basal slice as ventricle' },
  { field: 'lgePresent', choice: 'value', value: 'no', reason: 'artefact, not enhancement' },
  { field: 'lvMass', choice: 'value', value: 101.5, reason: 'recontoured' },
];
const decisionCases: Array<{ name: string; decisions: Decision[]; codes: Array<[string, string]> }> = [
  { name: 'every discordant field decided', decisions: good, codes: [] },
  { name: 'a field left undecided', decisions: good.slice(1), codes: [['lvEf', 'undecided']] },
  { name: 'a field not on the form', decisions: [...good, { field: 'rvMass', choice: 'read-a', reason: 'x' }], codes: [['rvMass', 'unknown-field']] },
  { name: 'a field the reads agree on', decisions: [...good, { field: 'lvEdv', choice: 'read-a', reason: 'x' }], codes: [['lvEdv', 'not-discordant']] },
  { name: 'a field decided twice', decisions: [...good, good[0]!], codes: [['lvEf', 'duplicate-decision']] },
  { name: 'a blank reason', decisions: [{ ...good[0]!, reason: '  ' }, ...good.slice(1)], codes: [['lvEf', 'reason-required']] },
  { name: 'a value out of range', decisions: [good[0]!, good[1]!, { ...good[2]!, value: 500 }], codes: [['lvMass', 'out-of-range']] },
  { name: 'a value with too many decimals', decisions: [good[0]!, good[1]!, { ...good[2]!, value: 101.25 }], codes: [['lvMass', 'too-many-decimals']] },
  { name: 'a text for a number', decisions: [good[0]!, good[1]!, { ...good[2]!, value: '101' }], codes: [['lvMass', 'not-a-number']] },
  { name: 'a category that is no option', decisions: [good[0]!, { ...good[1]!, value: 'maybe' }, good[2]!], codes: [['lgePresent', 'not-an-option']] },
  { name: 'the choice "value" without a value', decisions: [good[0]!, { field: 'lgePresent', choice: 'value', reason: 'x' }, good[2]!], codes: [['lgePresent', 'value-required']] },
  { name: 'a value with a read chosen', decisions: [{ ...good[0]!, value: 58 }, good[1]!, good[2]!], codes: [['lvEf', 'value-not-expected']] },
  { name: 'a value for a computed field', decisions: [{ ...good[0]!, choice: 'value', value: 58 }, good[1]!, good[2]!], codes: [['lvEf', 'computed-field-value']] },
];
for (const c of decisionCases) {
  test(`decisions: ${c.name}`, () => {
    assert.deepEqual(checkDecisions(FORM, discordant, c.decisions).map((e) => [e.field, e.code]), c.codes);
  });
}

test('field values: segments, texts, numbers at their limits', () => {
  const field = (key: string) => FORM.fields.find((f) => f.key === key)!;
  assert.equal(checkFieldValue(field('lgeSegments'), [1, 17]), undefined);
  for (const bad of [[], [0], [18], [3, 2], [2, 2], [1.5], 'x']) assert.equal(checkFieldValue(field('lgeSegments'), bad as never)?.code, 'invalid-segments', JSON.stringify(bad));
  assert.equal(checkFieldValue(field('comment'), 'x'.repeat(21))?.code, 'too-long');
  assert.equal(checkFieldValue(field('lvEdv'), 10), undefined);
  assert.equal(checkFieldValue(field('lvEdv'), 600), undefined);
  assert.equal(checkFieldValue(field('lvEdv'), 9)?.code, 'out-of-range');
  assert.equal(checkFieldValue(field('lvMass'), 100.3), undefined);
});

test("conditions: a pattern only when LGE is present, and then required", () => {
  assert.deepEqual(checkConditions(FORM, { lgePresent: 'no', lgePattern: 'diffuse' }).map((e) => [e.field, e.code]), [['lgePattern', 'not-applicable']]);
  assert.deepEqual(checkConditions(FORM, { lgePresent: 'yes' }).map((e) => [e.field, e.code]), [['lgePattern', 'required']]);
  assert.deepEqual(checkConditions(FORM, { lgePresent: 'yes', lgePattern: 'diffuse' }), []);
});
