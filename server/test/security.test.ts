// Sign-in, sessions, CSRF and API tokens under attack, and what the logs must never contain.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestPlatform, signIn, DEMO_PASSWORD, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
const secrets: string[] = [DEMO_PASSWORD];

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_LOGIN_MAX_FAILURES: '3', CORELAB_LOGIN_RATE_PER_MINUTE: '30' } });
});
after(() => platform.close());

const login = (username: string, password: string, cookie?: string) =>
  platform.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers: { ...(cookie && { cookie }), 'x-forwarded-for': '127.0.0.99' } });
// (X-Forwarded-For is not trusted: every request above counts against the real peer address.)

test('repeated failed sign-ins lock the account, even against the right password', async () => {
  for (let i = 1; i <= 3; i++) {
    const r = await login('committee', `wrong-password-${i}`);
    assert.equal(r.statusCode, 401);
    assert.equal((r.json() as { code: string }).code, 'auth.invalid-credentials');
  }
  const locked = await login('committee', DEMO_PASSWORD);
  assert.equal(locked.statusCode, 423);
  assert.equal((locked.json() as { code: string }).code, 'auth.account-locked');
  const events = await platform.services.audit.search({ action: 'auth.', limit: 50 });
  assert.ok(events.some((e) => e.action === 'auth.account-locked'));
  assert.equal(events.filter((e) => e.action === 'auth.login-failed').length >= 3, true);
});

test('an unknown account and a wrong password get the same answer', async () => {
  const unknown = await login('nobody-here', 'whatever-password');
  const wrong = await login('pi', 'whatever-password');
  assert.equal(unknown.statusCode, 401);
  assert.deepEqual({ ...(unknown.json() as object), requestId: 0 }, { ...(wrong.json() as object), requestId: 0 });
});

test('sign-in attempts from one address are rate limited with Retry-After', async () => {
  let last;
  // Another loopback address, so the other tests keep their own allowance.
  for (let i = 0; i < 32; i++) {
    last = await platform.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '127.0.0.9', payload: { username: `ghost${i}`, password: 'not-it-at-all' } });
  }
  assert.equal(last!.statusCode, 429);
  assert.equal((last!.json() as { code: string }).code, 'auth.too-many-attempts');
  assert.ok(Number(last!.headers['retry-after']) > 0);
});

test('a session id never survives sign-in, and the old one stops working', async () => {
  const first = await signIn(platform.app, 'reader1');
  const again = await login('reader1', DEMO_PASSWORD, first.cookie);
  assert.equal(again.statusCode, 200);
  const fresh = again.cookies.find((c) => c.name === 'corelab_session')!;
  assert.notEqual(`corelab_session=${fresh.value}`, first.cookie);
  assert.equal(fresh.httpOnly, true);
  assert.equal(fresh.sameSite, 'Strict');
  const old = await platform.app.inject({ url: '/api/auth/session', headers: { cookie: first.cookie } });
  assert.equal(old.statusCode, 401);
  secrets.push(first.cookie.split('=')[1]!, fresh.value, first.csrfToken);
});

test('a change without the CSRF token, or with a wrong one, is refused', async () => {
  const admin = await signIn(platform.app, 'admin');
  secrets.push(admin.csrfToken, admin.cookie.split('=')[1]!);
  const body = { name: 'CSRF Test Centre', kind: 'centre' };
  const missing = await platform.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin.cookie }, payload: body });
  assert.equal(missing.statusCode, 403);
  assert.equal((missing.json() as { code: string }).code, 'auth.csrf-token-missing');
  const wrong = await platform.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin.cookie, 'x-csrf-token': 'forged' }, payload: body });
  assert.equal((wrong.json() as { code: string }).code, 'auth.csrf-token-invalid');
  const right = await platform.app.inject({ method: 'POST', url: '/api/organisations', headers: admin.headers, payload: body });
  assert.equal(right.statusCode, 201);
});

test('sessions end after the idle and the absolute timeouts', async () => {
  const idle = await signIn(platform.app, 'manager');
  await platform.database.superuser(`update session set last_seen_at = now() - interval '31 minutes' where ended_at is null and user_id = (select id from app_user where username = 'manager')`);
  assert.equal((await platform.app.inject({ url: '/api/auth/session', headers: idle.headers })).statusCode, 401);
  const absolute = await signIn(platform.app, 'manager');
  await platform.database.superuser(`update session set expires_at = now() - interval '1 second' where ended_at is null and user_id = (select id from app_user where username = 'manager')`);
  assert.equal((await platform.app.inject({ url: '/api/auth/session', headers: absolute.headers })).statusCode, 401);
});

