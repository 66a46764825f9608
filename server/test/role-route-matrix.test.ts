// Every route, every kind of person: a route refuses (401/403 with a reason) everyone its access
// rule does not name, and lets through everyone it names. The routes come from the app itself, so
// a route added later is covered without touching this test.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { IMAGING_ROLES, PROJECT_ROLES, type ProjectRole } from '../src/access/roles.ts';
import { DEMO_ACCOUNTS } from '../src/demo/demo-seed.ts';
import type { RouteEntry } from '../src/app.ts';
import { createTestPlatform, signIn, DEMO_PASSWORD, type Session, type TestPlatform } from './support/test-platform.ts';

interface Principal {
  name: string;
  username: string | null;
  roles: ProjectRole[];
  isPlatformAdmin: boolean;
  session?: Session;
}

let platform: TestPlatform;
let projectId: string;
const principals: Principal[] = [];

before(async () => {
  // Many sign-ins from one address: lift the per-address rate limit (tested in security.test.ts).
  platform = await createTestPlatform({ env: { CORELAB_LOGIN_RATE_PER_MINUTE: '10000' } });
  projectId = platform.demo!.projectId;
  const outsiderOrg = await platform.services.organisations.create({ actor: null, requestId: null }, { name: 'Outsider centre', kind: 'centre' });
  await platform.services.users.create({ actor: null, requestId: null }, { username: 'outsider', displayName: 'Out Sider', organisationId: outsiderOrg.id, password: DEMO_PASSWORD });
  principals.push({ name: 'anonymous', username: null, roles: [], isPlatformAdmin: false });
  principals.push({ name: 'outsider', username: 'outsider', roles: [], isPlatformAdmin: false });
  for (const account of DEMO_ACCOUNTS) {
    principals.push({
      name: account.role,
      username: account.username,
      roles: account.role === 'platform_admin' ? [] : [account.role],
      isPlatformAdmin: account.role === 'platform_admin',
    });
  }
  for (const p of principals) if (p.username) p.session = await signIn(platform.app, p.username);
});
after(() => platform.close());

function expectedAllowed(route: RouteEntry, p: Principal): boolean {
  const a = route.access;
  if (a.kind === 'public') return true;
  if (!p.username) return false;
  switch (a.kind) {
    case 'authenticated':
      return true;
    case 'platform-admin':
      return p.isPlatformAdmin;
    case 'project':
    case 'any-project-role':
      return (a.platformAdmin === true && p.isPlatformAdmin) || a.roles.some((r) => p.roles.includes(r));
  }
}

function concreteUrl(url: string): string {
  return url.replace(':projectId', projectId).replace(/:[A-Za-z]+Id/g, () => randomUUID());
}

async function call(route: RouteEntry, p: Principal) {
  const unsafe = route.method !== 'GET';
  const response = await platform.app.inject({
    method: route.method as 'GET',
    url: concreteUrl(route.url),
    headers: { ...(p.session?.headers ?? {}), ...(unsafe && { 'content-type': 'application/json' }) },
    // A body that fails validation: an allowed person gets 400 and nothing changes.
    ...(unsafe && { payload: JSON.stringify({ notAField: true }) }),
  });
  // Signing out ends the session; sign in again so the next routes see the same person.
  if (route.url === '/api/auth/logout' && p.username && response.statusCode === 204) p.session = await signIn(platform.app, p.username);
  return response;
}

test('every protected route refuses exactly the people its access rule does not name', async () => {
  const routes = platform.app.routeCatalogue.filter((r) => r.access.kind !== 'public');
  assert.ok(routes.length >= 20, `only ${routes.length} protected routes found`);
  const failures: string[] = [];
  for (const route of routes) {
    for (const p of principals) {
      const response = await call(route, p);
      const allowed = expectedAllowed(route, p);
      const refused = response.statusCode === 401 || response.statusCode === 403;
      if (allowed && refused) failures.push(`${p.name} refused on ${route.method} ${route.url}: ${response.body}`);
      if (!allowed) {
        if (!refused) failures.push(`${p.name} NOT refused on ${route.method} ${route.url}: ${response.statusCode}`);
        else {
          const problem = response.json() as { code: string; detail: string };
          assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
          assert.ok(problem.code && problem.detail.length > 10, `refusal without a reason on ${route.url}`);
          if (!p.username) assert.equal(response.statusCode, 401);
        }
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('the statistician reaches no imaging-side route and sees no membership list', async () => {
  const statistician = principals.find((p) => p.name === 'statistician')!;
  const imagingRoutes = platform.app.routeCatalogue.filter(
    (r) => (r.access.kind === 'project' || r.access.kind === 'any-project-role') && r.access.roles.length > 0 && r.access.roles.every((role) => IMAGING_ROLES.includes(role)),
  );
  for (const route of imagingRoutes) {
    const response = await call(route, statistician);
    assert.equal(response.statusCode, 403, `${route.method} ${route.url}`);
  }
  const memberships = await platform.app.inject({ url: `/api/projects/${projectId}/memberships`, headers: statistician.session!.headers });
  assert.equal(memberships.statusCode, 403);
  assert.equal((memberships.json() as { code: string }).code, 'access.role-required');
});

test('project roles are only valid in their project', async () => {
  const other = await platform.services.projects.create({ actor: null, requestId: null }, { code: 'OTHER-1', title: 'Another project' });
  const reader = principals.find((p) => p.name === 'reader')!;
  const response = await platform.app.inject({ url: `/api/projects/${other.id}`, headers: reader.session!.headers });
  assert.equal(response.statusCode, 403);
  assert.equal((response.json() as { code: string }).code, 'access.not-a-member');
  assert.equal(PROJECT_ROLES.length, 10);
});
