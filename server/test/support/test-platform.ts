// A whole platform for a test file: a fresh database, the services, the HTTP app (injected, no
// socket) and its log lines, with helpers to sign in as the demo's people.
import { Writable } from 'node:stream';
import { buildApp, type App, type AppConfig } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { generatePlatformKey } from '../../src/audit/platform-key.ts';
import { seedDemo, type DemoSeedResult } from '../../src/demo/demo-seed.ts';
import { createServices, type Services } from '../../src/platform/services.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export const DEMO_PASSWORD = 'demo-password-for-tests';

export interface TestPlatform {
  app: App;
  services: Services;
  database: TestDatabase;
  config: Config;
  logs: string[];
  demo: DemoSeedResult | undefined;
  close(): Promise<void>;
}

export interface TestPlatformOptions {
  demo?: boolean;
  env?: Record<string, string>;
  configure?: (config: Config) => Config;
}

export async function createTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const base = loadConfig({ CORELAB_DATA_DIR: '/nonexistent-test-data', CORELAB_WEB_DIR: '/nonexistent-web', LOG_LEVEL: 'info', ...options.env });
  const config = options.configure ? options.configure(base) : base;
  const database = await openTestDatabase();
  const services = createServices(database.db, config, generatePlatformKey(), { databaseKind: database.kind });
  await services.audit.init();
  const demo = options.demo === false ? undefined : await seedDemo(services, DEMO_PASSWORD);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const app = await buildApp({ config: config as AppConfig & Config, services, logStream });
  await app.ready();
  return {
    app,
    services,
    database,
    config,
    logs,
    demo,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export async function signIn(app: App, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'corelab_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `corelab_session=${setCookie.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
