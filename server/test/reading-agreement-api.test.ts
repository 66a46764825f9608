// The agreement API with real reads: before any read a clear "not enough reads" state; after two
// readers read five exams (and re-read the sampled ones), ICC and Bland–Altman on a number field and
// kappa on a category field, all pairs and per reader pair, read vs re-read per reader; refusals for
// fields that cannot be compared; the CSV export on the audit trail.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { blandAltman, cohensKappa, intraclassCorrelation } from '../src/reading/agreement/index.ts';
import { DEFAULT_DESIGN } from '../src/reading/design-definition.ts';
import type { ReadValues } from '../src/reading/form-definition.ts';
import { api } from './qc-review-fixtures.ts';
import { auditOf, createReadingWorld, passedExam, readExam, values, type ReadingWorld } from './reading-adjudication-fixtures.ts';

let w: ReadingWorld;
const exams: Array<{ study: string; examId: string }> = [];
// Per exam: reader 1's and reader 2's LVEDV, LVESV and LGE; close enough that no adjudication opens.
const PLAN: Array<[[number, number, string], [number, number, string]]> = [
  [[150, 60, 'no'], [152, 62, 'no']],
  [[120, 50, 'no'], [118, 49, 'no']],
  [[200, 110, 'yes'], [205, 112, 'yes']],
  [[90, 30, 'no'], [95, 33, 'no']],
  [[175, 80, 'yes'], [170, 78, 'yes']],
];
const lge = (present: string): ReadValues => (present === 'yes' ? { lgePresent: 'yes', lgePattern: 'mid-wall', lgeSegments: [3] } : { lgePresent: 'no' });
const ef = (edv: number, esv: number) => Math.round((1000 * (edv - esv)) / edv) / 10;

