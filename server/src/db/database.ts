// Opens the platform's database: embedded PGlite persisted in the data directory by default, or a
// PostgreSQL server when DATABASE_URL is set. Both run the same migrations and the same queries.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { migrateToLatest } from './migrate.ts';
import { pglitePool } from './pglite-dialect.ts';
import { PreparingClient } from './prepared.ts';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; absent means embedded. */
  databaseUrl?: string | undefined;
  /** Folder for the embedded database; absent means in memory (tests). */
  embeddedDir?: string | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  const handle = options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : await openEmbedded(options.embeddedDir);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

// node-postgres would turn int8 into a JS number and lose precision; keep strings like PGlite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => value);

function openPostgres(connectionString: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max, Client: PreparingClient });
  // A connection dropped while idle (server restart, administrator) is replaced on next use; without
  // a listener node-postgres would throw it as an uncaught error and stop the process.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openEmbedded(dir: string | undefined): Promise<DatabaseHandle> {
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir ? path.resolve(dir) : undefined);
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
  return { db, kind: 'embedded', close: () => db.destroy() };
}

export async function isDatabaseReady(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
