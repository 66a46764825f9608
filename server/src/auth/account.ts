// The account behind a token or a session, read in the same query as the credential (one round
// trip per request for authentication), and the actor a request acts as.
import { sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { unauthenticated } from '../platform/domain-error.ts';

export interface Account {
  id: string;
  username: string;
  organisationId: string | null;
  isPlatformAdmin: boolean;
  disabledAt: Date | null;
}

/** The app_user columns a credential query joins in (table alias `u`). */
export const ACCOUNT_COLUMNS = sql`u.id as account_id, u.username, u.organisation_id, u.is_platform_admin, u.disabled_at`;

export interface AccountColumns {
  account_id: string;
  username: string;
  organisation_id: string | null;
  is_platform_admin: boolean;
  disabled_at: Date | null;
}

export const accountOf = (row: AccountColumns): Account => ({
  id: row.account_id,
  username: row.username,
  organisationId: row.organisation_id,
  isPlatformAdmin: row.is_platform_admin,
  disabledAt: row.disabled_at,
});

export function actorOf(account: Account, via: Actor['via'], scopes: Actor['scopes'], tokenProjectId: string | null): Actor {
  if (account.disabledAt) throw unauthenticated('auth.account-disabled', 'this account is disabled');
  return { userId: account.id, username: account.username, organisationId: account.organisationId, isPlatformAdmin: account.isPlatformAdmin, via, scopes, tokenProjectId };
}
