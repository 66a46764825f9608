// A fresh, empty platform database for one measurement: embedded PGlite persisted in a temporary
// folder (as a real installation keeps it on disk), or a new database on the PostgreSQL server
// named by CORELAB_TEST_DATABASE_URL (started by scripts/with-postgres.js). Dropped on close.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../../server/src/db/database.ts';

export interface BenchDatabase extends DatabaseHandle {
  kind: DatabaseKind;
}

export const postgresUrl = process.env.CORELAB_TEST_DATABASE_URL;

export async function openBenchDatabase(kind: DatabaseKind, poolSize = 10): Promise<BenchDatabase> {
  if (kind === 'embedded') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-bench-'));
    const handle = await openDatabase({ embeddedDir: dir });
    return {
      ...handle,
      async close() {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!postgresUrl) throw new Error('CORELAB_TEST_DATABASE_URL is not set: run through scripts/with-postgres.js');
  const name = `corelab_bench_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize });
  return {
    ...handle,
    async close() {
      await handle.close();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The PostgreSQL server's settings that matter for a write benchmark. */
export async function postgresServerInfo(): Promise<{ version: string; fsync: string; synchronousCommit: string }> {
  return withAdmin(async (admin) => {
    const read = async (setting: string) => String((await admin.query(`show ${setting}`)).rows[0][setting]);
    return { version: await read('server_version'), fsync: await read('fsync'), synchronousCommit: await read('synchronous_commit') };
  });
}
