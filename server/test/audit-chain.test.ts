import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, chainHash, ChainVerifier, GENESIS_HASH, type AuditRecord, type ChainedRecord } from '../src/audit/chain.ts';

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

function chain(n: number): ChainedRecord[] {
  const out: ChainedRecord[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const record: AuditRecord = {
      seq: String(i), occurredAtMs: 1_700_000_000_000 + i, actorUserId: null, actorRole: 'system', organisationId: null, projectId: null,
      action: 'test.event', targetType: 'thing', targetId: String(i), reason: null, beforeDigest: null, afterDigest: null, details: '{}', requestId: null,
    };
    const hash = chainHash(prev, record);
    out.push({ ...record, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

function verify(events: ChainedRecord[], checkpoints: Array<{ seq: string; hash: string }> = [], head = { seq: events.at(-1)?.seq ?? '0', hash: events.at(-1)?.hash ?? GENESIS_HASH }) {
  const v = new ChainVerifier(checkpoints);
  for (const e of events) v.push(e);
  return v.finish(head);
}

test('an untouched chain verifies', () => {
  assert.equal(verify(chain(50)), undefined);
  assert.equal(verify([]), undefined);
});

test('each kind of tampering is named at the first bad event', () => {
  const good = chain(10);
  const cases: Array<[string, ChainedRecord[], { seq: string; problem: string }, Array<{ seq: string; hash: string }>?, { seq: string; hash: string }?]> = [
    ['modified', good.map((e) => (e.seq === '4' ? { ...e, targetId: 'x' } : e)), { seq: '4', problem: 'altered' }],
    ['deleted', good.filter((e) => e.seq !== '6'), { seq: '6', problem: 'missing' }],
    ['reordered', good.map((e) => (e.seq === '3' ? { ...good[6]!, seq: '3' } : e.seq === '7' ? { ...good[2]!, seq: '7' } : e)), { seq: '3', problem: 'link-broken' }],
    ['tail cut below the signed checkpoint', good.slice(0, 7), { seq: '8', problem: 'truncated' }, [{ seq: '9', hash: good[8]!.hash }], { seq: '7', hash: good[6]!.hash }],
    ['rewritten before a checkpoint', chain(10).map((e) => e), { seq: '5', problem: 'checkpoint-mismatch' }, [{ seq: '5', hash: 'f'.repeat(64) }]],
  ];
  for (const [name, events, expected, checkpoints, head] of cases) {
    const found = verify(events, checkpoints, head);
    assert.ok(found, name);
    assert.equal(found.seq, expected.seq, name);
    assert.equal(found.problem, expected.problem, name);
  }
});

test('an event appended behind the platform\'s back is caught by the recorded head', () => {
  const events = chain(6);
  const found = verify(events, [], { seq: '5', hash: events[4]!.hash });
  assert.equal(found?.problem, 'link-broken');
  assert.equal(found?.seq, '6');
});