test('sign-out ends the session at once', async () => {
  const s = await signIn(platform.app, 'qc');
  assert.equal((await platform.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers })).statusCode, 204);
  assert.equal((await platform.app.inject({ url: '/api/auth/session', headers: s.headers })).statusCode, 401);
});

test('API tokens: stored hashed, scoped, bound to a project, expiring and revocable', async () => {
  const pi = await signIn(platform.app, 'pi');
  const issue = (payload: object) => platform.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: pi.headers, payload });
  const projectId = platform.demo!.projectId;
  const created = await issue({ name: 'cli', scopes: ['projects:read'], projectId, expiresInDays: 30 });
  assert.equal(created.statusCode, 201);
  const { token, apiToken } = created.json() as { token: string; apiToken: { id: string } };
  secrets.push(token);
  const stored = await platform.services.db.selectFrom('api_token').select('token_hash').where('id', '=', apiToken.id).executeTakeFirstOrThrow();
  assert.notEqual(stored.token_hash, token);
  assert.ok(!stored.token_hash.includes(token.slice(4, 20)));

  const bearer = { authorization: `Bearer ${token}` };
  assert.equal((await platform.app.inject({ url: `/api/projects/${projectId}`, headers: bearer })).statusCode, 200);
  // Outside its scope
  const outOfScope = await platform.app.inject({ url: `/api/projects/${projectId}/audit/events`, headers: bearer });
  assert.equal(outOfScope.statusCode, 403);
  assert.equal((outOfScope.json() as { code: string }).code, 'auth.token-scope');
  // A token never mints tokens
  const mint = await platform.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: bearer, payload: { name: 'x', scopes: ['projects:read'], expiresInDays: 1 } });
  assert.equal((mint.json() as { code: string }).code, 'auth.session-required');
  // Bound to its project
  const other = await platform.services.projects.create({ actor: null, requestId: null }, { code: 'OTHER-2', title: 'Other project' });
  const elsewhere = await platform.app.inject({ url: `/api/projects/${other.id}`, headers: bearer });
  assert.equal((elsewhere.json() as { code: string }).code, 'auth.token-project');
  // Only an admin may issue the admin scope
  assert.equal((await issue({ name: 'x', scopes: ['admin'], expiresInDays: 1 })).statusCode, 403);
  // Expired
  await platform.database.superuser(`update api_token set expires_at = now() - interval '1 minute' where id = '${apiToken.id}'`);
  const expired = await platform.app.inject({ url: `/api/projects/${projectId}`, headers: bearer });
  assert.equal(expired.statusCode, 401);
  assert.equal((expired.json() as { code: string }).code, 'auth.token-expired');
  // Revoked
  const second = (await issue({ name: 'gateway', scopes: ['projects:read'], expiresInDays: 1 })).json() as { token: string; apiToken: { id: string } };
  secrets.push(second.token);
  assert.equal((await platform.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${second.apiToken.id}`, headers: pi.headers })).statusCode, 204);
  const revoked = await platform.app.inject({ url: '/api/projects', headers: { authorization: `Bearer ${second.token}` } });
  assert.equal((revoked.json() as { code: string }).code, 'auth.token-revoked');
  // Unknown and malformed
  assert.equal((await platform.app.inject({ url: '/api/projects', headers: { authorization: 'Bearer clk_nope' } })).statusCode, 401);
  assert.equal(((await platform.app.inject({ url: '/api/projects', headers: { authorization: 'Basic abc' } })).json() as { code: string }).code, 'auth.malformed-authorization');
  // Bad expiry and scopes are refused by the schema
  assert.equal((await issue({ name: 'x', scopes: ['projects:read'], expiresInDays: 1000 })).statusCode, 400);
  assert.equal((await issue({ name: 'x', scopes: ['everything'], expiresInDays: 1 })).statusCode, 400);
});

test('a disabled account loses its sessions at once', async () => {
  const s = await signIn(platform.app, 'adjudicator');
  const admin = await signIn(platform.app, 'admin');
  const user = (await platform.services.users.findByUsername('adjudicator'))!;
  const r = await platform.app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: admin.headers, payload: { disabled: true } });
  assert.equal(r.statusCode, 200);
  assert.equal((await platform.app.inject({ url: '/api/auth/session', headers: s.headers })).statusCode, 401);
  assert.equal((await login('adjudicator', DEMO_PASSWORD)).statusCode, 401);
});

test('no password, token, session id or CSRF token appears in the logs', () => {
  const text = platform.logs.join('');
  assert.ok(text.length > 1000, 'the logs were captured');
  for (const secret of secrets) assert.ok(!text.includes(secret), `a secret leaked into the logs: ${secret.slice(0, 6)}…`);
  assert.ok(!/corelab_session=/.test(text));
  assert.ok(!/"password"/.test(text));
});
