// Read events recorded in the read's own statement (AuditService.recordRead): appended only when the
// read asks for it, details computed over the rows read in canonical form, hash-chained like every
// other event, committed without waiting for the WAL flush; state changes keep waiting for it.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, test } from 'node:test';
import { AuditService, detailsSql } from '../src/audit/audit-service.ts';
import { generatePlatformKey } from '../src/audit/platform-key.ts';
import { canonicalJson, chainHash } from '../src/audit/chain.ts';
import { createTestPlatform, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
before(async () => (platform = await createTestPlatform({ demo: false })));
after(() => platform.close());

const ctx = { actor: null, requestId: 'req-read', actingRole: 'reader' };
const numbers = (n: number) => sql`select g as n from generate_series(1, ${n}::int) g`;
const read = (n: number, when = true) =>
  platform.services.audit.recordRead<{ n: number }>(
    ctx,
    { action: 'test.read', targetType: 'numbers', details: { blinded: true, keys: ['PatientID', 'é"\\'], level: 'series' } },
    {
      source: numbers(n),
      select: sql`select n from source order by n desc`,
      computed: { results: sql<number>`(select count(*) from source)` },
      ...(when ? {} : { when: sql<boolean>`exists (select 1 from source)` }),
    },
  );
const events = () => platform.database.db.selectFrom('audit_event').select(['seq', 'action', 'details']).orderBy('seq').execute();

test('the rows come back in the order asked, with one event whose details count them', async () => {
  const before = (await events()).length;
  const rows = await read(3);
  assert.deepEqual(rows.map((r) => r.n), [3, 2, 1]);
  const after = await events();
  assert.equal(after.length, before + 1);
  assert.equal(after.at(-1)!.details, canonicalJson({ level: 'series', results: 3, keys: ['PatientID', 'é"\\'], blinded: true }));
});

test('with a condition on the rows, a read that finds nothing records nothing', async () => {
  const before = (await events()).length;
  assert.deepEqual(await read(0, false), []);
  assert.equal((await events()).length, before);
  assert.equal((await read(2, false)).length, 2);
  assert.equal((await events()).length, before + 1);
  await read(0);
  assert.equal((await events()).length, before + 2, 'without a condition, an empty read is recorded too');
});

test('read events are chained: each stored hash is chain.ts\'s, and the whole chain verifies', async () => {
  await platform.database.db.transaction().execute((trx) => platform.services.audit.record(trx, ctx, { action: 'test.change', targetType: 'thing' }));
  await read(5);
  for await (const batch of platform.services.audit.store.inOrder(platform.database.db, 100)) {
    for (const event of batch) assert.equal(chainHash(event.prevHash, event), event.hash, `event #${event.seq}`);
  }
  const report = await platform.services.audit.verify();
  assert.equal(report.ok, true, JSON.stringify(report.firstBreak));
});

test('a read event commits with synchronous_commit off, a state change with the server default', async () => {
  const record = { actorUserId: null, actorRole: null, organisationId: null, projectId: null, action: 'test.durability', targetType: 't', targetId: null, reason: null, beforeDigest: null, afterDigest: null, details: '{}', requestId: null };
  const settingAfter = (relaxed: boolean) =>
    platform.database.db.transaction().execute(async (trx) => {
      const before = (await sql<{ s: string }>`select current_setting('synchronous_commit') as s`.execute(trx)).rows[0]!.s;
      if (relaxed) await platform.services.audit.store.appendWithRead(trx, record, numbers(1), sql`select * from source`, { durability: 'relaxed' });
      else await platform.services.audit.store.append(trx, record);
      return { before, after: (await sql<{ s: string }>`select current_setting('synchronous_commit') as s`.execute(trx)).rows[0]!.s };
    });
  const durable = await settingAfter(false);
  assert.equal(durable.after, durable.before);
  assert.notEqual(durable.before, 'off');
  assert.equal((await settingAfter(true)).after, 'off');
  // Local to that transaction: the next one is back to the default.
  assert.equal((await settingAfter(false)).after, durable.before);
});

test('recordRead refuses to run inside another transaction (its relaxed commit would extend to it)', async () => {
  await platform.database.db.transaction().execute(async (trx) => {
    const inTransaction = new AuditService(trx, generatePlatformKey());
    await assert.rejects(inTransaction.recordRead(ctx, { action: 'test.read', targetType: 'numbers' }, { source: numbers(1), select: sql`select * from source` }), /cannot be part of another one/);
  });
});

test('detailsSql gives canonicalJson\'s text for fixed and computed fields alike', async () => {
  const fixed = { z: 'last', a: [1, 'two', null], m: { y: 1, b: true }, absent: undefined, text: 'quote " backslash \\ é' };
  const text = (await sql<{ t: string }>`select ${detailsSql(fixed, { count: sql<number>`(select 41 + 1)`, b2: sql<number>`0` })} as t`.execute(platform.database.db)).rows[0]!.t;
  assert.equal(text, canonicalJson({ ...fixed, count: 42, b2: 0 }));
  const computedOnly = (await sql<{ t: string }>`select ${detailsSql({}, { n: sql<number>`7` })} as t`.execute(platform.database.db)).rows[0]!.t;
  assert.equal(computedOnly, '{"n":7}');
});
