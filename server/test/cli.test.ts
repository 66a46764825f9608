// The `corelab` command as an operator runs it: a real process, on the configured database.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openDatabase } from '../src/db/database.ts';
import { acquireDataDirLock } from '../src/platform/data-dir-lock.ts';
import { openTestDatabase, testBackend, type TestDatabase } from './support/test-database.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-cli-'));
let pgDatabase: TestDatabase | undefined;

before(async () => {
  if (testBackend === 'postgres') pgDatabase = await openTestDatabase();
});
after(async () => {
  await pgDatabase?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function corelab(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/corelab.js'), ...args], {
      env: { PATH: process.env.PATH, CORELAB_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...(pgDatabase && { DATABASE_URL: pgDatabase.url }), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

test('every command has --help', async () => {
  const commands = [[], ['serve'], ['demo'], ['admin'], ['admin', 'create-user'], ['admin', 'create-organisation'], ['admin', 'create-project'], ['admin', 'add-party'], ['admin', 'grant'], ['audit'], ['audit', 'verify'], ['audit', 'checkpoint']];
  const results = await Promise.all(commands.map((c) => corelab([...c, '--help'])));
  results.forEach((r, i) => {
    assert.equal(r.code, 0, commands[i]!.join(' '));
    assert.match(r.stdout, /Usage: corelab/, commands[i]!.join(' '));
  });
});

test('an operator sets up a project from the command line, and separation of duties holds there too', async () => {
  const steps: Array<[string[], string?]> = [
    [['admin', 'create-organisation', '--name', 'CHU Test', '--kind', 'centre']],
    [['admin', 'create-organisation', '--name', 'Stats Unit', '--kind', 'statistics_unit']],
    [['admin', 'create-project', '--code', 'CLI-1', '--title', 'Command line project']],
    [['admin', 'add-party', '--project', 'CLI-1', '--organisation', 'CHU Test', '--part', 'centre']],
    [['admin', 'add-party', '--project', 'CLI-1', '--organisation', 'Stats Unit', '--part', 'statistics_unit']],
    [['admin', 'create-user', '--username', 'dm', '--display-name', 'Data Manager', '--organisation', 'CHU Test', '--password-stdin'], 'a-very-long-password\n'],
    [['admin', 'create-user', '--username', 'root', '--display-name', 'Root Admin', '--platform-admin', '--password-stdin'], 'another-long-password\n'],
    [['admin', 'grant', '--project', 'CLI-1', '--user', 'dm', '--role', 'centre_data_manager', '--reason', 'joins']],
  ];
  for (const [args, input] of steps) {
    const r = await corelab(args, input === undefined ? {} : { input });
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  }
  const refused = await corelab(['admin', 'grant', '--project', 'CLI-1', '--user', 'dm', '--role', 'statistician']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /separation-of-duties\.imaging-and-statistics-separated/);
  const badRole = await corelab(['admin', 'grant', '--project', 'CLI-1', '--user', 'dm', '--role', 'wizard']);
  assert.notEqual(badRole.code, 0);
  assert.match(badRole.stderr, /--role must be one of/);
  const shortPassword = await corelab(['admin', 'create-user', '--username', 'x1', '--display-name', 'X', '--password-stdin'], { input: 'short\n' });
  assert.equal(shortPassword.code, 1);
  assert.match(shortPassword.stderr, /password\.too-short/);
});

test('audit verify exits 0 on a sound trail and names the first bad event after tampering', async () => {
  const signed = await corelab(['audit', 'checkpoint', '--reason', 'end of set-up']);
  assert.equal(signed.code, 0, signed.stderr);
  const ok = await corelab(['audit', 'verify']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /audit trail holds: \d+ events/);

  const handle = pgDatabase ? await openDatabase({ databaseUrl: pgDatabase.url }) : await openDatabase({ embeddedDir: path.join(dataDir, 'db') });
  try {
    const { sql } = await import('kysely');
    await sql.raw("alter table audit_event disable trigger user; update audit_event set reason = 'forged' where seq = 4; alter table audit_event enable trigger user").execute(handle.db);
  } finally {
    await handle.close();
  }
  const broken = await corelab(['audit', 'verify']);
  assert.equal(broken.code, 3);
  assert.match(broken.stderr, /BROKEN at event #4 \(altered\)/);
  const json = await corelab(['audit', 'verify', '--json']);
  assert.equal(json.code, 3);
  assert.equal((JSON.parse(json.stdout) as { firstBreak: { seq: string } }).firstBreak.seq, '4');
});

test('a bad configuration value stops the command with the variable named', async () => {
  const r = await corelab(['audit', 'verify'], { env: { PORT: 'eighty' } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /PORT: expected a whole number/);
  const db = await corelab(['audit', 'verify'], { env: { DATABASE_URL: 'mysql://x' } });
  assert.equal(db.code, 2);
  assert.match(db.stderr, /DATABASE_URL: must use postgres: or postgresql:/);
});

test('the embedded database is never opened by two processes at once (PostgreSQL needs no such lock)', async () => {
  const release = acquireDataDirLock(dataDir);
  try {
    const r = await corelab(['admin', 'create-organisation', '--name', 'While locked', '--kind', 'sponsor']);
    if (testBackend === 'postgres') {
      assert.equal(r.code, 0, r.stderr);
    } else {
      assert.equal(r.code, 1);
      assert.match(r.stderr, /is in use by process \d+/);
    }
  } finally {
    release();
  }
});
