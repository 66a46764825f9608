// Versions of a project's protocol or checklist: numbered from 1, each new version added under a lock
// on the project row so that two managers saving at once get consecutive numbers; never changed.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export type DefinitionTable = 'qc_protocol_version' | 'qc_checklist_version';

export interface VersionSummary {
  id: string;
  version: number;
  title: string;
  reason: string;
  createdBy: string | null;
  createdAt: Date;
}

export interface StoredVersion extends VersionSummary {
  definition: unknown;
}

interface Row {
  id: string;
  version: number;
  title: string;
  reason: string;
  created_by: string | null;
  created_at: Date;
}

const summary = (r: Row): VersionSummary => ({ id: r.id, version: r.version, title: r.title, reason: r.reason, createdBy: r.created_by, createdAt: new Date(r.created_at) });
const stored = (r: Row & { definition: string }): StoredVersion => ({ ...summary(r), definition: JSON.parse(r.definition) as unknown });
const COLUMNS = ['id', 'version', 'title', 'reason', 'created_by', 'created_at'] as const;

export class DefinitionStore {
  constructor(private readonly table: DefinitionTable) {}

  async add(trx: Kysely<Database>, projectId: string, input: { title: string; definition: unknown; reason: string; createdBy: string | null }): Promise<StoredVersion> {
    await trx.selectFrom('project').select('id').where('id', '=', projectId).forUpdate().executeTakeFirstOrThrow();
    const last = await trx.selectFrom(this.table).select((eb) => eb.fn.max('version').as('version')).where('project_id', '=', projectId).executeTakeFirst();
    const row = await trx
      .insertInto(this.table)
      .values({
        id: randomUUID(),
        project_id: projectId,
        version: (last?.version ?? 0) + 1,
        title: input.title,
        definition: JSON.stringify(input.definition),
        reason: input.reason,
        created_by: input.createdBy,
      })
      .returning([...COLUMNS, 'definition'])
      .executeTakeFirstOrThrow();
    return stored(row);
  }

  async list(db: Kysely<Database>, projectId: string): Promise<VersionSummary[]> {
    const rows = await db.selectFrom(this.table).select(COLUMNS).where('project_id', '=', projectId).orderBy('version', 'desc').execute();
    return rows.map(summary);
  }

  async get(db: Kysely<Database>, projectId: string, version: number): Promise<StoredVersion | undefined> {
    const row = await db.selectFrom(this.table).select([...COLUMNS, 'definition']).where('project_id', '=', projectId).where('version', '=', version).executeTakeFirst();
    return row && stored(row);
  }

  async current(db: Kysely<Database>, projectId: string): Promise<StoredVersion | undefined> {
    const row = await db.selectFrom(this.table).select([...COLUMNS, 'definition']).where('project_id', '=', projectId).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row && stored(row);
  }

  async byId(db: Kysely<Database>, id: string): Promise<StoredVersion | undefined> {
    const row = await db.selectFrom(this.table).select([...COLUMNS, 'definition']).where('id', '=', id).executeTakeFirst();
    return row && stored(row);
  }
}
