import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestPlatform, signIn, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
before(async () => (platform = await createTestPlatform()));
after(() => platform.close());

test('health and readiness answer', async () => {
  assert.equal((await platform.app.inject('/healthz')).statusCode, 200);
  const ready = await platform.app.inject('/readyz');
  assert.equal(ready.statusCode, 200);
  assert.deepEqual(ready.json(), { status: 'ready' });
});

test('a demo person signs in and sees their project', async () => {
  const session = await signIn(platform.app, 'reader1');
  const projects = await platform.app.inject({ url: '/api/projects', headers: session.headers });
  assert.equal(projects.statusCode, 200);
  const list = projects.json() as Array<{ code: string; myRoles: string[] }>;
  assert.deepEqual(list.map((p) => [p.code, p.myRoles]), [['DEMO-CMR', ['reader']]]);
});
