// A fresh database per test file: embedded PGlite in memory by default, or a new database on the
// PostgreSQL server named by CORELAB_TEST_DATABASE_URL (started by scripts/with-postgres.js).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';

export const testBackend = process.env.CORELAB_TEST_DATABASE_URL ? 'postgres' : 'embedded';

export interface TestDatabase extends DatabaseHandle {
  /** A superuser connection string to this very database (PostgreSQL only). */
  url: string | undefined;
  /** Runs raw SQL as a superuser, bypassing the platform (tamper tests). */
  superuser(sql: string): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.CORELAB_TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({});
    return {
      ...handle,
      url: undefined,
      // The embedded database's only user is its superuser.
      superuser: async (sql) => {
        const { sql: raw } = await import('kysely');
        await raw.raw(sql).execute(handle.db);
      },
    };
  }
  const name = `corelab_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    ...handle,
    url: url.toString(),
    superuser: async (sql) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
