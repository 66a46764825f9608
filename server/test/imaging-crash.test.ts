// Killing the server in the middle of a large STOW-RS upload leaves no partial index record and,
// after the restart's sweep, no orphan blob: a real process, killed with SIGKILL.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openDatabase } from '../src/db/database.ts';
import { openTestDatabase, testBackend, type TestDatabase } from './support/test-database.ts';
import { makeInstance, uid } from './imaging-fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-crash-'));
let pgDatabase: TestDatabase | undefined;
const children: ChildProcess[] = [];

before(async () => {
  if (testBackend === 'postgres') pgDatabase = await openTestDatabase();
});
after(async () => {
  // A failed assertion must not leave a server running (it would keep the test process alive).
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await pgDatabase?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startDemo(env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/corelab.js'), 'demo'], {
      env: { PATH: process.env.PATH, CORELAB_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', CORELAB_ARGON2_MEMORY_KIB: '19456', ...(pgDatabase && { DATABASE_URL: pgDatabase.url! }), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 180_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

async function signIn(url: string) {
  const { password } = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as { password: string };
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'datamanager', password }) });
  assert.equal(r.status, 200);
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

test('SIGKILL during a large STOW-RS upload: no partial index record, no orphan blob after restart', { timeout: 480_000 }, async () => {
  const first = await startDemo({ CORELAB_STOW_INDEX_BATCH: '8' });
  const headers = await signIn(first.url);
  const projects = (await (await fetch(`${first.url}/api/projects`, { headers })).json()) as Array<{ id: string }>;
  const projectId = projects[0]!.id;
  const project = (await (await fetch(`${first.url}/api/projects/${projectId}`, { headers })).json()) as { parties: Array<{ organisationId: string; organisationName: string }> };
  const centreId = project.parties.find((p) => p.organisationName.startsWith('CHU Nord'))!.organisationId;
  const reg = await fetch(`${first.url}/api/projects/${projectId}/subjects`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ code: 'N001', centreId, consentStatus: 'consented' }) });
  assert.equal(reg.status, 201);

  const boundary = 'crash-boundary';
  const study = uid();
  const request = http.request(`${first.url}/dicomweb/projects/${projectId}/studies`, { method: 'POST', headers: { ...headers, 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}`, 'transfer-encoding': 'chunked' } });
  request.on('error', () => undefined);
  for (let i = 0; i < 120; i++) {
    const part = makeInstance({ subject: 'N001', study, rows: 256, columns: 256, instanceNumber: i + 1 });
    request.write(Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), part, Buffer.from('\r\n')]));
    if (i % 10 === 9) await new Promise((r) => setTimeout(r, 30));
  }
  // Half of one more instance, then the server dies while reading it.
  request.write(Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), makeInstance({ subject: 'N001', study, rows: 256, columns: 256 }).subarray(0, 60_000)]));
  await new Promise((r) => setTimeout(r, 500));
  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  request.destroy();

  const second = await startDemo({ CORELAB_ORPHAN_BLOB_MINUTES: '0' });
  second.child.kill('SIGTERM');
  await new Promise((r) => second.child.once('exit', r));

  const handle = await openDatabase(pgDatabase ? { databaseUrl: pgDatabase.url } : { embeddedDir: path.join(dataDir, 'db') });
  try {
    const rows = await handle.db.selectFrom('instance').select(['blob_sha256', 'size', 'series_id']).execute();
    const blobDir = path.join(dataDir, 'blobs');
    for (const row of rows) {
      const file = path.join(blobDir, row.blob_sha256.slice(0, 2), row.blob_sha256);
      const bytes = fs.readFileSync(file);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), row.blob_sha256, 'an index row points to a complete blob');
      assert.equal(bytes.length, Number(row.size));
    }
    const referenced = new Set(rows.map((r) => r.blob_sha256));
    const onDisk = fs.existsSync(blobDir) ? (fs.readdirSync(blobDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(blobDir, f)).isFile()) : [];
    for (const f of onDisk) assert.ok(referenced.has(path.basename(f)), `orphan left on disk: ${f}`);
    const studies = await handle.db.selectFrom('study').select(['id', 'number_of_instances']).execute();
    const total = studies.reduce((n, s) => n + s.number_of_instances, 0);
    assert.equal(total, rows.length, 'study counts match the index');
    assert.ok(rows.length < 121, 'the interrupted instance is not indexed');
  } finally {
    await handle.close();
  }
});
