// Password login: argon2id verification, per-account lockout after repeated failures, a growing
// delay on each failure, a fresh session id at every login, all recorded on the audit trail.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import { DomainError, unauthenticated } from '../platform/domain-error.ts';
import type { PasswordHasher } from './passwords.ts';
import type { SessionService } from './session-service.ts';

export interface LockoutPolicy {
  maxFailures: number;
  lockoutMinutes: number;
  /** Added per consecutive failure, capped: slows online guessing without hurting real users. */
  failureDelayMs?: number;
}

export interface LoginResult {
  userId: string;
  cookieValue: string;
  csrfToken: string;
  expiresAt: Date;
}

const invalidCredentials = () => unauthenticated('auth.invalid-credentials', 'the username or the password is wrong');

export class LoginService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly policy: LockoutPolicy,
  ) {}

  async login(ctx: ActionContext, username: string, password: string, previousCookie: string | undefined, now = new Date()): Promise<LoginResult> {
    // The session a browser had before login never survives it (session fixation).
    if (previousCookie) await this.sessions.end(previousCookie, now);
    const user = await this.db
      .selectFrom('app_user')
      .select(['id', 'password_hash', 'failed_login_count', 'locked_until', 'disabled_at', 'organisation_id'])
      .where('username', '=', username.toLowerCase())
      .executeTakeFirst();
    const auditCtx: ActionContext = { ...ctx, actor: null };
    if (user?.locked_until && user.locked_until > now) {
      await this.db.transaction().execute((trx) =>
        this.audit.record(trx, auditCtx, { action: 'auth.login-refused-locked', targetType: 'user', targetId: user.id }),
      );
      throw new DomainError('locked', 'auth.account-locked', `this account is locked after repeated failed logins; try again after ${user.locked_until.toISOString()}`, {
        lockedUntil: user.locked_until.toISOString(),
      });
    }
    const ok = await this.hasher.verify(user?.password_hash ?? null, password);
    if (!user || !ok || user.disabled_at) {
      if (user) await this.#recordFailure(auditCtx, user.id, user.failed_login_count + 1, now);
      const failures = (user?.failed_login_count ?? 0) + 1;
      await sleep(Math.min(failures * (this.policy.failureDelayMs ?? 250), 2_000));
      if (user?.disabled_at && ok) throw unauthenticated('auth.account-disabled', 'this account is disabled');
      throw invalidCredentials();
    }
    return this.db.transaction().execute(async (trx) => {
      await trx.updateTable('app_user').set({ failed_login_count: 0, locked_until: null }).where('id', '=', user.id).execute();
      const session = await this.sessions.open(trx, user.id, 'password', now);
      const self: ActionContext = {
        ...ctx,
        actor: { userId: user.id, username: username.toLowerCase(), organisationId: user.organisation_id, isPlatformAdmin: false, via: 'session', scopes: 'all', tokenProjectId: null },
      };
      await this.audit.record(trx, self, { action: 'auth.login', targetType: 'user', targetId: user.id, details: { method: 'password' } });
      return { userId: user.id, ...session };
    });
  }

  async #recordFailure(ctx: ActionContext, userId: string, failures: number, now: Date): Promise<void> {
    const lock = failures >= this.policy.maxFailures;
    const lockedUntil = lock ? new Date(now.getTime() + this.policy.lockoutMinutes * 60_000) : null;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({ failed_login_count: lock ? 0 : failures, ...(lock && { locked_until: lockedUntil }) })
        .where('id', '=', userId)
        .execute();
      await this.audit.record(trx, ctx, { action: 'auth.login-failed', targetType: 'user', targetId: userId, details: { consecutiveFailures: failures } });
      if (lock) {
        await this.audit.record(trx, ctx, { action: 'auth.account-locked', targetType: 'user', targetId: userId, details: { until: lockedUntil!.toISOString() } });
      }
    });
  }
}
