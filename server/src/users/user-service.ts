// Accounts: local (argon2id password) or linked to the hospital's OIDC provider.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AppUserTable, Database } from '../db/schema.ts';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import { checkPasswordPolicy, type PasswordHasher } from '../auth/passwords.ts';
import { conflict, invalid, notFound } from '../platform/domain-error.ts';

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  organisationId: string | null;
  isPlatformAdmin: boolean;
  preferredLanguage: 'fr' | 'en';
  disabled: boolean;
  hasPassword: boolean;
  oidcLinked: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  organisationId: string | null;
  password?: string | null;
  isPlatformAdmin?: boolean;
  preferredLanguage?: 'fr' | 'en';
}

export interface UserPatch {
  displayName?: string;
  email?: string | null;
  organisationId?: string | null;
  isPlatformAdmin?: boolean;
  preferredLanguage?: 'fr' | 'en';
  disabled?: boolean;
  password?: string;
}

export function toUser(row: Selectable<AppUserTable>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    organisationId: row.organisation_id,
    isPlatformAdmin: row.is_platform_admin,
    preferredLanguage: row.preferred_language as 'fr' | 'en',
    disabled: row.disabled_at !== null,
    hasPassword: row.password_hash !== null,
    oidcLinked: row.oidc_subject !== null,
  };
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export class UserService {
  constructor(private readonly db: Kysely<Database>, private readonly audit: AuditService, private readonly hasher: PasswordHasher) {}

  async list(): Promise<User[]> {
    return (await this.db.selectFrom('app_user').selectAll().orderBy('username').execute()).map(toUser);
  }

  async get(id: string, db: Kysely<Database> = this.db): Promise<User> {
    const row = await db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('user.not-found', 'no account has this id');
    return toUser(row);
  }

  async findByUsername(username: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('app_user').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
    return row && toUser(row);
  }

  async create(ctx: ActionContext, input: NewUser): Promise<User> {
    const username = input.username.toLowerCase();
    if (!USERNAME.test(username)) {
      throw invalid('user.invalid-username', 'a username has 2 to 64 characters: letters, digits, dot, dash or underscore, starting with a letter or digit');
    }
    if (input.password) checkPasswordPolicy(input.password);
    const passwordHash = input.password ? await this.hasher.hash(input.password) : null;
    return this.db.transaction().execute(async (trx) => {
      if (await trx.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst()) {
        throw conflict('user.username-taken', `the username "${username}" is already taken`);
      }
      if (input.organisationId) await this.#organisationExists(trx, input.organisationId);
      const id = randomUUID();
      await trx
        .insertInto('app_user')
        .values({
          id,
          username,
          display_name: input.displayName,
          email: input.email ?? null,
          organisation_id: input.organisationId,
          password_hash: passwordHash,
          is_platform_admin: input.isPlatformAdmin ?? false,
          preferred_language: input.preferredLanguage ?? 'fr',
          oidc_issuer: null,
          oidc_subject: null,
        })
        .execute();
      const user = await this.get(id, trx);
      await this.audit.record(trx, ctx, {
        action: 'user.created',
        targetType: 'user',
        targetId: id,
        after: user,
        details: { isPlatformAdmin: user.isPlatformAdmin, organisationId: user.organisationId },
      });
      return user;
    });
  }

  async update(ctx: ActionContext, id: string, patch: UserPatch): Promise<User> {
    if (patch.password !== undefined) checkPasswordPolicy(patch.password);
    const passwordHash = patch.password !== undefined ? await this.hasher.hash(patch.password) : undefined;
    return this.db.transaction().execute(async (trx) => {
      const before = await this.get(id, trx);
      if (patch.organisationId) await this.#organisationExists(trx, patch.organisationId);
      if (ctx.actor?.userId === id && (patch.disabled === true || patch.isPlatformAdmin === false)) {
        throw conflict('user.cannot-demote-self', 'an administrator cannot disable or demote their own account');
      }
      await trx
        .updateTable('app_user')
        .set({
          ...(patch.displayName !== undefined && { display_name: patch.displayName }),
          ...(patch.email !== undefined && { email: patch.email }),
          ...(patch.organisationId !== undefined && { organisation_id: patch.organisationId }),
          ...(patch.isPlatformAdmin !== undefined && { is_platform_admin: patch.isPlatformAdmin }),
          ...(patch.preferredLanguage !== undefined && { preferred_language: patch.preferredLanguage }),
          ...(patch.disabled !== undefined && { disabled_at: patch.disabled ? new Date() : null }),
          ...(passwordHash !== undefined && { password_hash: passwordHash, failed_login_count: 0, locked_until: null }),
        })
        .where('id', '=', id)
        .execute();
      if (patch.disabled || passwordHash !== undefined) {
        // A disabled account or a reset password ends every open session of that person.
        await trx.updateTable('session').set({ ended_at: new Date() }).where('user_id', '=', id).where('ended_at', 'is', null).execute();
      }
      const after = await this.get(id, trx);
      const fields = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
      await this.audit.record(trx, ctx, { action: 'user.updated', targetType: 'user', targetId: id, before, after, details: { fields } });
      return after;
    });
  }

  async #organisationExists(db: Kysely<Database>, organisationId: string): Promise<void> {
    const org = await db.selectFrom('organisation').select('id').where('id', '=', organisationId).executeTakeFirst();
    if (!org) throw invalid('user.unknown-organisation', 'the organisation given does not exist');
  }
}
