// Who holds which role in which project. Separation of duties is checked when a role is granted,
// and again every time a person acts in a project (projectAccessColumns, read with their
// credential), so that a conflict that slipped in some other way still stops them.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ActionContext } from './actor.ts';
import { isProjectRole, type ProjectRole } from './roles.ts';
import { imagingStatisticsConflict, membershipViolations, roleOrganisationMismatch, type Violation } from './separation-of-duties.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { ProjectService } from '../projects/project-service.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/domain-error.ts';

export interface Membership {
  id: string;
  projectId: string;
  userId: string;
  username: string;
  displayName: string;
  role: ProjectRole;
  organisationId: string;
  organisationName: string;
  grantedAt: string;
}

export interface ProjectAccess {
  projectExists: boolean;
  roles: ProjectRole[];
  /** The organisation the person acts for in this project. */
  organisationId: string | null;
  violation: Violation | undefined;
}

/** The columns projectAccessColumns selects. */
export interface ProjectAccessColumns {
  project_exists: boolean;
  grants: string;
  parties: string;
}

/**
 * What a person may do in a project right now, as select-list SQL for the person `userId` (an SQL
 * expression): the credential lookups add it to their query, so that a project request costs one
 * round trip for both; projectAccessOf interprets the row, with any separation-of-duties conflict.
 */
export function projectAccessColumns(userId: RawBuilder<unknown>, projectId: string): RawBuilder<ProjectAccessColumns> {
  return sql<ProjectAccessColumns>`exists (select 1 from project where id = ${projectId}) as project_exists,
    coalesce((select json_agg(json_build_object('role', m.role, 'organisation_id', m.organisation_id))::text
      from project_membership m where m.user_id = ${userId} and m.project_id = ${projectId} and m.revoked_at is null), '[]') as grants,
    coalesce((select json_agg(json_build_object('organisation_id', po.organisation_id, 'part', po.part))::text
      from project_organisation po where po.project_id = ${projectId}), '[]') as parties`;
}

export function projectAccessOf(row: ProjectAccessColumns): ProjectAccess {
  const grants = JSON.parse(row.grants) as Array<{ role: string; organisation_id: string }>;
  const parties = JSON.parse(row.parties) as Array<{ organisation_id: string; part: string }>;
  const roles = grants.map((g) => g.role).filter(isProjectRole);
  const violation = membershipViolations(
    grants.filter((g) => isProjectRole(g.role)).map((g) => ({ role: g.role as ProjectRole, organisationId: g.organisation_id })),
    parties.map((p) => ({ organisationId: p.organisation_id, part: p.part as never })),
  );
  return { projectExists: row.project_exists, roles, organisationId: grants[0]?.organisation_id ?? null, violation };
}

export const separationError = (v: Violation) => forbidden(`separation-of-duties.${v.rule}`, v.message, { rule: v.rule });

export class MembershipService {
  constructor(private readonly db: Kysely<Database>, private readonly audit: AuditService, private readonly projects: ProjectService) {}

  async list(projectId: string): Promise<Membership[]> {
    const rows = await this.db
      .selectFrom('project_membership as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
      .select(['m.id', 'm.project_id', 'm.user_id', 'u.username', 'u.display_name', 'm.role', 'm.organisation_id', 'o.name as organisation_name', 'm.granted_at'])
      .where('m.project_id', '=', projectId)
      .where('m.revoked_at', 'is', null)
      .orderBy('m.role')
      .orderBy('u.username')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      projectId: r.project_id,
      userId: r.user_id,
      username: r.username,
      displayName: r.display_name,
      role: r.role as ProjectRole,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      grantedAt: r.granted_at.toISOString(),
    }));
  }

  async grant(ctx: ActionContext, projectId: string, input: { userId: string; role: string; reason?: string | undefined }): Promise<Membership> {
    const role = input.role;
    if (!isProjectRole(role)) throw invalid('membership.unknown-role', `"${role}" is not a project role`);
    const id = await this.db.transaction().execute(async (trx) => {
      await this.projects.get(projectId, trx);
      const user = await trx.selectFrom('app_user').select(['id', 'organisation_id', 'disabled_at']).where('id', '=', input.userId).executeTakeFirst();
      if (!user) throw invalid('membership.unknown-user', 'the account given does not exist');
      if (user.disabled_at) throw conflict('membership.user-disabled', 'a disabled account cannot be given a role');
      if (!user.organisation_id) throw invalid('membership.user-without-organisation', 'the account belongs to no organisation; a project role is always held for an organisation');
      const held = await this.#activeRoles(trx, projectId, input.userId);
      if (held.includes(role)) throw conflict('membership.already-held', `this person already holds the ${role} role in the project`);
      const parties = await this.projects.parties(projectId, trx);
      const violation = imagingStatisticsConflict([...held, role]) ?? roleOrganisationMismatch(role, user.organisation_id, parties);
      if (violation) throw separationError(violation);
      const id = randomUUID();
      await trx
        .insertInto('project_membership')
        .values({ id, project_id: projectId, user_id: input.userId, role, organisation_id: user.organisation_id, granted_by: ctx.actor?.userId ?? null })
        .execute();
      await this.audit.record(trx, ctx, {
        action: 'membership.granted',
        targetType: 'membership',
        targetId: id,
        projectId,
        reason: input.reason ?? null,
        after: { userId: input.userId, role, organisationId: user.organisation_id },
        details: { userId: input.userId, role },
      });
      return id;
    });
    const granted = (await this.list(projectId)).find((m) => m.id === id);
    return granted!;
  }

  async revoke(ctx: ActionContext, projectId: string, membershipId: string, reason: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('project_membership')
        .select(['id', 'user_id', 'role', 'organisation_id'])
        .where('id', '=', membershipId)
        .where('project_id', '=', projectId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) throw notFound('membership.not-found', 'no active membership has this id in the project');
      await trx.updateTable('project_membership').set({ revoked_at: new Date(), revoked_by: ctx.actor?.userId ?? null }).where('id', '=', membershipId).execute();
      await this.audit.record(trx, ctx, {
        action: 'membership.revoked',
        targetType: 'membership',
        targetId: membershipId,
        projectId,
        reason,
        before: { userId: row.user_id, role: row.role, organisationId: row.organisation_id },
        details: { userId: row.user_id, role: row.role },
      });
    });
  }

  /** Projects in which the person holds one of these roles. */
  async projectsWithRole(userId: string, roles: readonly ProjectRole[]): Promise<string[]> {
    if (roles.length === 0) return [];
    const rows = await this.db
      .selectFrom('project_membership')
      .select('project_id')
      .distinct()
      .where('user_id', '=', userId)
      .where('role', 'in', [...roles])
      .where('revoked_at', 'is', null)
      .execute();
    return rows.map((r) => r.project_id);
  }

  async #activeRoles(db: Kysely<Database>, projectId: string, userId: string): Promise<ProjectRole[]> {
    const rows = await db.selectFrom('project_membership').select('role').where('project_id', '=', projectId).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    return rows.map((r) => r.role).filter(isProjectRole);
  }
}
