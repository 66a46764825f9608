// Organisations, accounts, projects and roles through the HTTP API, with separation of duties
// enforced at grant time and again at every access, and every change on the audit trail.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let admin: Session;
let projectId: string;

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_LOGIN_RATE_PER_MINUTE: '1000' } });
  admin = await signIn(platform.app, 'admin');
  projectId = platform.demo!.projectId;
});
after(() => platform.close());

const post = (url: string, payload: object, session = admin) => platform.app.inject({ method: 'POST', url, headers: session.headers, payload });
const userId = async (username: string) => (await platform.services.users.findByUsername(username))!.id;
const orgId = async (name: string) => (await platform.services.organisations.list()).find((o) => o.name === name)!.id;

test('a role that breaks separation of duties is refused, naming the rule', async () => {
  const cases: Array<[string, string, string]> = [
    ['reader1', 'statistician', 'separation-of-duties.imaging-and-statistics-separated'],
    ['statistician', 'reader', 'separation-of-duties.imaging-and-statistics-separated'],
    ['statistician', 'core_lab_manager', 'separation-of-duties.imaging-and-statistics-separated'],
    ['datamanager', 'core_lab_manager', 'separation-of-duties.role-matches-organisation'],
    ['pi', 'statistician', 'separation-of-duties.role-matches-organisation'],
  ];
  for (const [username, role, code] of cases) {
    const response = await post(`/api/projects/${projectId}/memberships`, { userId: await userId(username), role });
    assert.equal(response.statusCode, 403, `${username} as ${role}`);
    const problem = response.json() as { code: string; rule: string; detail: string };
    assert.equal(problem.code, code, `${username} as ${role}`);
    assert.equal(`separation-of-duties.${problem.rule}`, code);
  }
});

test('the statistics unit cannot also be a centre or the core lab of the project', async () => {
  const stats = await orgId('Unité de biostatistique (démo)');
  const response = await post(`/api/projects/${projectId}/parties`, { organisationId: stats, part: 'centre' });
  assert.equal(response.statusCode, 400);
  assert.equal((response.json() as { code: string }).code, 'project.part-does-not-fit');
  // A new project whose core lab would also be its statistics unit
  const created = await post('/api/projects', { code: 'SOD-1', title: 'Separation test' });
  const sod = (created.json() as { id: string }).id;
  const core = await orgId('Core lab imagerie cardiaque (démo)');
  assert.equal((await post(`/api/projects/${sod}/parties`, { organisationId: core, part: 'core_lab' })).statusCode, 201);
  const asCentre = await post(`/api/projects/${sod}/parties`, { organisationId: core, part: 'centre' });
  assert.equal(asCentre.statusCode, 201, 'a core lab may also read as a centre');
  const otherCore = (await post('/api/organisations', { name: 'Second core lab', kind: 'core_lab' })).json() as { id: string };
  const again = await post(`/api/projects/${sod}/parties`, { organisationId: otherCore.id, part: 'core_lab' });
  assert.equal((again.json() as { code: string }).code, 'project.single-party');
});

test('a conflict slipped into the database is refused at the next access', async () => {
  const statistician = await signIn(platform.app, 'statistician');
  assert.equal((await platform.app.inject({ url: `/api/projects/${projectId}`, headers: statistician.headers })).statusCode, 200);
  const stats = await platform.services.users.findByUsername('statistician');
  await platform.database.superuser(
    `insert into project_membership (id, project_id, user_id, role, organisation_id) values (gen_random_uuid(), '${projectId}', '${stats!.id}', 'reader', '${stats!.organisationId}')`,
  );
  const response = await platform.app.inject({ url: `/api/projects/${projectId}`, headers: statistician.headers });
  assert.equal(response.statusCode, 403);
  assert.equal((response.json() as { rule: string }).rule, 'imaging-and-statistics-separated');
  await platform.database.superuser(`update project_membership set revoked_at = now() where user_id = '${stats!.id}' and role = 'reader'`);
  assert.equal((await platform.app.inject({ url: `/api/projects/${projectId}`, headers: statistician.headers })).statusCode, 200);
});