type Comparison = { kind: string; scope: string; label: string; n: number; status: string; reason: string | null; icc: { estimates: Array<{ form: string; value: number }> } | null; blandAltman: { bias: number; sd: number; lowerLimit: number; upperLimit: number } | null; kappa: Array<{ weights: string; kappa: number }>; problems: Array<{ code: string }> };
const agreement = async (field: string, who = 'manager') => {
  const r = await api(w, w.s[who]!, 'GET', `/reading/agreement?field=${field}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as { field: string; kind: string; unit: string | null; inter: Comparison[]; intra: Comparison[] };
};

before(async () => {
  w = await createReadingWorld({ ...DEFAULT_DESIGN, reread: { percent: 50, washoutDays: 0 } });
  for (let i = 0; i < PLAN.length; i++) exams.push(await passedExam(w));
});
after(() => w.platform.close());

test('before any read: every comparison says there are not enough reads, with a 200', async () => {
  const a = await agreement('lvEf');
  assert.equal(a.kind, 'number');
  assert.equal(a.unit, '%');
  assert.deepEqual(a.inter.map((c) => [c.scope, c.status, c.n]), [['all', 'not-enough-reads', 0]]);
  assert.deepEqual(a.intra.map((c) => [c.scope, c.status, c.n]), [['all', 'not-enough-reads', 0]]);
  assert.match(a.inter[0]!.reason!, /0 pairs of reads; at least 3/);
});

test('after the reads: ICC and Bland–Altman on LVEF, all pairs and reader 1 vs reader 2 (reader 1 as A)', async () => {
  // Slots alternate between the readers; reader 1 re-reads the first three exams, reader 2 the first.
  const reread = (v: ReadValues, delta: number): ReadValues => ({ ...v, lvEdv: (v.lvEdv as number) + delta, lvEsv: (v.lvEsv as number) + 1 });
  for (const [i, [[e1, s1, l1], [e2, s2, l2]]] of PLAN.entries()) {
    const one = { reader: 'reader1', values: { ...values(e1, s1, 100), ...lge(l1) } };
    const two = { reader: 'reader2', values: { ...values(e2, s2, 100), ...lge(l2) } };
    await readExam(w, exams[i]!, i % 2 === 0 ? [one, two] : [two, one]);
    if (i < 3) await readExam(w, exams[i]!, [{ ...one, values: reread(one.values, 2 + i), kind: 'reread' }]);
    if (i === 0) await readExam(w, exams[i]!, [{ ...two, values: reread(two.values, 3), kind: 'reread' }]);
  }
  assert.equal(Number((await w.platform.services.db.selectFrom('adjudication_task').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n), 0);
  const a = await agreement('lvEf');
  const r1 = PLAN.map(([[edv, esv]]) => ef(edv, esv));
  const r2 = PLAN.map(([, [edv, esv]]) => ef(edv, esv));
  const [all, pair] = a.inter;
  assert.equal(all!.n, 5);
  assert.equal(all!.status, 'ok');
  // Slot 1 against slot 2, whoever read them (reader 1 took slot 1 of the 1st, 3rd and 5th exams).
  const expected = intraclassCorrelation(r1.map((x, i) => (i % 2 === 0 ? [x, r2[i]!] : [r2[i]!, x])));
  for (const e of expected.estimates) assert.ok(Math.abs(all!.icc!.estimates.find((x) => x.form === e.form)!.value - e.value) < 1e-12, e.form);
  assert.equal(pair!.label, 'Rachel Lectrice vs Romain Lecteur');
  const ba = blandAltman(r1, r2);
  assert.ok(Math.abs(pair!.blandAltman!.bias - ba.bias) < 1e-12);
  assert.ok(Math.abs(pair!.blandAltman!.upperLimit - ba.upperLimit) < 1e-12);
});

test('intra-reader: each reader against their re-reads, pooled and per reader; too few for one reader', async () => {
  const a = await agreement('lvEdv');
  const [all, reader1, reader2] = a.intra;
  assert.deepEqual([all!.n, all!.status], [4, 'ok']);
  // Re-reads 2, 3, 4 and 3 mL higher: a bias of −3 (read − re-read).
  assert.ok(Math.abs(all!.blandAltman!.bias + 3) < 1e-9);
  assert.deepEqual([reader1!.label, reader1!.n, reader1!.status], ['Rachel Lectrice: read vs re-read', 3, 'ok']);
  const edv = PLAN.slice(0, 3).map(([[e]]) => e);
  assert.deepEqual(reader1!.icc, intraclassCorrelation(edv.map((e, i) => [e, e + 2 + i])));
  assert.deepEqual([reader2!.n, reader2!.status], [1, 'not-enough-reads']);
});

test("kappa on LGE presence (unordered: Cohen's kappa only)", async () => {
  const a = await agreement('lgePresent');
  assert.equal(a.kind, 'category');
  const [all] = a.inter;
  assert.deepEqual(all!.kappa.map((k) => k.weights), ['none']);
  const expected = cohensKappa(PLAN.map(([[, , x]]) => x), PLAN.map(([, [, , y]]) => y), { categories: ['yes', 'no', 'indeterminate'] });
  assert.ok(Math.abs(all!.kappa[0]!.kappa - expected.kappa) < 1e-12);
});

test('fields that cannot be compared are refused by name; the CSV export is audited; only the manager and the auditor', async () => {
  for (const [field, code] of [['comment', 'agreement.field-not-comparable'], ['lgeSegments', 'agreement.field-not-comparable'], ['rvMass', 'agreement.unknown-field']] as const) {
    const r = await api(w, w.s.manager!, 'GET', `/reading/agreement?field=${field}`);
    assert.equal(r.statusCode, 400, field);
    assert.equal(r.json().code, code, field);
  }
  const noField = await api(w, w.s.manager!, 'GET', '/reading/agreement');
  assert.equal(noField.json().code, 'request.invalid-querystring');
  await agreement('lvEf', 'auditor');
  for (const who of ['statistician', 'reader1', 'adjudicator']) assert.equal((await api(w, w.s[who]!, 'GET', '/reading/agreement?field=lvEf')).statusCode, 403, who);
  const csv = await api(w, w.s.manager!, 'GET', '/reading/agreement.csv?field=lvEf');
  assert.equal(csv.statusCode, 200, csv.body);
  const lines = csv.body.trim().split('\r\n');
  assert.equal(lines[0], 'field,comparison,readers,n,status,statistic,estimate,lower,upper,detail');
  assert.ok(lines.some((l) => l.startsWith('lvEf,inter-reader,all,5,ok,ICC2,')));
  assert.ok(lines.some((l) => l.startsWith('lvEf,inter-reader,Rachel Lectrice vs Romain Lecteur,5,ok,bias,')));
  const [event] = await auditOf(w, 'reading.agreement-exported');
  assert.equal(JSON.parse(event!.details).field, 'lvEf');
  assert.equal(event!.actor_role, 'core_lab_manager');
});
