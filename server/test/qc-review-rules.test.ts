// The pure rules of the QC review: the series to grade and their artefacts, a grade against the
// checklist, the verdict against the grades, and the exam state each verdict gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARDIAC_MR_CHECKLIST } from '../src/qc/cardiac-mr-protocol.ts';
import type { ChecklistDefinition } from '../src/qc/checklist-definition.ts';
import { stateAfterChecks } from '../src/qc/exam-states.ts';
import { DomainError } from '../src/platform/domain-error.ts';
import { checkGrade, checkVerdict, seriesToGrade, STATE_AFTER_VERDICT, ungraded, type GradeInput, type ReviewVerdict, type StoredGrade } from '../src/qc/review-rules.ts';

const run = [
  { name: 'cine-sax', label: 'Cine SAX', seriesInstanceUid: '1.1', seriesNumber: 201, seriesDescription: 'cine sax' },
  { name: 'cine-4ch', label: '4CH', seriesInstanceUid: null, seriesNumber: null, seriesDescription: null },
  { name: 'lge-sax', label: 'LGE', seriesInstanceUid: '1.3', seriesNumber: 301, seriesDescription: 'lge' },
];
const toGrade = seriesToGrade(run, CARDIAC_MR_CHECKLIST);

test('the series to grade are those the latest run found, each with the artefacts the checklist allows on it', () => {
  assert.deepEqual(toGrade.map((s) => s.name), ['cine-sax', 'lge-sax']);
  assert.ok(toGrade[0]!.artefacts.includes('off-resonance') && !toGrade[0]!.artefacts.includes('inadequate-nulling'));
  assert.ok(toGrade[1]!.artefacts.includes('inadequate-nulling') && !toGrade[1]!.artefacts.includes('off-resonance'));
  assert.ok(toGrade.every((s) => s.artefacts.includes('respiratory-motion')));
});

test('a grade is checked against the checklist, each refusal with its code and field', () => {
  const strict: ChecklistDefinition = { ...CARDIAC_MR_CHECKLIST, commentRequiredFor: ['acceptable', 'poor', 'non-diagnostic'], commentMaxLength: 10 };
  const cases: Array<[string, GradeInput, ChecklistDefinition, string | null]> = [
    ['cine-sax', { grade: 'good', artefacts: [] }, CARDIAC_MR_CHECKLIST, null],
    ['cine-sax', { grade: 'poor', artefacts: ['metal'], comment: 'susceptibility' }, CARDIAC_MR_CHECKLIST, null],
    ['cine-4ch', { grade: 'good', artefacts: [] }, CARDIAC_MR_CHECKLIST, 'review.unknown-series'],
    ['cine-sax', { grade: 'good', artefacts: ['metal', 'halo'] }, CARDIAC_MR_CHECKLIST, 'review.unknown-artefact'],
    ['lge-sax', { grade: 'good', artefacts: ['off-resonance'] }, CARDIAC_MR_CHECKLIST, 'review.artefact-not-applicable'],
    ['cine-sax', { grade: 'non-diagnostic', artefacts: [] }, CARDIAC_MR_CHECKLIST, 'review.comment-required'],
    ['cine-sax', { grade: 'acceptable', artefacts: [] }, CARDIAC_MR_CHECKLIST, null],
    ['cine-sax', { grade: 'acceptable', artefacts: [] }, strict, 'review.comment-required'],
    ['cine-sax', { grade: 'acceptable', artefacts: [], comment: 'eleven char' }, strict, 'review.comment-too-long'],
    ['cine-sax', { grade: 'acceptable', artefacts: [], comment: '  ten chars!  '.trim().slice(0, 10) }, strict, null],
  ];
  for (const [series, input, checklist, code] of cases) {
    const label = `${series} ${JSON.stringify(input)} → ${code}`;
    if (code === null) assert.doesNotThrow(() => checkGrade(toGrade, series, input, checklist), label);
    else assert.throws(() => checkGrade(toGrade, series, input, checklist), (e: DomainError) => e.code === code && e.kind === 'invalid', label);
  }
  assert.deepEqual(checkGrade(toGrade, 'cine-sax', { grade: 'good', artefacts: [], comment: '   ' }, CARDIAC_MR_CHECKLIST), { grade: 'good', artefacts: [], comment: undefined });
  assert.equal((() => { try { checkGrade(toGrade, 'lge-sax', { grade: 'good', artefacts: ['metal', 'off-resonance'] }, CARDIAC_MR_CHECKLIST); } catch (e) { return (e as DomainError).extra.field; } })(), '/artefacts/1');
});

test('the verdict: reasons, every series graded (on the series the latest run checked), no pass with a non-diagnostic series', () => {
  const good: StoredGrade[] = [{ seriesName: 'cine-sax', seriesInstanceUid: '1.1', grade: 'good' }, { seriesName: 'lge-sax', seriesInstanceUid: '1.3', grade: 'acceptable' }];
  const stale: StoredGrade[] = [{ seriesName: 'cine-sax', seriesInstanceUid: '1.0', grade: 'good' }, good[1]!];
  const unusable: StoredGrade[] = [good[0]!, { seriesName: 'lge-sax', seriesInstanceUid: '1.3', grade: 'non-diagnostic' }];
  const cases: Array<[StoredGrade[], ReviewVerdict, string | undefined, string | null]> = [
    [good, 'pass', undefined, null],
    [good, 'pass-with-remarks', 'slight motion', null],
    [good, 'pass-with-remarks', undefined, 'review.reason-required'],
    [good, 'fail', '  ', 'review.reason-required'],
    [good.slice(0, 1), 'pass', undefined, 'review.series-not-graded'],
    [stale, 'pass', undefined, 'review.series-not-graded'],
    [unusable, 'pass', undefined, 'review.verdict-contradicts-grades'],
    [unusable, 'pass-with-remarks', 'LGE unreadable', 'review.verdict-contradicts-grades'],
    [unusable, 'fail', 'LGE unreadable', null],
  ];
  for (const [grades, verdict, reason, code] of cases) {
    const label = `${verdict} ${JSON.stringify(grades)} → ${code}`;
    if (code === null) assert.doesNotThrow(() => checkVerdict(toGrade, grades, verdict, reason), label);
    else assert.throws(() => checkVerdict(toGrade, grades, verdict, reason), (e: DomainError) => e.code === code, label);
  }
  assert.deepEqual(ungraded(toGrade, stale), ['cine-sax']);
});

test('exam states: each verdict, and a submission during a review', () => {
  assert.deepEqual(STATE_AFTER_VERDICT, { pass: 'qc-passed', 'pass-with-remarks': 'qc-passed-with-remarks', fail: 'qc-failed' });
  const table: Array<['pass' | 'fail', string | undefined, string]> = [
    ['pass', undefined, 'awaiting-review'],
    ['fail', undefined, 'checks-failed'],
    ['pass', 'checks-failed', 'awaiting-review'],
    ['pass', 'qc-failed', 'awaiting-review'],
    ['pass', 'in-review', 'in-review'],
    ['fail', 'in-review', 'checks-failed'],
  ];
  for (const [verdict, previous, expected] of table) assert.equal(stateAfterChecks(verdict, previous), expected, `${verdict} after ${previous}`);
});
