// Sign-in through the hospital's OpenID Connect provider (Keycloak, ADFS), with openid-client as the
// relying party: authorization code flow with PKCE (S256), state and nonce; the library validates
// the ID token. A sign-in never creates an account: it finds one an administrator provisioned.
import { sql, type Kysely } from 'kysely';
import * as client from 'openid-client';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { OidcConfig } from '../config.ts';
import type { Database } from '../db/schema.ts';
import { DomainError } from '../platform/domain-error.ts';
import { openTransaction, sealTransaction, transactionKey, TRANSACTION_LIFETIME_SECONDS } from './oidc-transaction.ts';
import type { SessionService } from './session-service.ts';

export interface OidcSettings extends OidcConfig {
  /** Where the provider sends the browser back: `${publicUrl}/api/auth/oidc/callback`. */
  redirectUri: string;
}

export type OidcRefusal = 'no-account' | 'account-disabled';

export type OidcOutcome =
  | { kind: 'signed-in'; userId: string; cookieValue: string; expiresAt: Date }
  | { kind: 'refused'; reason: OidcRefusal }
  /** The flow itself failed; `cause` is for the server log and never holds a code, token or claim. */
  | { kind: 'failed'; cause: string };

/** Who the provider says signed in, from the validated ID token. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
}

interface MatchedAccount {
  id: string;
  username: string;
  organisation_id: string | null;
  disabled_at: Date | null;
  /** False when matched by verified email: the sign-in links the account to (issuer, subject). */
  linked: boolean;
}

const SCOPE = 'openid email';
const DISCOVERY_TIMEOUT_SECONDS = 10;

export class OidcService {
  #configuration: Promise<client.Configuration> | undefined;
  readonly #key: Buffer;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly settings: OidcSettings,
  ) {
    this.#key = transactionKey(settings.clientSecret);
  }

  /** The provider's address and the sealed transaction the browser keeps until it comes back. */
  async beginSignIn(now = new Date()): Promise<{ authorizationUrl: URL; sealedTransaction: string }> {
    const configuration = await this.#discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const authorizationUrl = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const expiresAt = Math.floor(now.getTime() / 1000) + TRANSACTION_LIFETIME_SECONDS;
    return { authorizationUrl, sealedTransaction: sealTransaction(this.#key, { state, nonce, codeVerifier, expiresAt }) };
  }

  /** Redeems the provider's answer, finds the account and opens a session; any earlier session ends. */
  async completeSignIn(ctx: ActionContext, callbackUrl: URL, sealedTransaction: string | undefined, previousCookie: string | undefined, now = new Date()): Promise<OidcOutcome> {
    const transaction = openTransaction(this.#key, sealedTransaction, now);
    if (typeof transaction === 'string') return { kind: 'failed', cause: `the sign-in transaction cookie is ${transaction}` };
    let identity: OidcIdentity;
    try {
      const tokens = await client.authorizationCodeGrant(await this.#discover(), callbackUrl, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      identity = {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        emailVerified: claims.email_verified === true,
      };
    } catch (error) {
      return { kind: 'failed', cause: describeFailure(error) };
    }
    return this.#signIn(ctx, identity, previousCookie, now);
  }

  async #signIn(ctx: ActionContext, identity: OidcIdentity, previousCookie: string | undefined, now: Date): Promise<OidcOutcome> {
    return this.db.transaction().execute(async (trx): Promise<OidcOutcome> => {
      const account = await this.findAccount(trx, identity);
      if (!account || account.disabled_at) {
        const reason: OidcRefusal = account ? 'account-disabled' : 'no-account';
        await this.audit.record(trx, { ...ctx, actor: null }, {
          action: 'auth.oidc-refused',
          targetType: 'user',
          targetId: account?.id ?? null,
          details: { method: 'oidc', reason },
        });
        return { kind: 'refused', reason };
      }
      const self: ActionContext = {
        ...ctx,
        actor: { userId: account.id, username: account.username, organisationId: account.organisation_id, isPlatformAdmin: false, via: 'session', scopes: 'all', tokenProjectId: null },
      };
      if (!account.linked) {
        await trx.updateTable('app_user').set({ oidc_issuer: identity.issuer, oidc_subject: identity.subject }).where('id', '=', account.id).execute();
        await this.audit.record(trx, self, { action: 'auth.oidc-linked', targetType: 'user', targetId: account.id, details: { issuer: identity.issuer } });
      }
      // The session a browser had before sign-in never survives it (session fixation).
      if (previousCookie) await this.sessions.end(previousCookie, now, trx);
      const session = await this.sessions.open(trx, account.id, 'oidc', now);
      await this.audit.record(trx, self, { action: 'auth.login', targetType: 'user', targetId: account.id, details: { method: 'oidc' } });
      return { kind: 'signed-in', userId: account.id, cookieValue: session.cookieValue, expiresAt: session.expiresAt };
    });
  }

  /**
   * The account linked to (issuer, subject); else the one unlinked account whose email equals the
   * provider's verified email, ignoring case. An unverified email matches nothing: anyone could
   * claim it at a provider that lets people edit their own address.
   */
  async findAccount(db: Kysely<Database>, identity: OidcIdentity): Promise<MatchedAccount | undefined> {
    const columns = ['id', 'username', 'organisation_id', 'disabled_at'] as const;
    const linked = await db
      .selectFrom('app_user')
      .select(columns)
      .where('oidc_issuer', '=', identity.issuer)
      .where('oidc_subject', '=', identity.subject)
      .executeTakeFirst();
    if (linked) return { ...linked, linked: true };
    if (!identity.email || !identity.emailVerified) return undefined;
    const byEmail = await db
      .selectFrom('app_user')
      .select(columns)
      .where(sql<string>`lower(email)`, '=', identity.email.toLowerCase())
      .where('oidc_subject', 'is', null)
      .limit(2)
      .execute();
    return byEmail.length === 1 ? { ...byEmail[0]!, linked: false } : undefined;
  }

  /** Discovery on first use, then kept; a failure is not kept, so the next sign-in tries again. */
  #discover(): Promise<client.Configuration> {
    this.#configuration ??= client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, client.ClientSecretBasic(this.settings.clientSecret), {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        ...(this.settings.allowInsecureIssuer && { execute: [client.allowInsecureRequests] }),
      })
      .catch((error: unknown) => {
        this.#configuration = undefined;
        throw Object.assign(oidcUnavailable(), { cause: describeFailure(error) });
      });
    return this.#configuration;
  }
}

export const oidcUnavailable = () =>
  new DomainError('unavailable', 'auth.oidc-unavailable', 'the sign-in provider does not answer; try again later, or sign in with a password');

/** A sentence for the server log. Library messages name claims and parameters, never their values. */
function describeFailure(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return `the provider answered with the error "${String(error.error).slice(0, 100)}"`;
  }
  if (error instanceof DomainError) return `${error.message} (${String(error.cause)})`;
  if (!(error instanceof Error)) return 'unknown error';
  const inner = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${inner}`;
}
