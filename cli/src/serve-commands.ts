// `corelab serve` and `corelab demo`.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { loadConfig } from '../../server/src/config.ts';
import { seedDemo, DEMO_ACCOUNTS } from '../../server/src/demo/demo-seed.ts';
import { startServer, stopOnSignals } from '../../server/src/server.ts';

/** The demo password is drawn once per data directory and kept beside the data (mode 0600). */
function demoPassword(dataDir: string): string {
  const file = path.join(dataDir, 'demo-credentials.json');
  if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { password: string }).password;
  fs.mkdirSync(dataDir, { recursive: true });
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  fs.writeFileSync(file, JSON.stringify({ password }, null, 2), { mode: 0o600 });
  return password;
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Start the platform (embedded database in CORELAB_DATA_DIR, or PostgreSQL with DATABASE_URL)')
    .action(async () => {
      const server = await startServer(loadConfig());
      stopOnSignals(server);
      console.log(`Corelab is listening on ${server.url} (database: ${server.runtime.database.kind})`);
    });

  program
    .command('demo')
    .description('Start the platform with a demo project, its organisations and one account per role; prints the address and credentials')
    .action(async () => {
      const config = loadConfig();
      const password = demoPassword(config.dataDir);
      let created = false;
      const server = await startServer(config, async (runtime) => {
        created = (await seedDemo(runtime.services, password, { subjects: true, reading: true })).created;
      });
      stopOnSignals(server);
      const lines = [
        '',
        `Corelab demo is running at ${config.publicUrl === server.url ? server.url : `${server.url} (public address ${config.publicUrl})`}`,
        `  database: ${server.runtime.database.kind}${server.runtime.database.kind === 'embedded' ? ` in ${config.dataDir}` : ''}${created ? ' — demo project created' : ' — demo project found, data kept'}`,
        `  API documentation: ${server.url}/api/docs`,
        '',
        `  Demo accounts (password for all: ${password}):`,
        ...DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(13)} ${a.role}`),
        '',
        '  Stop with Ctrl+C; data survive a restart.',
        '',
      ];
      console.log(lines.join('\n'));
    });
}
