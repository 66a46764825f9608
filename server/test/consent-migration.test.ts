// Subjects registered before the consent history existed keep their status: the migration gives
// each one a status-declared event and the gate columns that status implies.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import * as foundation from '../src/db/migrations/0001_foundation.ts';
import * as imaging from '../src/db/migrations/0002_imaging.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { pglitePool } from '../src/db/pglite-dialect.ts';
import type { Database } from '../src/db/schema.ts';
import { processingAllowed } from '../src/subjects/consent-gate.ts';

test('legacy statuses become status-declared events; pending becomes unknown; the gate follows', async () => {
  const pglite = new PGlite();
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
  try {
    const before = await new Migrator({ db, provider: { getMigrations: async () => ({ '0001_foundation': foundation, '0002_imaging': imaging }) } }).migrateToLatest();
    assert.equal(before.error, undefined);
    const projectId = randomUUID();
    const centreId = randomUUID();
    await sql`insert into organisation (id, name, kind) values (${centreId}, 'Centre', 'centre')`.execute(db);
    await sql`insert into project (id, code, title) values (${projectId}, 'OLD-1', 'Old project')`.execute(db);
    for (const [code, status] of [['L1', 'consented'], ['L2', 'no-objection'], ['L3', 'pending'], ['L4', 'objected'], ['L5', 'withdrawn']]) {
      await sql`insert into subject (id, project_id, centre_id, code, consent_status, created_at) values (${randomUUID()}, ${projectId}, ${centreId}, ${code}, ${status}, '2024-03-05T22:30:00Z')`.execute(db);
    }

    await migrateToLatest(db);

    const subjects = await db.selectFrom('subject').select(['code', 'consent_status', 'processing_allowed_from', 'processing_stopped_at']).orderBy('code').execute();
    assert.deepEqual(subjects.map((s) => s.consent_status), ['consented', 'no-objection', 'unknown', 'objected', 'withdrawn']);
    assert.equal(new Date(subjects[0]!.processing_allowed_from!).toISOString(), '2024-03-05T00:00:00.000Z', 'the UTC day of registration');
    assert.equal(new Date(subjects[3]!.processing_stopped_at!).toISOString(), '2024-03-05T22:30:00.000Z');
    const events = await db
      .selectFrom('consent_event as e')
      .innerJoin('subject as s', 's.id', 'e.subject_id')
      .select(['s.code', 'e.kind', 'e.declared_status', 'e.seq', sql<string>`to_char(e.event_date, 'YYYY-MM-DD')`.as('date')])
      .orderBy('s.code')
      .execute();
    assert.deepEqual(
      events.map((e) => [e.code, e.kind, e.declared_status, e.seq, e.date]),
      [
        ['L1', 'status-declared', 'consented', 1, '2024-03-05'],
        ['L2', 'status-declared', 'no-objection', 1, '2024-03-05'],
        ['L4', 'status-declared', 'objected', 1, '2024-03-05'],
        ['L5', 'status-declared', 'withdrawn', 1, '2024-03-05'],
      ],
    );
    const allowed = await db.selectFrom('subject').select('code').where(processingAllowed()).orderBy('code').execute();
    assert.deepEqual(allowed.map((s) => s.code), ['L1', 'L2']);
    const project = await db.selectFrom('project').select('consent_waiting_days').executeTakeFirstOrThrow();
    assert.equal(project.consent_waiting_days, 30);
  } finally {
    await db.destroy();
  }
});
