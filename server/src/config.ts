// The one place where Corelab reads its configuration. Every value is validated at start-up;
// a bad value stops the process with a sentence naming the variable and what it accepts.
import path from 'node:path';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Display name on the login button, e.g. "Hospital Keycloak". */
  label: string;
  /** Allow an http:// issuer; only for a provider on loopback (tests, local Keycloak). */
  allowInsecureIssuer: boolean;
}

export interface Config {
  host: string;
  port: number;
  /** Address the browser uses to reach Corelab; used for OIDC redirects and secure cookies. */
  publicUrl: string;
  dataDir: string;
  /** PostgreSQL connection string; when absent the embedded database in dataDir is used. */
  databaseUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  session: {
    idleTimeoutMinutes: number;
    absoluteTimeoutHours: number;
  };
  login: {
    /** Failed attempts on one account before it is locked. */
    maxFailures: number;
    lockoutMinutes: number;
    /** Login requests allowed per client address and minute. */
    ratePerMinute: number;
  };
  passwordHashing: { memoryKiB: number; iterations: number };
  audit: {
    /** Minutes between automatic signatures of the audit-chain head; 0 disables the timer. */
    checkpointIntervalMinutes: number;
  };
  oidc: OidcConfig | undefined;
  /** Folder of the built web app; the server serves it when it exists. */
  webDir: string;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** A whole-number setting within [min, max], or the fallback when unset; a bad value is a ConfigError naming the variable. */
export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, fallback: string | undefined, protocols: string[]): string | undefined {
  const raw = env[name] || fallback;
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function oidcConfig(env: Env): OidcConfig | undefined {
  const issuer = url(env, 'CORELAB_OIDC_ISSUER', undefined, ['https:', 'http:']);
  if (!issuer) return undefined;
  const clientId = env.CORELAB_OIDC_CLIENT_ID;
  const clientSecret = env.CORELAB_OIDC_CLIENT_SECRET;
  if (!clientId) throw new ConfigError('CORELAB_OIDC_CLIENT_ID', 'is required when CORELAB_OIDC_ISSUER is set');
  if (!clientSecret) throw new ConfigError('CORELAB_OIDC_CLIENT_SECRET', 'is required when CORELAB_OIDC_ISSUER is set');
  const insecure = new URL(issuer).protocol === 'http:';
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(issuer).hostname);
  if (insecure && !loopback) {
    throw new ConfigError('CORELAB_OIDC_ISSUER', 'must use https unless the provider is on loopback');
  }
  return { issuer, clientId, clientSecret, label: env.CORELAB_OIDC_LABEL || 'OIDC', allowInsecureIssuer: insecure };
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const port = integer(env, 'PORT', 8080, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const publicUrl = url(env, 'CORELAB_PUBLIC_URL', `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`, ['http:', 'https:'])!;
  return {
    host,
    port,
    publicUrl: publicUrl.replace(/\/$/, ''),
    dataDir: path.resolve(cwd, env.CORELAB_DATA_DIR || '.corelab-data'),
    databaseUrl: url(env, 'DATABASE_URL', undefined, ['postgres:', 'postgresql:']),
    logLevel,
    session: {
      idleTimeoutMinutes: integer(env, 'CORELAB_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      absoluteTimeoutHours: integer(env, 'CORELAB_SESSION_ABSOLUTE_HOURS', 12, 1, 7 * 24),
    },
    login: {
      maxFailures: integer(env, 'CORELAB_LOGIN_MAX_FAILURES', 5, 1, 100),
      lockoutMinutes: integer(env, 'CORELAB_LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
      ratePerMinute: integer(env, 'CORELAB_LOGIN_RATE_PER_MINUTE', 20, 1, 10_000),
    },
    // OWASP's minimum for argon2id is 19 MiB and 2 iterations; lower values are refused.
    passwordHashing: {
      memoryKiB: integer(env, 'CORELAB_ARGON2_MEMORY_KIB', 19_456, 19_456, 4_194_304),
      iterations: integer(env, 'CORELAB_ARGON2_ITERATIONS', 2, 2, 20),
    },
    audit: {
      checkpointIntervalMinutes: integer(env, 'CORELAB_AUDIT_CHECKPOINT_MINUTES', 60, 0, 7 * 24 * 60),
    },
    oidc: oidcConfig(env),
    webDir: path.resolve(cwd, env.CORELAB_WEB_DIR || path.join(import.meta.dirname, '../../web/dist')),
  };
}
