// The pure rules of queries: every state × action, due dates, overdue, the automatic question.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../src/platform/domain-error.ts';
import { addDays, checkDueDate, conformanceQuestion, nextState, type QueryAction, type QueryState } from '../src/qc/query-rules.ts';

test('every state × action: the next state or the specific refusal', () => {
  const table: Array<[QueryState, QueryAction, QueryState | string]> = [
    ['open', 'reply', 'answered'],
    ['answered', 'reply', 'answered'],
    ['closed', 'reply', 'query.closed'],
    ['open', 'resubmission', 'answered'],
    ['closed', 'resubmission', 'query.closed'],
    ['open', 'close', 'query.not-answered'],
    ['answered', 'close', 'closed'],
    ['closed', 'close', 'query.already-closed'],
    ['open', 'reopen', 'query.already-open'],
    ['answered', 'reopen', 'open'],
    ['closed', 'reopen', 'open'],
  ];
  for (const [state, action, expected] of table) {
    const result = nextState(state, action);
    if (result instanceof DomainError) {
      assert.equal(result.code, expected, `${state} × ${action}`);
      assert.equal(result.kind, 'conflict');
    } else assert.equal(result, expected, `${state} × ${action}`);
  }
});

test('due dates: a real day, not past, at most 365 days ahead', () => {
  assert.equal(checkDueDate('2025-03-01', '2025-03-01'), '2025-03-01');
  assert.equal(checkDueDate('2026-03-01', '2025-03-01'), '2026-03-01');
  const refusals: Array<[string, string]> = [
    ['2025-02-29', 'query.invalid-due-date'],
    ['2025-13-01', 'query.invalid-due-date'],
    ['25-03-01', 'query.invalid-due-date'],
    ['2025-02-28', 'query.due-date-past'],
    ['2026-03-02', 'query.due-date-too-far'],
  ];
  for (const [day, code] of refusals) assert.throws(() => checkDueDate(day, '2025-03-01'), (e: DomainError) => e.code === code && e.kind === 'invalid', day);
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-12-31', 14), '2025-01-14');
});

test('the automatic question names every failed rule with its reason, at most 50 lines', () => {
  const one = conformanceQuestion(2, [{ series: 'cine-sax', rule: 'slice-thickness', label: 'Slice thickness', reason: 'sliceThickness 10 mm is above the maximum 8 mm' }]);
  assert.match(one, /^The automatic conformance checks of submission 2 failed 1 rule:\n- cine-sax \/ Slice thickness \(slice-thickness\): sliceThickness 10 mm is above the maximum 8 mm\n/);
  const many = conformanceQuestion(1, Array.from({ length: 60 }, (_, i) => ({ series: 's', rule: `r${i}`, label: `R${i}`, reason: 'bad' })));
  assert.equal(many.split('\n').filter((l) => l.startsWith('- s /')).length, 50);
  assert.match(many, /- and 10 more/);
});