test('the admin builds a project: organisation, account, party, role; each step audited', async () => {
  const org = await post('/api/organisations', { name: 'CHU Est', kind: 'centre', city: 'Strasbourg', country: 'FR' });
  assert.equal(org.statusCode, 201);
  const organisationId = (org.json() as { id: string }).id;
  const user = await post('/api/users', { username: 'Est.Manager', displayName: 'Eva Est', organisationId, password: 'a-long-enough-password' });
  assert.equal(user.statusCode, 201);
  assert.equal((user.json() as { username: string }).username, 'est.manager');
  assert.equal((await post(`/api/projects/${projectId}/parties`, { organisationId, part: 'centre' })).statusCode, 201);
  const grant = await post(`/api/projects/${projectId}/memberships`, { userId: (user.json() as { id: string }).id, role: 'centre_data_manager', reason: 'new centre joins' });
  assert.equal(grant.statusCode, 201);
  const membership = grant.json() as { id: string; organisationName: string };
  assert.equal(membership.organisationName, 'CHU Est');
  const person = await signIn(platform.app, 'est.manager', 'a-long-enough-password');
  const projects = (await platform.app.inject({ url: '/api/projects', headers: person.headers })).json() as Array<{ myRoles: string[] }>;
  assert.deepEqual(projects[0]!.myRoles, ['centre_data_manager']);
  const revoke = await post(`/api/projects/${projectId}/memberships/${membership.id}/revoke`, { reason: 'left the study' });
  assert.equal(revoke.statusCode, 204);
  assert.equal((await platform.app.inject({ url: `/api/projects/${projectId}`, headers: person.headers })).statusCode, 403);

  const events = await platform.services.audit.search({ projectId, limit: 20 });
  const actions = events.map((e) => e.action);
  for (const action of ['project.party-added', 'membership.granted', 'membership.revoked']) assert.ok(actions.includes(action), action);
  const revoked = events.find((e) => e.action === 'membership.revoked')!;
  assert.equal(revoked.reason, 'left the study');
  assert.equal(revoked.actor_username, 'admin');
  assert.equal(revoked.actor_role, 'platform_admin');
  assert.match(revoked.before_digest!, /^[0-9a-f]{64}$/);
  assert.equal((await platform.services.audit.verify()).ok, true);
});

test('a failed change leaves no trace and no audit event (same transaction)', async () => {
  const before = await platform.services.audit.store.head(platform.database.db);
  const clash = await post('/api/organisations', { name: 'CHU Nord (démo)', kind: 'centre' });
  assert.equal(clash.statusCode, 409);
  assert.equal((clash.json() as { code: string }).code, 'organisation.name-taken');
  const refused = await post(`/api/projects/${projectId}/memberships`, { userId: await userId('reader1'), role: 'statistician' });
  assert.equal(refused.statusCode, 403);
  assert.deepEqual(await platform.services.audit.store.head(platform.database.db), before);
});

