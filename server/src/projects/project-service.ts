// Research projects and the organisations taking part in them (centres, core lab, statistics unit,
// sponsor, committee). The statistics unit's independence is checked whenever a party is added.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ActionContext } from '../access/actor.ts';
import type { ProjectPart, ProjectRole } from '../access/roles.ts';
import { partConflict, type ProjectParty } from '../access/separation-of-duties.ts';
import type { AuditService } from '../audit/audit-service.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/domain-error.ts';

export interface Project {
  id: string;
  code: string;
  title: string;
  description: string;
  status: 'active' | 'closed';
}

export interface ProjectPartyView extends ProjectParty {
  organisationName: string;
}

export interface ProjectSummary extends Project {
  myRoles: ProjectRole[];
}

const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const projectColumns = ['id', 'code', 'title', 'description', 'status'] as const;

export class ProjectService {
  constructor(private readonly db: Kysely<Database>, private readonly audit: AuditService) {}

  async get(id: string, db: Kysely<Database> = this.db): Promise<Project> {
    const row = await db.selectFrom('project').select(projectColumns).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('project.not-found', 'no project has this id');
    return row as Project;
  }

  /** The projects a person takes part in, with their roles; a platform admin sees every project. */
  async listFor(userId: string, isPlatformAdmin: boolean): Promise<ProjectSummary[]> {
    const memberships = await this.db
      .selectFrom('project_membership')
      .select(['project_id', 'role'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    const ids = [...new Set(memberships.map((m) => m.project_id))];
    if (!isPlatformAdmin && ids.length === 0) return [];
    let query = this.db.selectFrom('project').select(projectColumns).orderBy('code');
    if (!isPlatformAdmin) query = query.where('id', 'in', ids);
    const projects = (await query.execute()) as Project[];
    return projects.map((p) => ({ ...p, myRoles: memberships.filter((m) => m.project_id === p.id).map((m) => m.role as ProjectRole) }));
  }

  async create(ctx: ActionContext, input: { code: string; title: string; description?: string }): Promise<Project> {
    const code = input.code.toUpperCase();
    if (!CODE.test(code)) throw invalid('project.invalid-code', 'a project code has 2 to 32 capital letters, digits or dashes');
    return this.db.transaction().execute(async (trx) => {
      if (await trx.selectFrom('project').select('id').where('code', '=', code).executeTakeFirst()) {
        throw conflict('project.code-taken', `a project with code ${code} already exists`);
      }
      const project: Project = { id: randomUUID(), code, title: input.title, description: input.description ?? '', status: 'active' };
      await trx.insertInto('project').values(project).execute();
      await this.audit.record(trx, ctx, { action: 'project.created', targetType: 'project', targetId: project.id, projectId: project.id, after: project, details: { code } });
      return project;
    });
  }

  async parties(projectId: string, db: Kysely<Database> = this.db): Promise<ProjectPartyView[]> {
    const rows = await db
      .selectFrom('project_organisation')
      .innerJoin('organisation', 'organisation.id', 'project_organisation.organisation_id')
      .select(['project_organisation.organisation_id', 'project_organisation.part', 'organisation.name'])
      .where('project_id', '=', projectId)
      .orderBy('part')
      .orderBy('organisation.name')
      .execute();
    return rows.map((r) => ({ organisationId: r.organisation_id, part: r.part as ProjectPart, organisationName: r.name }));
  }

  async addParty(ctx: ActionContext, projectId: string, party: ProjectParty): Promise<ProjectPartyView[]> {
    return this.db.transaction().execute(async (trx) => {
      await this.get(projectId, trx);
      const organisation = await trx.selectFrom('organisation').select(['id', 'kind']).where('id', '=', party.organisationId).executeTakeFirst();
      if (!organisation) throw invalid('project.unknown-organisation', 'the organisation given does not exist');
      if (organisation.kind !== party.part && !(party.part === 'centre' && organisation.kind === 'core_lab')) {
        throw invalid('project.part-does-not-fit', `an organisation of kind ${organisation.kind} cannot take part as ${party.part}`);
      }
      const parties = await this.parties(projectId, trx);
      if (parties.some((p) => p.organisationId === party.organisationId && p.part === party.part)) {
        throw conflict('project.party-exists', `this organisation already takes part as ${party.part}`);
      }
      if (party.part === 'core_lab' || party.part === 'statistics_unit') {
        if (parties.some((p) => p.part === party.part)) throw conflict('project.single-party', `a project has only one ${party.part.replace('_', ' ')}`);
      }
      const clash = partConflict(parties, party);
      if (clash) throw forbidden(`separation-of-duties.${clash.rule}`, clash.message, { rule: clash.rule });
      await trx.insertInto('project_organisation').values({ project_id: projectId, organisation_id: party.organisationId, part: party.part }).execute();
      await this.audit.record(trx, ctx, {
        action: 'project.party-added',
        targetType: 'organisation',
        targetId: party.organisationId,
        projectId,
        after: party,
        details: { part: party.part },
      });
      return this.parties(projectId, trx);
    });
  }
}
