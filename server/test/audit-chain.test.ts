import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seqRanges } from '../src/audit/audit-service.ts';
import { canonicalJson, chainHash, firstBreakOf, GENESIS_HASH, type AuditRecord, type ChainScan, type Checkpoint } from '../src/audit/chain.ts';

test('canonical JSON sorts keys at every depth and drops undefined', () => {
  const cases: Array<[unknown, string]> = [
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: 1, x: [3, { d: 1, c: 2 }] } }, '{"z":{"x":[3,{"c":2,"d":1}],"y":1}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['é"\n', '"é\\"\\n"'],
    [new Date(0), '"1970-01-01T00:00:00.000Z"'],
    [null, 'null'],
  ];
  for (const [value, expected] of cases) assert.equal(canonicalJson(value), expected);
});

const scan = (over: Partial<ChainScan> = {}): ChainScan => ({ count: 10, last: { seq: '10', hash: 'h10' }, firstFailure: undefined, checkpointMismatch: undefined, ...over });
const head = (seq: string, hash = `h${seq}`) => ({ seq, hash });

test('an untouched chain has no break', () => {
  assert.equal(firstBreakOf(scan(), [{ seq: '5', hash: 'h5' }], head('10')), undefined);
  assert.equal(firstBreakOf(scan({ count: 0, last: undefined }), [], { seq: '0', hash: GENESIS_HASH }), undefined);
});

test('each kind of break is named at its first event', () => {
  const cases: Array<[string, ChainScan, Checkpoint[], Checkpoint, { seq: string; problem: string }]> = [
    ['content modified', scan({ firstFailure: { seq: '4', previousSeq: '3', linked: true, intact: false } }), [], head('10'), { seq: '4', problem: 'altered' }],
    ['event deleted', scan({ firstFailure: { seq: '7', previousSeq: '5', linked: false, intact: true } }), [], head('10'), { seq: '6', problem: 'missing' }],
    ['first event deleted', scan({ firstFailure: { seq: '2', previousSeq: null, linked: false, intact: true } }), [], head('10'), { seq: '1', problem: 'missing' }],
    ['moved or inserted', scan({ firstFailure: { seq: '3', previousSeq: '2', linked: false, intact: false } }), [], head('10'), { seq: '3', problem: 'link-broken' }],
    ['rewritten before a checkpoint', scan({ checkpointMismatch: '5' }), [{ seq: '5', hash: 'x' }], head('10'), { seq: '5', problem: 'checkpoint-mismatch' }],
    ['tail cut below a checkpoint', scan({ count: 7, last: head('7') }), [{ seq: '9', hash: 'h9' }], head('7'), { seq: '8', problem: 'truncated' }],
    ['tail cut below the recorded head', scan({ count: 7, last: head('7') }), [], head('10'), { seq: '8', problem: 'truncated' }],
    ['appended behind the platform\'s back', scan(), [], head('9'), { seq: '10', problem: 'link-broken' }],
    ['last event differs from the head', scan(), [], head('10', 'other'), { seq: '10', problem: 'altered' }],
  ];
  for (const [name, s, checkpoints, recorded, expected] of cases) {
    const found = firstBreakOf(s, checkpoints, recorded);
    assert.equal(found?.seq, expected.seq, name);
    assert.equal(found?.problem, expected.problem, name);
    assert.match(found!.message, new RegExp(`#${expected.seq}`), name);
  }
});

test('the hash chain links each event to the one before', () => {
  const record: AuditRecord = {
    seq: '1', occurredAtMs: 1_700_000_000_000, actorUserId: null, actorRole: 'system', organisationId: null, projectId: null,
    action: 'test.event', targetType: 'thing', targetId: '1', reason: null, beforeDigest: null, afterDigest: null, details: '{}', requestId: null,
  };
  const first = chainHash(GENESIS_HASH, record);
  assert.match(first, /^[0-9a-f]{64}$/);
  assert.notEqual(chainHash(first, { ...record, seq: '2' }), chainHash(GENESIS_HASH, { ...record, seq: '2' }));
  assert.notEqual(chainHash(GENESIS_HASH, { ...record, reason: 'x' }), first);
});

test('the chain splits into contiguous ranges for verification in parallel', () => {
  assert.deepEqual(seqRanges(undefined, undefined, 2), []);
  assert.deepEqual(seqRanges('1', '1', 2), [['1', '1']]);
  assert.deepEqual(seqRanges('1', '10', 1), [['1', '10']]);
  assert.deepEqual(seqRanges('1', '10', 2), [['1', '5'], ['6', '10']]);
  assert.deepEqual(seqRanges('1', '11', 2), [['1', '6'], ['7', '11']]);
  assert.deepEqual(seqRanges('5', '7', 4), [['5', '5'], ['6', '6'], ['7', '7']]);
});
