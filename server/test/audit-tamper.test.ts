// The audit trail against someone with superuser access to the database: ordinary changes are
// refused by the trigger; with the trigger disabled, every kind of tampering is detected and the
// first bad event is named, through the service, the HTTP API and the CLI's own code path.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'kysely';
import { chainHash, type AuditRecord } from '../src/audit/chain.ts';
import { createTestPlatform, signIn, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let snapshot: Array<Record<string, unknown>>;
let headSnapshot: { seq: string; hash: string };
let checkpointSnapshot: Array<Record<string, unknown>>;

const ctx = { actor: null, requestId: null, actingRole: 'test' };

before(async () => {
  platform = await createTestPlatform();
  for (let i = 0; i < 20; i++) {
    await platform.services.organisations.create(ctx, { name: `Centre ${i}`, kind: 'centre' });
  }
  await platform.services.audit.signCheckpoint(ctx, 'test checkpoint');
  for (let i = 20; i < 25; i++) await platform.services.organisations.create(ctx, { name: `Centre ${i}`, kind: 'centre' });
  snapshot = (await sql<Record<string, unknown>>`select * from audit_event order by seq`.execute(platform.database.db)).rows;
  headSnapshot = await platform.services.audit.store.head(platform.database.db);
  checkpointSnapshot = (await sql<Record<string, unknown>>`select * from audit_checkpoint`.execute(platform.database.db)).rows;
});
after(() => platform.close());

/** Puts the trail back exactly as it was, as a superuser would. */
async function restore(): Promise<void> {
  const s = platform.database.superuser;
  await s('alter table audit_event disable trigger user; delete from audit_event; alter table audit_event enable trigger user');
  await s('alter table audit_checkpoint disable trigger user; delete from audit_checkpoint; alter table audit_checkpoint enable trigger user');
  for (const row of snapshot) await platform.database.db.insertInto('audit_event').values(row as never).execute();
  for (const row of checkpointSnapshot) await platform.database.db.insertInto('audit_checkpoint').values(row as never).execute();
  await platform.database.db.updateTable('audit_chain_head').set(headSnapshot).where('id', '=', 1).execute();
}

async function tamper(statements: string[]): Promise<void> {
  await platform.database.superuser(['alter table audit_event disable trigger user', ...statements, 'alter table audit_event enable trigger user'].join(';\n'));
}

beforeEach(async () => {
  await restore();
  assert.equal((await platform.services.audit.verify()).ok, true, 'the restored trail verifies');
});

test('ordinary UPDATE, DELETE and TRUNCATE of the trail are refused by the database', async () => {
  for (const statement of ['update audit_event set reason = $$x$$ where seq = 3', 'delete from audit_event where seq = 3', 'truncate audit_event', 'update audit_checkpoint set hash = $$x$$', 'delete from audit_checkpoint']) {
    await assert.rejects(platform.database.superuser(statement), /append-only/, statement);
  }
});

const middle = () => String(Math.floor(snapshot.length / 2));

test('an edited event is named', async () => {
  await tamper([`update audit_event set details = '{"kind":"sponsor"}' where seq = ${middle()}`]);
  const report = await platform.services.audit.verify();
  assert.equal(report.ok, false);
  assert.deepEqual([report.firstBreak?.seq, report.firstBreak?.problem], [middle(), 'altered']);
});

test('a deleted event is named', async () => {
  await tamper([`delete from audit_event where seq = ${middle()}`]);
  const report = await platform.services.audit.verify();
  assert.deepEqual([report.firstBreak?.seq, report.firstBreak?.problem], [middle(), 'missing']);
});

test('reordered events are named', async () => {
  const a = middle();
  const b = String(Number(a) + 3);
  await tamper([`update audit_event set seq = -1 where seq = ${a}`, `update audit_event set seq = ${a} where seq = ${b}`, `update audit_event set seq = ${b} where seq = -1`]);
  const report = await platform.services.audit.verify();
  assert.equal(report.firstBreak?.seq, a);
  assert.equal(report.ok, false);
});

test('an event inserted at the end, even with a correct hash, is named', async () => {
  const last = snapshot.at(-1)!;
  const record: AuditRecord = {
    seq: String(Number(last.seq) + 1), occurredAtMs: Date.now(), actorUserId: null, actorRole: 'platform_admin', organisationId: null, projectId: null,
    action: 'membership.granted', targetType: 'membership', targetId: null, reason: null, beforeDigest: null, afterDigest: null, details: '{}', requestId: null,
  };
  const hash = chainHash(last.hash as string, record);
  await tamper([
    `insert into audit_event (seq, occurred_at, actor_role, action, target_type, details, prev_hash, hash) values (${record.seq}, to_timestamp(${record.occurredAtMs} / 1000.0), 'platform_admin', 'membership.granted', 'membership', '{}', '${last.hash}', '${hash}')`,
  ]);
  const report = await platform.services.audit.verify();
  assert.deepEqual([report.firstBreak?.seq, report.firstBreak?.problem], [record.seq, 'link-broken']);
});

test('an event inserted in the middle is named', async () => {
  const at = middle();
  await tamper([
    `update audit_event set seq = seq + 1000 where seq >= ${at}`,
    `update audit_event set seq = seq - 999 where seq >= 1000`,
    `insert into audit_event (seq, occurred_at, action, target_type, details, prev_hash, hash) values (${at}, now(), 'user.created', 'user', '{}', 'x', 'y')`,
  ]);
  const report = await platform.services.audit.verify();
  assert.deepEqual([report.firstBreak?.seq, report.firstBreak?.problem], [at, 'link-broken']);
});

test('a trail rewritten with valid hashes is caught by the signed checkpoint', async () => {
  // The attacker recomputes every hash after the edit and moves the head: only the signature, made
  // with a key kept outside the database, shows it.
  const rows = snapshot.map((r) => ({ ...r }));
  const edit = 3;
  rows[edit - 1]!.reason = 'rewritten history';
  let prev = '0'.repeat(64);
  const statements: string[] = [];
  for (const row of rows) {
    const record: AuditRecord = {
      seq: row.seq as string, occurredAtMs: (row.occurred_at as Date).getTime(), actorUserId: row.actor_user_id as string | null, actorRole: row.actor_role as string | null,
      organisationId: row.organisation_id as string | null, projectId: row.project_id as string | null, action: row.action as string, targetType: row.target_type as string,
      targetId: row.target_id as string | null, reason: row.reason as string | null, beforeDigest: row.before_digest as string | null, afterDigest: row.after_digest as string | null,
      details: row.details as string, requestId: row.request_id as string | null,
    };
    const hash = chainHash(prev, record);
    const reason = record.reason === null ? 'null' : `'${record.reason.replace(/'/g, "''")}'`;
    statements.push(`update audit_event set reason = ${reason}, prev_hash = '${prev}', hash = '${hash}' where seq = ${record.seq}`);
    prev = hash;
  }
  statements.push(`update audit_chain_head set hash = '${prev}'`);
  await tamper(statements);
  const report = await platform.services.audit.verify();
  assert.equal(report.ok, false);
  assert.equal(report.firstBreak?.problem, 'checkpoint-mismatch');
  const checkpoint = (await platform.services.audit.checkpoints())[0]!;
  assert.equal(report.firstBreak?.seq, checkpoint.seq);
});

test('events removed from the end after a checkpoint are detected', async () => {
  const checkpoint = (await platform.services.audit.checkpoints())[0]!;
  await tamper([`delete from audit_event where seq >= ${checkpoint.seq}`]);
  await platform.database.superuser(`update audit_chain_head set seq = ${Number(checkpoint.seq) - 1}, hash = (select hash from audit_event where seq = ${Number(checkpoint.seq) - 1})`);
  const report = await platform.services.audit.verify();
  assert.deepEqual([report.firstBreak?.seq, report.firstBreak?.problem], [checkpoint.seq, 'truncated']);
});

test('a forged checkpoint signature is detected', async () => {
  await platform.database.superuser(`alter table audit_checkpoint disable trigger user; update audit_checkpoint set signature = '${Buffer.alloc(64).toString('base64')}'; alter table audit_checkpoint enable trigger user`);
  const report = await platform.services.audit.verify();
  assert.equal(report.firstBreak?.problem, 'bad-signature');
});

test('GET /api/audit/verify names the first bad event for an auditor', async () => {
  await tamper([`update audit_event set action = 'auth.logout' where seq = 5`]);
  const auditor = await signIn(platform.app, 'auditor');
  const response = await platform.app.inject({ url: '/api/audit/verify', headers: auditor.headers });
  assert.equal(response.statusCode, 200);
  const report = response.json() as { ok: boolean; firstBreak: { seq: string; message: string } };
  assert.equal(report.ok, false);
  assert.equal(report.firstBreak.seq, '5');
  assert.match(report.firstBreak.message, /#5/);
});