test('bad input gets a specific problem, never a stack trace', async () => {
  const cases: Array<[object, number, string]> = [
    [{ method: 'POST', url: '/api/organisations', headers: { ...admin.headers, 'content-type': 'application/json' }, payload: '{"name":' }, 400, 'request.invalid-json'],
    [{ method: 'POST', url: '/api/organisations', headers: admin.headers, payload: { name: 'X', kind: 'centre' } }, 400, 'request.invalid-body'],
    [{ method: 'POST', url: '/api/organisations', headers: admin.headers, payload: { name: 'Valid name', kind: 'hospital' } }, 400, 'request.invalid-body'],
    [{ method: 'POST', url: '/api/organisations', headers: admin.headers, payload: { name: 'Valid name', kind: 'centre', extra: 1 } }, 400, 'request.invalid-body'],
    [{ method: 'POST', url: '/api/organisations', headers: { ...admin.headers, 'content-type': 'text/plain' }, payload: 'hello' }, 415, 'request.unsupported-media-type'],
    [{ method: 'POST', url: '/api/organisations', headers: { ...admin.headers, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x'.repeat(2_000_000), kind: 'centre' }) }, 413, 'request.body-too-large'],
    [{ method: 'GET', url: '/api/projects/not-a-uuid', headers: admin.headers }, 400, 'request.invalid-project-id'],
    [{ method: 'GET', url: `/api/projects/00000000-0000-4000-8000-000000000000`, headers: admin.headers }, 404, 'project.not-found'],
    [{ method: 'GET', url: '/api/nothing-here' }, 404, 'route.not-found'],
    [{ method: 'POST', url: '/api/users', headers: admin.headers, payload: { username: 'short.pw', displayName: 'S', organisationId: null, password: 'short' } }, 400, 'password.too-short'],
    [{ method: 'POST', url: '/api/users', headers: admin.headers, payload: { username: '-bad name', displayName: 'S', organisationId: null } }, 400, 'user.invalid-username'],
    [{ method: 'POST', url: '/api/projects', headers: admin.headers, payload: { code: 'bad code!', title: 'Some title' } }, 400, 'project.invalid-code'],
    [{ method: 'GET', url: '/api/audit/events?limit=100000', headers: admin.headers }, 400, 'request.invalid-querystring'],
  ];
  for (const [request, status, code] of cases) {
    const response = await platform.app.inject(request as never);
    assert.equal(response.statusCode, status, `${code}: ${response.body.slice(0, 200)}`);
    const problem = response.json() as { code: string; detail: string; requestId: string; stack?: unknown };
    assert.equal(problem.code, code);
    assert.equal(problem.requestId, response.headers['x-request-id']);
    assert.equal(problem.stack, undefined);
    assert.ok(!/\bat .*\.ts:\d+/.test(response.body), 'no stack trace');
  }
});

test('request ids: each response carries one, a sane incoming one is kept', async () => {
  const mine = await platform.app.inject({ url: '/healthz', headers: { 'x-request-id': 'gateway-abc-12345' } });
  assert.equal(mine.headers['x-request-id'], 'gateway-abc-12345');
  const hostile = await platform.app.inject({ url: '/healthz', headers: { 'x-request-id': '<script>'.repeat(20) } });
  assert.match(hostile.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/);
  assert.ok(platform.logs.some((l) => l.includes('gateway-abc-12345')), 'the request id is on the log lines');
});

test('the OpenAPI document describes every API route with a schema', async () => {
  const doc = (await platform.app.inject('/api/openapi.json')).json() as { openapi: string; paths: Record<string, Record<string, { responses: object }>> };
  assert.equal(doc.openapi, '3.1.0');
  for (const route of platform.app.routeCatalogue.filter((r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json')) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    assert.ok(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url} is in the OpenAPI document`);
  }
  assert.equal((await platform.app.inject('/api/docs')).statusCode < 400, true);
});

test('text that is not well-formed UTF-16 keeps the audit chain verifiable', async () => {
  const user = await post('/api/users', { username: 'surrogate.test', displayName: 'S', organisationId: await orgId('CHU Nord (démo)') });
  const grant = await post(`/api/projects/${projectId}/memberships`, { userId: (user.json() as { id: string }).id, role: 'centre_data_manager' });
  const membership = grant.json() as { id: string };
  // A lone surrogate, as a buggy client could send it: valid JSON, not valid UTF-8 once stored.
  const response = await platform.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/memberships/${membership.id}/revoke`,
    headers: { ...admin.headers, 'content-type': 'application/json' },
    payload: '{"reason":"left \\ud800 the study"}',
  });
  assert.equal(response.statusCode, 204);
  assert.equal((await platform.services.audit.verify()).ok, true);
});
