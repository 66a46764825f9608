// Browser sessions: a random id in an HTTP-only, SameSite=Strict cookie, stored hashed; a CSRF
// token per session; a new id at every login; idle and absolute timeouts.
import { sql, type Kysely } from 'kysely';
import { prepared } from '../db/prepared.ts';
import type { Database } from '../db/schema.ts';
import { projectAccessColumns, projectAccessOf, type ProjectAccess, type ProjectAccessColumns } from '../access/membership-service.ts';
import { ACCOUNT_COLUMNS, accountOf, type Account, type AccountColumns } from './account.ts';
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
  /** The account's access to the project asked about, read in the same query. */
  projectAccess?: ProjectAccess;
}

interface SessionRow {
  user_id: string;
  csrf_token: string;
  auth_method: string;
  last_seen_at: Date;
  expires_at: Date;
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

  /**
   * The live session behind a cookie, or undefined; expired sessions are ended on the way. With its
   * account and, when `projectId` is given, the account's access to that project: one query.
   */
  async resolve(cookieValue: string, now = new Date(), projectId?: string): Promise<ActiveSession | undefined> {
    const idHash = secretHash(cookieValue);
    const access = projectId === undefined ? sql`` : sql`, ${projectAccessColumns(sql`s.user_id`, projectId)}`;
    const row = (
      await sql<SessionRow & AccountColumns & Partial<ProjectAccessColumns>>`
        select ${prepared} s.user_id, s.csrf_token, s.auth_method, s.last_seen_at, s.expires_at, ${ACCOUNT_COLUMNS}${access}
        from session s join app_user u on u.id = s.user_id where s.id_hash = ${idHash} and s.ended_at is null`.execute(this.db)
    ).rows[0];
    if (!row) return undefined;
    const idleLimit = row.last_seen_at.getTime() + this.timeouts.idleTimeoutMinutes * 60_000;
    if (now.getTime() > idleLimit || now >= row.expires_at) {
      await this.end(cookieValue, now);
      return undefined;
    }
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.db.updateTable('session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
    }
    return {
      idHash,
      userId: row.user_id,
      csrfToken: row.csrf_token,
      authMethod: row.auth_method,
      expiresAt: row.expires_at,
      account: accountOf(row),
      ...(projectId !== undefined && { projectAccess: projectAccessOf(row as ProjectAccessColumns) }),
    };
  }

  async end(cookieValue: string, now = new Date(), db: Kysely<Database> = this.db): Promise<void> {
    await db.updateTable('session').set({ ended_at: now }).where('id_hash', '=', secretHash(cookieValue)).where('ended_at', 'is', null).execute();
  }
}
