// Browser sessions: a random id in an HTTP-only, SameSite=Strict cookie, stored hashed; a CSRF
// token per session; a new id at every login; idle and absolute timeouts.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ACCOUNT_COLUMNS, accountOf, type Account } from './account.ts';
import { newSecret, secretHash } from './secrets.ts';

export const SESSION_COOKIE = 'corelab_session';

export interface SessionTimeouts {
  idleTimeoutMinutes: number;
  absoluteTimeoutHours: number;
}

export interface ActiveSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  authMethod: string;
  expiresAt: Date;
  /** The session's account, read in the same query. */
  account: Account;
}

/** Touching last_seen_at more often than this would write on every request for nothing. */
const TOUCH_AFTER_MS = 30_000;

export class SessionService {
  constructor(private readonly db: Kysely<Database>, private readonly timeouts: SessionTimeouts) {}

  /** Opens a session in the caller's transaction; returns the cookie value (the only copy of the id). */
  async open(trx: Kysely<Database>, userId: string, authMethod: 'password' | 'oidc', now = new Date()): Promise<{ cookieValue: string; csrfToken: string; expiresAt: Date }> {
    const cookieValue = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(now.getTime() + this.timeouts.absoluteTimeoutHours * 3_600_000);
    await trx
      .insertInto('session')
      .values({ id_hash: secretHash(cookieValue), user_id: userId, csrf_token: csrfToken, auth_method: authMethod, last_seen_at: now, expires_at: expiresAt })
      .execute();
    return { cookieValue, csrfToken, expiresAt };
  }

  /** The live session behind a cookie, or undefined; expired sessions are ended on the way. */
  async resolve(cookieValue: string, now = new Date()): Promise<ActiveSession | undefined> {
    const idHash = secretHash(cookieValue);
    const row = await this.db
      .selectFrom('session as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['s.user_id', 's.csrf_token', 's.auth_method', 's.last_seen_at', 's.expires_at', ...ACCOUNT_COLUMNS])
      .where('s.id_hash', '=', idHash)
      .where('s.ended_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const idleLimit = row.last_seen_at.getTime() + this.timeouts.idleTimeoutMinutes * 60_000;
    if (now.getTime() > idleLimit || now >= row.expires_at) {
      await this.end(cookieValue, now);
      return undefined;
    }
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.db.updateTable('session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
    }
    return { idHash, userId: row.user_id, csrfToken: row.csrf_token, authMethod: row.auth_method, expiresAt: row.expires_at, account: accountOf(row) };
  }

  async end(cookieValue: string, now = new Date(), db: Kysely<Database> = this.db): Promise<void> {
    await db.updateTable('session').set({ ended_at: now }).where('id_hash', '=', secretHash(cookieValue)).where('ended_at', 'is', null).execute();
  }
}
