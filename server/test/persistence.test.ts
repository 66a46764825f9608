// The embedded database keeps its data across a restart, and so does the platform key.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { seedDemo } from '../src/demo/demo-seed.ts';
import { startServer } from '../src/server.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-persist-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('the demo survives a restart of the server, and shutdown signs the audit head', async () => {
  const config = loadConfig({ CORELAB_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', CORELAB_WEB_DIR: '/nonexistent' });
  let first = await startServer(config, async (r) => assert.equal((await seedDemo(r.services, 'a-demo-password')).created, true));
  const key = (await (await fetch(`${first.url}/api/audit/public-key`)).json()) as { keyId: string };
  const login = await fetch(`${first.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'manager', password: 'a-demo-password' }) });
  assert.equal(login.status, 200);
  await first.stop();
  assert.ok(!fs.existsSync(path.join(dataDir, 'corelab.lock')), 'the data directory is released');

  first = await startServer(config, async (r) => assert.equal((await seedDemo(r.services, 'ignored')).created, false));
  try {
    const again = await fetch(`${first.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'manager', password: 'a-demo-password' }) });
    assert.equal(again.status, 200);
    assert.deepEqual(await (await fetch(`${first.url}/api/audit/public-key`)).json().then((k) => (k as { keyId: string }).keyId), key.keyId);
    const checkpoints = await first.runtime.services.audit.checkpoints();
    assert.ok(checkpoints.length >= 1, 'a checkpoint was signed at shutdown');
    assert.equal((await first.runtime.services.audit.verify()).ok, true);
  } finally {
    await first.stop();
  }
});
