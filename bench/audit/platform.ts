// The platform as the benchmarks drive it: a fresh database, the real services and, when asked,
// the demo people so that HTTP requests can be made by a signed-in administrator.
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../server/src/config.ts';
import { generatePlatformKey } from '../../server/src/audit/platform-key.ts';
import type { DatabaseKind } from '../../server/src/db/database.ts';
import { createServices, type Services } from '../../server/src/platform/services.ts';
import { openBenchDatabase, type BenchDatabase } from '../support/bench-database.ts';

export interface BenchPlatform {
  config: Config;
  database: BenchDatabase;
  services: Services;
  close(): Promise<void>;
}

export async function openBenchPlatform(kind: DatabaseKind): Promise<BenchPlatform> {
  // Production defaults (info logging, default argon2 cost); only the folders point nowhere.
  const config = loadConfig({ CORELAB_DATA_DIR: '/nonexistent-bench-data', CORELAB_WEB_DIR: '/nonexistent-web', LOG_LEVEL: 'info' });
  const database = await openBenchDatabase(kind);
  const services = createServices(database.db, config, generatePlatformKey(), { databaseKind: kind });
  await services.audit.init();
  return { config, database, services, close: () => database.close() };
}

/** Log lines are produced as in production, then dropped: the benchmark measures, it does not read them. */
export const discardingLogStream = (): Writable => new Writable({ write: (_chunk, _encoding, callback) => callback() });
