// The real Corelab for browser tests: a fresh embedded database in a temporary folder, the demo
// seeded, the built web app served, on loopback only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config.ts';
import { seedDemo, type DemoSeedOptions } from '../../server/src/demo/demo-seed.ts';
import type { Runtime } from '../../server/src/platform/runtime.ts';
import { startServer } from '../../server/src/server.ts';

export const WEB_DIR = path.resolve(import.meta.dirname, '../../web/dist');
export const DEMO_PASSWORD = 'e2e-demo-password';

export interface RunningCorelab {
  url: string;
  projectId: string;
  runtime: Runtime;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Adds data before the first request. */
  prepare?: (runtime: Runtime, projectId: string) => Promise<void>;
  /** More configuration, e.g. an OIDC provider. */
  env?: Record<string, string>;
  /** What the demo seeds beyond its accounts and QC set-up, e.g. expert reading. */
  seed?: DemoSeedOptions;
}

/** Starts the server with the demo seeded. */
export async function startCorelab({ prepare, env = {}, seed = {} }: StartOptions = {}): Promise<RunningCorelab> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`no built web app in ${WEB_DIR}: run npm run build first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-e2e-'));
  const config = loadConfig({
    CORELAB_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    CORELAB_WEB_DIR: WEB_DIR,
    LOG_LEVEL: 'warn',
    // Every test signs in many times from the same address.
    CORELAB_LOGIN_RATE_PER_MINUTE: '1000',
    ...env,
  });
  let projectId = '';
  const server = await startServer(config, async (runtime) => {
    projectId = (await seedDemo(runtime.services, DEMO_PASSWORD, seed)).projectId;
    await prepare?.(runtime, projectId);
  });
  return {
    url: server.url,
    projectId,
    runtime: server.runtime,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
