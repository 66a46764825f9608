// The chain check alone, table-driven on synthetic chains: each kind of damage is one problem,
// named at the right event, without a cascade down the rest of the chain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventHash, GENESIS_HASH } from '../src/canonical.ts';
import { ChainCheck } from '../src/chain-check.ts';
import type { EventLine, FullEventLine } from '../src/export-format.ts';
import { ProblemLog, type Problem } from '../src/report.ts';

function chain(n: number, details = '{}'): FullEventLine[] {
  const events: FullEventLine[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields = {
      seq: String(i), occurredAtMs: 1_700_000_000_000 + i, actorUserId: null, actorRole: 'system', organisationId: null, projectId: null,
      action: 'test.event', targetType: 'thing', targetId: String(i), reason: null, beforeDigest: null, afterDigest: null, details, requestId: null,
    };
    const hash = eventHash(prevHash, fields);
    events.push({ type: 'event', redacted: false, ...fields, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

const redact = (e: FullEventLine): EventLine => ({ type: 'event', redacted: true, seq: e.seq, prevHash: e.prevHash, hash: e.hash });

interface Run {
  problems: readonly Problem[];
  check: ChainCheck;
}

function run(events: EventLine[], head = { seq: events.at(-1)?.seq ?? '0', hash: events.at(-1)?.hash ?? GENESIS_HASH }, checkpoints: Array<{ seq: string; hash: string }> = []): Run {
  const log = new ProblemLog();
  const check = new ChainCheck(log, new Set(checkpoints.map((c) => c.seq)));
  events.forEach((e, i) => check.push(e, i + 2));
  check.finish(head);
  for (const c of checkpoints) check.matchCheckpoint(c.seq, c.hash, 1000);
  return { problems: log.kept, check };
}

const good = chain(10);
const at = (seq: number) => good[seq - 1]!;

test('an untouched chain verifies, in full or redacted, and so does an empty one', () => {
  assert.deepEqual(run(good).problems, []);
  const mixed = good.map((e, i) => (i % 3 === 0 ? redact(e) : e));
  const { problems, check } = run(mixed);
  assert.deepEqual(problems, []);
  assert.deepEqual([check.full, check.linkOnly], [6, 4]);
  assert.deepEqual(run([]).problems, []);
  assert.deepEqual(run(good, undefined, [{ seq: '4', hash: at(4).hash }, { seq: '10', hash: at(10).hash }]).problems, []);
});

test('each kind of damage is one problem, named at its event', () => {
  const forged = { ...at(5), reason: 'forged', prevHash: at(4).hash };
  const cases: Array<[string, EventLine[], Array<[string, string]>, { seq: string; hash: string }?, Array<{ seq: string; hash: string }>?]> = [
    ['content altered', good.map((e) => (e.seq === '4' ? { ...e, targetId: 'x' } : e)), [['altered', '4']]],
    ['one event removed', good.filter((e) => e.seq !== '6'), [['missing', '6']]],
    ['several events removed', good.filter((e) => !['3', '4', '5'].includes(e.seq)), [['missing', '3']]],
    ['two neighbours swapped', [at(1), at(2), at(4), at(3), ...good.slice(4)], [['reordered', '3']]],
    ['an event moved far ahead', [at(1), at(2), at(7), at(3), at(4), at(5), at(6), ...good.slice(7)], [['reordered', '3']]],
    ['a forged event inserted before the real one', [...good.slice(0, 4), { ...forged, hash: eventHash(at(4).hash, forged) }, ...good.slice(4)], [['duplicate', '5'], ['link-broken', '6']]],
    ['an event replaced by one from another chain: both its links break', good.map((e) => (e.seq === '5' ? chain(5, '{"x":1}')[4]! : e)), [['link-broken', '5'], ['link-broken', '6']]],
    ['a redacted event whose hash was changed', good.map((e) => (e.seq === '5' ? { ...redact(e), hash: 'f'.repeat(64) } : e)), [['link-broken', '6']]],
    ['the head beyond the last event (cut short)', good.slice(0, 8), [['missing', '9']], { seq: '10', hash: at(10).hash }],
    ['events after the recorded head', good, [['beyond-head', '9']], { seq: '8', hash: at(8).hash }],
    ['the last event is not the recorded head', good, [['head-mismatch', '10']], { seq: '10', hash: 'e'.repeat(64) }],
    ['a signed checkpoint that does not match its event', good, [['checkpoint-mismatch', '5']], undefined, [{ seq: '5', hash: 'f'.repeat(64) }]],
    ['a signed checkpoint beyond the last event', good.slice(0, 8), [['missing', '9']], { seq: '8', hash: at(8).hash }, [{ seq: '9', hash: at(9).hash }]],
  ];
  for (const [name, events, expected, head, checkpoints] of cases) {
    const { problems } = run(events, head, checkpoints);
    assert.deepEqual(problems.map((p) => [p.kind, p.seq]), expected, `${name}: ${problems.map((p) => p.message).join(' | ')}`);
  }
});

test('the problem log keeps the earliest problems by event, a refused key first and the whole-file ones last', () => {
  const log = new ProblemLog(3);
  const problem = (kind: Problem['kind'], seq: string | null): Problem => ({ kind, seq, line: null, message: '' });
  for (const p of [problem('altered', '9'), problem('incomplete', null), problem('altered', '10'), problem('checkpoint-mismatch', '2'), problem('unexpected-key', null), problem('altered', '1')]) log.add(p);
  assert.equal(log.total, 6);
  assert.deepEqual(log.kept.map((p) => [p.kind, p.seq]), [['unexpected-key', null], ['altered', '1'], ['checkpoint-mismatch', '2']]);
});
