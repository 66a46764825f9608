import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.ts';

test('embedded defaults need no configuration', () => {
  const config = loadConfig({}, '/srv/corelab');
  assert.equal(config.port, 8080);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.dataDir, '/srv/corelab/.corelab-data');
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.oidc, undefined);
  assert.equal(config.publicUrl, 'http://127.0.0.1:8080');
  assert.equal(config.passwordHashing.memoryKiB, 19_456);
});

test('each bad value names its variable', () => {
  const cases: Array<[Record<string, string>, string, RegExp]> = [
    [{ PORT: 'http' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://db' }, 'DATABASE_URL', /postgres/],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL', /not a valid URL/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of/],
    [{ CORELAB_ARGON2_MEMORY_KIB: '1024' }, 'CORELAB_ARGON2_MEMORY_KIB', /between 19456/],
    [{ CORELAB_SESSION_IDLE_MINUTES: '0' }, 'CORELAB_SESSION_IDLE_MINUTES', /between 1/],
    [{ CORELAB_OIDC_ISSUER: 'https://idp.example' }, 'CORELAB_OIDC_CLIENT_ID', /required/],
    [{ CORELAB_OIDC_ISSUER: 'http://idp.example', CORELAB_OIDC_CLIENT_ID: 'a', CORELAB_OIDC_CLIENT_SECRET: 'b' }, 'CORELAB_OIDC_ISSUER', /https unless/],
    [{ CORELAB_PUBLIC_URL: 'ftp://x' }, 'CORELAB_PUBLIC_URL', /http/],
  ];
  for (const [env, variable, message] of cases) {
    assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === variable && message.test(error.message), JSON.stringify(env));
  }
});

test('PostgreSQL and OIDC are taken when given', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://corelab@127.0.0.1/corelab',
    CORELAB_OIDC_ISSUER: 'http://127.0.0.1:9000',
    CORELAB_OIDC_CLIENT_ID: 'corelab',
    CORELAB_OIDC_CLIENT_SECRET: 'secret',
    CORELAB_OIDC_LABEL: 'Keycloak CHU',
  });
  assert.equal(config.databaseUrl, 'postgres://corelab@127.0.0.1/corelab');
  assert.deepEqual(config.oidc, { issuer: 'http://127.0.0.1:9000', clientId: 'corelab', clientSecret: 'secret', label: 'Keycloak CHU', allowInsecureIssuer: true });
});
