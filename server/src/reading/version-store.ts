// Versions of a project's reading form or design: numbered from 1 under a lock on the project row (two
// managers saving at once get consecutive numbers), each with the SHA-256 of its canonical JSON; never
// changed.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';

export type VersionTable = 'reading_form_version' | 'reading_design_version';

export interface StoredVersion<T = unknown> {
  id: string;
  version: number;
  title: string;
  digest: string;
  reason: string;
  createdBy: string | null;
  createdAt: Date;
  definition: T;
}

export const sha256Of = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

const COLUMNS = ['id', 'version', 'title', 'digest', 'reason', 'created_by', 'created_at', 'definition'] as const;
type Row = { id: string; version: number; title: string; digest: string; reason: string; created_by: string | null; created_at: Date; definition: string };
const stored = <T>(r: Row): StoredVersion<T> => ({
  id: r.id,
  version: r.version,
  title: r.title,
  digest: r.digest,
  reason: r.reason,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  definition: JSON.parse(r.definition) as T,
});

export class VersionStore<T> {
  constructor(private readonly table: VersionTable) {}

  async add(trx: Kysely<Database>, projectId: string, input: { title: string; definition: T; reason: string; createdBy: string | null }): Promise<StoredVersion<T>> {
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
        digest: sha256Of(input.definition),
        reason: input.reason,
        created_by: input.createdBy,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return stored<T>(row);
  }

  async list(db: Kysely<Database>, projectId: string): Promise<StoredVersion<T>[]> {
    const rows = await db.selectFrom(this.table).select(COLUMNS).where('project_id', '=', projectId).orderBy('version', 'desc').execute();
    return rows.map((r) => stored<T>(r));
  }

  async get(db: Kysely<Database>, projectId: string, version: number): Promise<StoredVersion<T> | undefined> {
    const row = await db.selectFrom(this.table).select(COLUMNS).where('project_id', '=', projectId).where('version', '=', version).executeTakeFirst();
    return row && stored<T>(row);
  }

  async current(db: Kysely<Database>, projectId: string): Promise<StoredVersion<T> | undefined> {
    const row = await db.selectFrom(this.table).select(COLUMNS).where('project_id', '=', projectId).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row && stored<T>(row);
  }

  async byId(db: Kysely<Database>, id: string): Promise<StoredVersion<T> | undefined> {
    const row = await db.selectFrom(this.table).select(COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && stored<T>(row);
  }
}
