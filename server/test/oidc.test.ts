// OIDC sign-in end to end against a real provider (oidc-provider) on loopback: the test plays the
// browser, following redirects with fetch and keeping cookies per origin.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { systemContext } from '../src/access/actor.ts';
import { openTransaction, sealTransaction, transactionKey } from '../src/auth/oidc-transaction.ts';
import { createTestPlatform, type TestPlatform } from './support/test-platform.ts';

const CLIENT_ID = 'corelab';
const CLIENT_SECRET = 'a-client-secret-only-for-tests';
const CALLBACK_PATH = '/api/auth/oidc/callback';

// oidc-provider ships no type declarations: this describes the little the test uses.
interface TestProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ params: Record<string, unknown> }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options: { mergeWithLastSubmission: boolean }): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> };
}
type ProviderConstructor = new (issuer: string, configuration: object) => TestProvider;

/** People known to the provider, by subject. */
interface ProviderPerson {
  email: string;
  emailVerified: boolean;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A provider with one confidential client that must use PKCE. Its login and consent interaction is
 * completed at once for whoever `signInAs` names, as a person would by typing a password.
 */
async function startProvider(redirectUri: string) {
  const { default: Provider } = (await import('oidc-provider' as string)) as { default: ProviderConstructor };
  const people = new Map<string, ProviderPerson>();
  const state = { signInAs: '' };
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // Keycloak and ADFS put the email in the ID token; oidc-provider does so only when told.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['a-provider-cookie-key-only-for-tests'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    jwks: { keys: [{ ...signingKey, alg: 'RS256', use: 'sig', kid: 'test' }] },
    findAccount: async (_ctx: unknown, sub: string) => {
      const person = people.get(sub);
      return person && { accountId: sub, claims: async () => ({ sub, email: person.email, email_verified: person.emailVerified }) };
    },
  });
  const providerCallback = provider.callback();
  handle = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return providerCallback(req, res);
    void (async () => {
      const { params } = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: state.signInAs, clientId: String(params.client_id) });
      grant.addOIDCScope(String(params.scope));
      const login = { accountId: state.signInAs };
      await provider.interactionFinished(req, res, { login, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => res.writeHead(500).end(String(error)));
  };
  return {
    issuer,
    people,
    state,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

class CookieJar {
  readonly #cookies: Map<string, string>;

  constructor(initial: Record<string, string> = {}) {
    this.#cookies = new Map(Object.entries(initial));
  }

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = value === '' || attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=.*1970/i.test(a));
      if (expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  header(): Record<string, string> {
    return this.#cookies.size ? { cookie: [...this.#cookies].map(([n, v]) => `${n}=${v}`).join('; ') } : {};
  }
}

interface FlowResult {
  /** Where Corelab's callback sent the browser. */
  location: string;
  sessionCookie: string | undefined;
  /** The first redirect to the provider. */
  authorizationUrl: URL;
  transactionCookie: string;
  /** The authorization code the provider issued (to check it never reaches a log). */
  code: string | null;
}

/** Plays a browser from Corelab's sign-in link to the end of Corelab's callback. */
async function signInThroughProvider(corelabUrl: string, options: { tamper?: (callback: URL) => void; sessionCookie?: string } = {}): Promise<FlowResult> {
  const jars = new Map<string, CookieJar>([[corelabUrl, new CookieJar(options.sessionCookie ? { corelab_session: options.sessionCookie } : {})]]);
  let url = new URL('/api/auth/oidc/login', corelabUrl);
  let authorizationUrl: URL | undefined;
  let transactionCookie = '';
  let code: string | null = null;
  for (let hop = 0; hop < 10; hop++) {
    const atCallback = url.origin === corelabUrl && url.pathname === CALLBACK_PATH;
    if (atCallback) {
      code = url.searchParams.get('code');
      options.tamper?.(url);
    }
    const jar = jars.get(url.origin) ?? new CookieJar();
    jars.set(url.origin, jar);
    const response = await fetch(url, { redirect: 'manual', headers: jar.header() });
    const body = await response.text();
    jar.store(response);
    const location = response.headers.get('location');
    assert.ok(location, `no redirect from ${url.pathname}: ${response.status} ${body}`);
    if (atCallback) {
      assert.equal(response.status, 302);
      return { location, sessionCookie: jar.get('corelab_session'), authorizationUrl: authorizationUrl!, transactionCookie, code };
    }
    if (!authorizationUrl) {
      authorizationUrl = new URL(location);
      transactionCookie = response.headers.getSetCookie().find((c) => c.startsWith('corelab_oidc=')) ?? '';
    }
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

async function auditEvents(platform: TestPlatform, action: string) {
  const rows = await platform.services.db.selectFrom('audit_event').select(['actor_user_id', 'target_id', 'details']).where('action', '=', action).orderBy('seq').execute();
  return rows.map((r) => ({ actorUserId: r.actor_user_id, targetId: r.target_id, details: JSON.parse(r.details) as Record<string, unknown> }));
}

describe('OIDC sign-in against a real provider', () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let platform: TestPlatform;
  let corelabUrl: string;

  before(async () => {
    corelabUrl = `http://127.0.0.1:${await freePort()}`;
    provider = await startProvider(`${corelabUrl}${CALLBACK_PATH}`);
    platform = await createTestPlatform({
      demo: false,
      env: {
        CORELAB_PUBLIC_URL: corelabUrl,
        CORELAB_OIDC_ISSUER: provider.issuer,
        CORELAB_OIDC_CLIENT_ID: CLIENT_ID,
        CORELAB_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      },
    });
    await platform.app.listen({ port: Number(new URL(corelabUrl).port), host: '127.0.0.1' });
  });

  after(async () => {
    await platform?.close();
    await provider?.close();
  });

  const createAccount = (username: string, email: string) =>
    platform.services.users.create(systemContext(), { username, displayName: username, email, organisationId: null });

  test('a person whose verified email matches an account signs in, and the account is linked', async () => {
    const user = await createAccount('alice', 'Alice.Martin@chu.example');
    provider.people.set('kc-alice', { email: 'alice.martin@chu.example', emailVerified: true });
    provider.state.signInAs = 'kc-alice';

    const flow = await signInThroughProvider(corelabUrl);

    assert.equal(flow.authorizationUrl.origin, provider.issuer);
    assert.equal(flow.authorizationUrl.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(flow.authorizationUrl.searchParams.get('state'));
    assert.ok(flow.authorizationUrl.searchParams.get('nonce'));
    assert.match(flow.transactionCookie, /HttpOnly/i);
    assert.match(flow.transactionCookie, /SameSite=Lax/i);
    assert.match(flow.transactionCookie, /Max-Age=600/i);
    assert.equal(flow.location, '/');
    assert.ok(flow.sessionCookie);

    const session = await platform.app.inject({ url: '/api/auth/session', headers: { cookie: `corelab_session=${flow.sessionCookie}` } });
    assert.equal(session.statusCode, 200);
    assert.equal((session.json() as { user: { id: string } }).user.id, user.id);

    const row = await platform.services.db.selectFrom('app_user').select(['oidc_issuer', 'oidc_subject']).where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { oidc_issuer: provider.issuer, oidc_subject: 'kc-alice' });
    const sessionRow = await platform.services.db.selectFrom('session').select('auth_method').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(sessionRow.auth_method, 'oidc');
    assert.deepEqual(await auditEvents(platform, 'auth.oidc-linked'), [{ actorUserId: user.id, targetId: user.id, details: { issuer: provider.issuer } }]);
    assert.deepEqual(await auditEvents(platform, 'auth.login'), [{ actorUserId: user.id, targetId: user.id, details: { method: 'oidc' } }]);

    const logs = platform.logs.join('');
    assert.ok(flow.code && !logs.includes(flow.code), 'the authorization code never reaches the log');
    assert.ok(!logs.includes(flow.sessionCookie), 'the session id never reaches the log');
  });

  test('a second sign-in matches by (issuer, subject), even when the email has changed, and ends the earlier session', async () => {
    provider.people.set('kc-alice', { email: 'alice.new-address@chu.example', emailVerified: false });
    provider.state.signInAs = 'kc-alice';
    const earlier = await signInThroughProvider(corelabUrl);

    const flow = await signInThroughProvider(corelabUrl, { sessionCookie: earlier.sessionCookie });

    assert.equal(flow.location, '/');
    assert.notEqual(flow.sessionCookie, earlier.sessionCookie);
    const ended = await platform.app.inject({ url: '/api/auth/session', headers: { cookie: `corelab_session=${earlier.sessionCookie}` } });
    assert.equal(ended.statusCode, 401, 'the session the browser had before is over');
    const session = await platform.app.inject({ url: '/api/auth/session', headers: { cookie: `corelab_session=${flow.sessionCookie}` } });
    assert.equal((session.json() as { user: { username: string } }).user.username, 'alice');
    assert.equal((await auditEvents(platform, 'auth.oidc-linked')).length, 1, 'linked once only');
    assert.equal((await auditEvents(platform, 'auth.login')).length, 3);
  });

  test('a person without an account is refused and gets no session', async () => {
    provider.people.set('kc-mallory', { email: 'mallory@elsewhere.example', emailVerified: true });
    provider.state.signInAs = 'kc-mallory';

    const flow = await signInThroughProvider(corelabUrl);

    assert.equal(flow.location, '/login?error=oidc-no-account');
    assert.equal(flow.sessionCookie, undefined);
    const refused = await auditEvents(platform, 'auth.oidc-refused');
    assert.deepEqual(refused.at(-1), { actorUserId: null, targetId: null, details: { method: 'oidc', reason: 'no-account' } });
  });

  test('an unverified email matches no account', async () => {
    const user = await createAccount('bruno', 'bruno@chu.example');
    provider.people.set('kc-bruno', { email: 'bruno@chu.example', emailVerified: false });
    provider.state.signInAs = 'kc-bruno';

    const flow = await signInThroughProvider(corelabUrl);

    assert.equal(flow.location, '/login?error=oidc-no-account');
    assert.equal(flow.sessionCookie, undefined);
    const row = await platform.services.db.selectFrom('app_user').select('oidc_subject').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(row.oidc_subject, null, 'the account stays unlinked');
  });

  test('a disabled account is refused', async () => {
    const user = await createAccount('carla', 'carla@chu.example');
    await platform.services.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', user.id).execute();
    provider.people.set('kc-carla', { email: 'carla@chu.example', emailVerified: true });
    provider.state.signInAs = 'kc-carla';

    const flow = await signInThroughProvider(corelabUrl);

    assert.equal(flow.location, '/login?error=account-disabled');
    assert.equal(flow.sessionCookie, undefined);
    assert.deepEqual((await auditEvents(platform, 'auth.oidc-refused')).at(-1), { actorUserId: null, targetId: user.id, details: { method: 'oidc', reason: 'account-disabled' } });
  });

  test('a tampered state is refused, and the reason is logged without the code', async () => {
    await createAccount('dina', 'dina@chu.example');
    provider.people.set('kc-dina', { email: 'dina@chu.example', emailVerified: true });
    provider.state.signInAs = 'kc-dina';

    const flow = await signInThroughProvider(corelabUrl, { tamper: (callback) => callback.searchParams.set('state', 'forged-state') });

    assert.equal(flow.location, '/login?error=oidc-failed');
    assert.equal(flow.sessionCookie, undefined);
    const logs = platform.logs.join('');
    const failure = logs.split('\n').find((line) => line.includes('OIDC sign-in failed'));
    assert.match(failure ?? '', /unexpected \\"state\\" response parameter/);
    assert.ok(flow.code && !logs.includes(flow.code));
  });

  test('a callback without the transaction cookie, or with an error from the provider, is refused', async () => {
    const withoutCookie = await platform.app.inject({ url: `${CALLBACK_PATH}?code=abc&state=def` });
    assert.equal(withoutCookie.statusCode, 302);
    assert.equal(withoutCookie.headers.location, '/login?error=oidc-failed');

    const login = await platform.app.inject({ url: '/api/auth/oidc/login' });
    const transaction = login.cookies.find((c) => c.name === 'corelab_oidc')!;
    const denied = await platform.app.inject({
      url: `${CALLBACK_PATH}?error=access_denied&state=${new URL(login.headers.location as string).searchParams.get('state')}&iss=${encodeURIComponent(provider.issuer)}`,
      headers: { cookie: `corelab_oidc=${transaction.value}` },
    });
    assert.equal(denied.headers.location, '/login?error=oidc-failed');
    assert.match(platform.logs.join(''), /access_denied/);
  });
});

describe('OIDC sign-in when it is not available', () => {
  test('not configured: both routes answer 404 auth.oidc-not-configured', async () => {
    const platform = await createTestPlatform({ demo: false });
    try {
      for (const url of ['/api/auth/oidc/login', `${CALLBACK_PATH}?code=x&state=y`]) {
        const response = await platform.app.inject({ url });
        assert.equal(response.statusCode, 404);
        assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        assert.equal((response.json() as { code: string }).code, 'auth.oidc-not-configured');
      }
    } finally {
      await platform.close();
    }
  });

  test('provider unreachable: the login route answers 503 auth.oidc-unavailable', async () => {
    const platform = await createTestPlatform({
      demo: false,
      env: { CORELAB_OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`, CORELAB_OIDC_CLIENT_ID: CLIENT_ID, CORELAB_OIDC_CLIENT_SECRET: CLIENT_SECRET },
    });
    try {
      const response = await platform.app.inject({ url: '/api/auth/oidc/login' });
      assert.equal(response.statusCode, 503);
      assert.equal((response.json() as { code: string }).code, 'auth.oidc-unavailable');
      assert.match(platform.logs.join(''), /could not be discovered/);
    } finally {
      await platform.close();
    }
  });
});

test('the transaction cookie can be neither forged, altered nor kept past its lifetime', () => {
  const key = transactionKey('secret-one');
  const now = new Date('2025-01-01T00:00:00Z');
  const transaction = { state: 's', nonce: 'n', codeVerifier: 'v', expiresAt: now.getTime() / 1000 + 600 };
  const sealed = sealTransaction(key, transaction);
  const altered = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
  const cases: Array<[string, string | undefined, Date, unknown]> = [
    ['intact', sealed, now, transaction],
    ['absent', undefined, now, 'missing'],
    ['altered', altered, now, 'invalid'],
    ['sealed with another key', sealTransaction(transactionKey('secret-two'), transaction), now, 'invalid'],
    ['garbage', 'not-a-cookie', now, 'invalid'],
    ['past its lifetime', sealed, new Date(now.getTime() + 601_000), 'expired'],
  ];
  for (const [name, value, at, expected] of cases) assert.deepEqual(openTransaction(key, value, at), expected, name);
});
