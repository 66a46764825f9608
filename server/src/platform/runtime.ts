// Opens everything a process needs, in order, and closes it in reverse: the data-directory lock
// (embedded mode), the database with its migrations, the platform key and the services.
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { loadOrCreatePlatformKey } from '../audit/platform-key.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { createServices, type Services } from './services.ts';

export interface Runtime {
  config: Config;
  database: DatabaseHandle;
  services: Services;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const release = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, embeddedDir: `${config.dataDir}/db` });
    const services = createServices(database.db, config, loadOrCreatePlatformKey(config.dataDir), { databaseKind: database.kind });
    await services.audit.init();
    return {
      config,
      database,
      services,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
