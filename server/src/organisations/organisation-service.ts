// Organisations are first-class: centres, the core lab, the statistics unit, sponsors, committees.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ActionContext } from '../access/actor.ts';
import type { OrganisationKind } from '../access/roles.ts';
import type { AuditService } from '../audit/audit-service.ts';
import { conflict, notFound } from '../platform/domain-error.ts';

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  city: string | null;
  country: string;
}

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  city?: string | null;
  country?: string;
}

const columns = ['id', 'name', 'kind', 'city', 'country'] as const;

export class OrganisationService {
  constructor(private readonly db: Kysely<Database>, private readonly audit: AuditService) {}

  async list(): Promise<Organisation[]> {
    return (await this.db.selectFrom('organisation').select(columns).orderBy('name').execute()) as Organisation[];
  }

  async get(id: string, db: Kysely<Database> = this.db): Promise<Organisation> {
    const row = await db.selectFrom('organisation').select(columns).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('organisation.not-found', 'no organisation has this id');
    return row as Organisation;
  }

  async create(ctx: ActionContext, input: NewOrganisation): Promise<Organisation> {
    return this.db.transaction().execute(async (trx) => {
      const clash = await trx.selectFrom('organisation').select('id').where('name', '=', input.name).executeTakeFirst();
      if (clash) throw conflict('organisation.name-taken', `an organisation named "${input.name}" already exists`);
      const organisation: Organisation = { id: randomUUID(), name: input.name, kind: input.kind, city: input.city ?? null, country: input.country ?? 'FR' };
      await trx.insertInto('organisation').values(organisation).execute();
      await this.audit.record(trx, ctx, { action: 'organisation.created', targetType: 'organisation', targetId: organisation.id, after: organisation, details: { kind: organisation.kind } });
      return organisation;
    });
  }

  async update(ctx: ActionContext, id: string, patch: Partial<Pick<Organisation, 'name' | 'city' | 'country'>>): Promise<Organisation> {
    return this.db.transaction().execute(async (trx) => {
      const before = await this.get(id, trx);
      const after = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      await trx.updateTable('organisation').set({ name: after.name, city: after.city, country: after.country }).where('id', '=', id).execute();
      await this.audit.record(trx, ctx, { action: 'organisation.updated', targetType: 'organisation', targetId: id, before, after, details: { fields: Object.keys(patch) } });
      return after;
    });
  }
}
