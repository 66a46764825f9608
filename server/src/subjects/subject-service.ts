// The minimal subject register: pseudonymous subjects of a project, each registered by a data
// manager of its own centre, with the information/consent status that gates every use of its imaging.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { conflict, forbidden, invalid } from '../platform/domain-error.ts';

export const CONSENT_STATUSES = ['consented', 'no-objection', 'pending', 'objected', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
/** The statuses under which imaging of the subject may be received and used. */
export const USABLE_CONSENT: readonly ConsentStatus[] = ['consented', 'no-objection'];

export interface SubjectView {
  id: string;
  code: string;
  centreId: string;
  consentStatus: ConsentStatus;
  createdAt: string;
}

export interface NewSubject {
  code: string;
  centreId: string;
  consentStatus: ConsentStatus;
}

const view = (row: { id: string; code: string; centre_id: string; consent_status: string; created_at: Date }): SubjectView => ({
  id: row.id,
  code: row.code,
  centreId: row.centre_id,
  consentStatus: row.consent_status as ConsentStatus,
  createdAt: new Date(row.created_at).toISOString(),
});

export class SubjectService {
  constructor(private readonly db: Kysely<Database>, private readonly audit: AuditService) {}

  async register(ctx: ActionContext, projectId: string, input: NewSubject): Promise<SubjectView> {
    if (ctx.actor?.organisationId !== input.centreId) {
      throw forbidden('subject.other-centre', 'a data manager registers subjects of their own centre only');
    }
    return this.db.transaction().execute(async (trx) => {
      const party = await trx
        .selectFrom('project_organisation')
        .select('organisation_id')
        .where('project_id', '=', projectId)
        .where('organisation_id', '=', input.centreId)
        .where('part', '=', 'centre')
        .executeTakeFirst();
      if (!party) throw invalid('subject.centre-not-in-project', 'this organisation does not take part in the project as a centre');
      const existing = await trx.selectFrom('subject').select('id').where('project_id', '=', projectId).where('code', '=', input.code).executeTakeFirst();
      if (existing) throw conflict('subject.code-taken', 'a subject with this code is already registered in the project');
      const row = await trx
        .insertInto('subject')
        .values({ id: randomUUID(), project_id: projectId, centre_id: input.centreId, code: input.code, consent_status: input.consentStatus })
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.audit.record(trx, ctx, {
        action: 'subject.registered',
        targetType: 'subject',
        targetId: row.id,
        projectId,
        after: { code: row.code, centreId: row.centre_id, consentStatus: row.consent_status },
        details: { consentStatus: row.consent_status },
      });
      return view(row);
    });
  }

  /** Subjects the caller may see: a data manager those of their own centre, the core-lab manager all. */
  async list(ctx: ActionContext, projectId: string, roles: readonly ProjectRole[]): Promise<SubjectView[]> {
    const allCentres = roles.includes('core_lab_manager');
    return this.db.transaction().execute(async (trx) => {
      let query = trx.selectFrom('subject').select(['id', 'code', 'centre_id', 'consent_status', 'created_at']).where('project_id', '=', projectId);
      if (!allCentres) query = query.where('centre_id', '=', ctx.actor?.organisationId ?? '00000000-0000-0000-0000-000000000000');
      const rows = await query.orderBy('code').execute();
      await this.audit.record(trx, ctx, { action: 'subject.listed', targetType: 'subject', projectId, details: { count: rows.length, scope: allCentres ? 'project' : 'own-centre' } });
      return rows.map(view);
    });
  }

  /** The subject an instance names, as seen from the sending centre. */
  findByCode(db: Kysely<Database>, projectId: string, code: string) {
    return db.selectFrom('subject').select(['id', 'code', 'centre_id', 'consent_status']).where('project_id', '=', projectId).where('code', '=', code).executeTakeFirst();
  }
}
