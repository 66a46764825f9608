// The agreement API's comparisons from paired reads: grouping by reader pair and by reader, the
// orientation of A and B, the statistics passed through, and the states when they cannot be had.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blandAltman, cohensKappa, intraclassCorrelation } from '../src/reading/agreement/index.ts';
import { agreementCsv } from '../src/reading/agreement-api/agreement-csv.ts';
import { agreementComparisons, compare, MIN_PAIRS, type InterRead, type IntraRead } from '../src/reading/agreement-api/comparisons.ts';

const names = new Map([
  ['u-zoe', 'Zoé'],
  ['u-ana', 'Ana'],
  ['u-bob', 'Bob'],
]);
const NUMBER = { kind: 'number' } as const;

test('inter-reader: all pairs as slot 1 vs slot 2, then each reader pair with the first by name as A', () => {
  const inter: InterRead<number>[] = [
    { examId: 'e1', readerA: 'u-zoe', a: 60, readerB: 'u-ana', b: 55 },
    { examId: 'e2', readerA: 'u-ana', a: 50, readerB: 'u-zoe', b: 52 },
    { examId: 'e3', readerA: 'u-zoe', a: 40, readerB: 'u-ana', b: 41 },
    { examId: 'e4', readerA: 'u-bob', a: 70, readerB: 'u-ana', b: 66 },
  ];
  const { inter: [all, anaBob, anaZoe], intra } = agreementComparisons(inter, [], names, NUMBER);
  assert.equal(all!.n, 4);
  assert.equal(all!.status, 'ok');
  assert.deepEqual(all!.icc, intraclassCorrelation([[60, 55], [50, 52], [40, 41], [70, 66]]));
  assert.deepEqual(all!.blandAltman, blandAltman([60, 50, 40, 70], [55, 52, 41, 66]));
  assert.equal(anaBob!.label, 'Ana vs Bob');
  assert.equal(anaBob!.status, 'not-enough-reads');
  assert.equal(anaBob!.n, 1);
  assert.match(anaBob!.reason!, /1 pair of reads; at least 3/);
  assert.equal(anaZoe!.label, 'Ana vs Zoé');
  assert.deepEqual(anaZoe!.readers.map((r) => r.displayName), ['Ana', 'Zoé']);
  // Ana is A in every pair: 55 − 60, 50 − 52, 41 − 40.
  assert.deepEqual(anaZoe!.blandAltman!.points.map((p) => p.difference), [-5, -2, 1]);
  assert.deepEqual(intra.map((c) => [c.label, c.status, c.n]), [['All readers (read vs re-read)', 'not-enough-reads', 0]]);
});

test('intra-reader: read vs re-read pooled and per reader', () => {
  const intra: IntraRead<number>[] = [
    { examId: 'e1', readerId: 'u-bob', a: 60, b: 61 },
    { examId: 'e2', readerId: 'u-bob', a: 50, b: 48 },
    { examId: 'e3', readerId: 'u-bob', a: 45, b: 45.5 },
    { examId: 'e4', readerId: 'u-ana', a: 55, b: 57 },
  ];
  const { intra: [all, ana, bob] } = agreementComparisons([], intra, names, NUMBER);
  assert.equal(all!.n, 4);
  assert.equal(all!.kind, 'intra-reader');
  assert.deepEqual([ana!.label, ana!.status], ['Ana: read vs re-read', 'not-enough-reads']);
  assert.deepEqual([bob!.label, bob!.status, bob!.n], ['Bob: read vs re-read', 'ok', 3]);
  assert.equal(bob!.blandAltman!.bias, blandAltman([60, 50, 45], [61, 48, 45.5]).bias);
});

test('categories: unweighted kappa, and linear and quadratic when the categories are ordered', () => {
  const pairs = [
    { examId: 'e1', a: 'mild', b: 'mild' },
    { examId: 'e2', a: 'moderate', b: 'severe' },
    { examId: 'e3', a: 'none', b: 'mild' },
    { examId: 'e4', a: 'severe', b: 'severe' },
    { examId: 'e5', a: 'none', b: 'none' },
  ];
  const categories = ['none', 'mild', 'moderate', 'severe'];
  const spec = { kind: 'inter-reader' as const, scope: 'all' as const, label: 'x', readers: [], pairs };
  const ordered = compare(spec, { kind: 'category', ordered: true, categories });
  assert.deepEqual(ordered.kappa.map((k) => k.weights), ['none', 'linear', 'quadratic']);
  assert.deepEqual(ordered.kappa[2], cohensKappa(pairs.map((p) => p.a), pairs.map((p) => p.b), { weights: 'quadratic', categories }));
  const unordered = compare(spec, { kind: 'category', ordered: false, categories });
  assert.deepEqual(unordered.kappa.map((k) => k.weights), ['none']);
  assert.equal(unordered.icc, null);
});

test('statistics that cannot be computed give a reason, not an error', () => {
  const same = Array.from({ length: MIN_PAIRS }, (_, i) => ({ examId: `e${i}`, a: 'yes', b: 'yes' }));
  const c = compare({ kind: 'inter-reader', scope: 'all', label: 'x', readers: [], pairs: same }, { kind: 'category', ordered: false, categories: ['yes', 'no'] });
  assert.equal(c.status, 'not-computable');
  assert.deepEqual(c.problems.map((p) => [p.statistic, p.code]), [['kappa', 'agreement.constant-ratings']]);
  assert.ok(c.reason!.length > 10);
  const flat = compare({ kind: 'inter-reader', scope: 'all', label: 'x', readers: [], pairs: [1, 2, 3].map((i) => ({ examId: `e${i}`, a: 50, b: 50 })) }, NUMBER);
  assert.equal(flat.status, 'not-computable');
  assert.ok(flat.problems.some((p) => p.statistic === 'icc'));
});

test('the CSV keeps negative figures as numbers and a reason where a statistic is missing', () => {
  const inter: InterRead<number>[] = [50, 60, 70, 80].map((x, i) => ({ examId: `e${i}`, readerA: 'u-ana', a: x, readerB: 'u-zoe', b: x + 2 + (i % 2) }));
  const comparisons = agreementComparisons(inter, [], names, NUMBER);
  const csv = agreementCsv({ field: 'lvEf', kind: 'number', unit: '%', formVersion: 1, generatedAt: '2026-11-23T00:00:00.000Z', ...comparisons });
  const lines = csv.trim().split('\r\n');
  const bias = lines.find((l) => l.startsWith('lvEf,inter-reader,all,4,ok,bias,'))!.split(',');
  assert.equal(Number(bias[6]), -2.5);
  assert.ok(lines.some((l) => l === 'lvEf,intra-reader,all,0,not-enough-reads,,,,,0 pairs of reads; at least 3 are needed'));
  assert.ok(lines.some((l) => l.startsWith('lvEf,inter-reader,Ana vs Zoé,4,ok,ICC3,')));
});
