// Scoped API tokens for the CLI and site gateways: shown once, stored hashed, expiring, revocable.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { prepared } from '../db/prepared.ts';
import type { Database } from '../db/schema.ts';
import { TOKEN_SCOPES, type ActionContext, type TokenScope } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import { forbidden, invalid, notFound } from '../platform/domain-error.ts';
import { projectAccessColumns, projectAccessOf, type ProjectAccess, type ProjectAccessColumns } from '../access/membership-service.ts';
import { ACCOUNT_COLUMNS, accountOf, type Account, type AccountColumns } from './account.ts';
import { newSecret, secretHash } from './secrets.ts';

export const TOKEN_PREFIX = 'clk_';
export const MAX_TOKEN_DAYS = 365;

export interface ApiTokenView {
  id: string;
  name: string;
  scopes: TokenScope[];
  projectId: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface ResolvedToken {
  id: string;
  userId: string;
  scopes: TokenScope[];
  projectId: string | null;
  /** The token's account, read in the same query. */
  account: Account;
  /** The account's access to the project asked about, read in the same query. */
  projectAccess?: ProjectAccess;
}

export type TokenRefusal = 'unknown' | 'expired' | 'revoked';

interface TokenRow {
  id: string;
  user_id: string;
  scopes: string[];
  project_id: string | null;
  revoked_at: Date | null;
  expires_at: Date;
  last_used_at: Date | null;
}

export class TokenService {
  constructor(private readonly db: Kysely<Database>, private readonly audit: AuditService) {}

  async issue(
    ctx: ActionContext,
    input: { name: string; scopes: string[]; projectId?: string | null; expiresInDays: number },
  ): Promise<{ token: string; view: ApiTokenView }> {
    const actor = ctx.actor!;
    const unknown = input.scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
    if (unknown.length) throw invalid('token.unknown-scope', `unknown scope(s): ${unknown.join(', ')}; known scopes are ${TOKEN_SCOPES.join(', ')}`);
    if (input.scopes.length === 0) throw invalid('token.no-scope', 'a token needs at least one scope');
    if (input.scopes.includes('admin') && !actor.isPlatformAdmin) throw forbidden('token.scope-not-held', 'only a platform administrator can issue a token with the admin scope');
    if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
      throw invalid('token.invalid-expiry', `a token expires after 1 to ${MAX_TOKEN_DAYS} days`);
    }
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
    await this.db.transaction().execute(async (trx) => {
      if (input.projectId) {
        const member = await trx.selectFrom('project_membership').select('id').where('project_id', '=', input.projectId).where('user_id', '=', actor.userId).where('revoked_at', 'is', null).executeTakeFirst();
        if (!member && !actor.isPlatformAdmin) throw forbidden('token.project-not-held', 'a token can only be bound to a project you take part in');
      }
      await trx
        .insertInto('api_token')
        .values({ id, user_id: actor.userId, name: input.name, token_hash: secretHash(token), scopes: input.scopes, project_id: input.projectId ?? null, expires_at: expiresAt })
        .execute();
      await this.audit.record(trx, ctx, {
        action: 'token.issued',
        targetType: 'api_token',
        targetId: id,
        projectId: input.projectId ?? null,
        details: { name: input.name, scopes: input.scopes, expiresAt: expiresAt.toISOString() },
      });
    });
    const view = (await this.listFor(actor.userId)).find((t) => t.id === id)!;
    return { token, view };
  }

  async listFor(userId: string): Promise<ApiTokenView[]> {
    const rows = await this.db.selectFrom('api_token').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      scopes: r.scopes as TokenScope[],
      projectId: r.project_id,
      createdAt: r.created_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      revokedAt: r.revoked_at?.toISOString() ?? null,
      lastUsedAt: r.last_used_at?.toISOString() ?? null,
    }));
  }

  async revoke(ctx: ActionContext, tokenId: string): Promise<void> {
    const actor = ctx.actor!;
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('api_token').select(['id', 'user_id', 'revoked_at', 'project_id']).where('id', '=', tokenId).executeTakeFirst();
      if (!row || (row.user_id !== actor.userId && !actor.isPlatformAdmin)) throw notFound('token.not-found', 'no token of yours has this id');
      if (row.revoked_at) return;
      await trx.updateTable('api_token').set({ revoked_at: new Date() }).where('id', '=', tokenId).execute();
      await this.audit.record(trx, ctx, { action: 'token.revoked', targetType: 'api_token', targetId: tokenId, projectId: row.project_id });
    });
  }

  /** The live token behind a secret, with its account and, when `projectId` is given, the account's access to that project: one query. */
  async resolve(token: string, now = new Date(), projectId?: string): Promise<ResolvedToken | TokenRefusal> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 128) return 'unknown';
    const access = projectId === undefined ? sql`` : sql`, ${projectAccessColumns(sql`t.user_id`, projectId)}`;
    const row = (
      await sql<TokenRow & AccountColumns & Partial<ProjectAccessColumns>>`
        select ${prepared} t.id, t.user_id, t.scopes, t.project_id, t.revoked_at, t.expires_at, t.last_used_at, ${ACCOUNT_COLUMNS}${access}
        from api_token t join app_user u on u.id = t.user_id where t.token_hash = ${secretHash(token)}`.execute(this.db)
    ).rows[0];
    if (!row) return 'unknown';
    if (row.revoked_at) return 'revoked';
    if (row.expires_at <= now) return 'expired';
    if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
      await this.db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', row.id).execute();
    }
    return {
      id: row.id,
      userId: row.user_id,
      scopes: row.scopes as TokenScope[],
      projectId: row.project_id,
      account: accountOf(row),
      ...(projectId !== undefined && { projectAccess: projectAccessOf(row as ProjectAccessColumns) }),
    };
  }
}
