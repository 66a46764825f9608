// The rules of a versioned definition (the imaging protocol, the QC checklist): a change is a new
// version, validated in full, audited with the digest of what it holds; every version stays readable.
import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../platform/domain-error.ts';
import type { DefinitionStore, StoredVersion, VersionSummary } from './definition-store.ts';
import { checkShape } from './schema-check.ts';

export interface VersionView {
  version: number;
  title: string;
  reason: string;
  createdBy: string | null;
  createdAt: string;
  current: boolean;
}

export interface DefinitionView<T> extends VersionView {
  definition: T;
}

export interface NewVersion {
  definition: unknown;
  reason: string;
}

const EnvelopeSchema = Type.Object(
  { definition: Type.Unknown(), reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);

export interface DefinitionKind<T> {
  /** Prefix of error codes and audit actions: protocol, checklist. */
  name: 'protocol' | 'checklist';
  /** Validates a definition in full, field names prefixed with `base`; throws a field error. */
  validate(db: Kysely<Database>, projectId: string, definition: unknown, base: string): Promise<T>;
}

export class DefinitionService<T extends { title: string }> {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: DefinitionStore,
    private readonly kind: DefinitionKind<T>,
  ) {}

  async create(ctx: ActionContext, projectId: string, input: unknown): Promise<DefinitionView<T>> {
    const { definition, reason } = checkShape<NewVersion>(this.kind.name, EnvelopeSchema, input);
    return this.db.transaction().execute(async (trx) => {
      const valid = await this.kind.validate(trx, projectId, definition, '/definition');
      const saved = await this.store.add(trx, projectId, { title: valid.title, definition: valid, reason, createdBy: ctx.actor?.userId ?? null });
      await this.audit.record(trx, ctx, {
        action: `qc.${this.kind.name}-version-created`,
        targetType: `qc_${this.kind.name}_version`,
        targetId: saved.id,
        projectId,
        reason,
        after: valid,
        details: { version: saved.version, title: saved.title },
      });
      return this.view(saved, true);
    });
  }

  async list(projectId: string): Promise<VersionView[]> {
    const versions = await this.store.list(this.db, projectId);
    return versions.map((v, i) => this.summaryView(v, i === 0));
  }

  async get(projectId: string, version: number): Promise<DefinitionView<T>> {
    const [found, current] = await Promise.all([this.store.get(this.db, projectId, version), this.store.current(this.db, projectId)]);
    if (!found) throw notFound(`${this.kind.name}.version-not-found`, `the project has no ${this.kind.name} version ${version}`);
    return this.view(found, found.id === current?.id);
  }

  async current(projectId: string, db: Kysely<Database> = this.db): Promise<DefinitionView<T>> {
    const found = await this.store.current(db, projectId);
    if (!found) throw notFound(`${this.kind.name}.none`, `the project has no ${this.kind.name} yet`);
    return this.view(found, true);
  }

  /** The current version with its id, for a record that refers to it; undefined when there is none. */
  async currentStored(projectId: string, db: Kysely<Database> = this.db): Promise<(StoredVersion & { definition: T }) | undefined> {
    return (await this.store.current(db, projectId)) as (StoredVersion & { definition: T }) | undefined;
  }

  /** The version a record refers to, by its id. */
  async byId(id: string, db: Kysely<Database> = this.db): Promise<StoredVersion & { definition: T }> {
    const found = await this.store.byId(db, id);
    if (!found) throw notFound(`${this.kind.name}.version-not-found`, `no ${this.kind.name} version has this id`);
    return found as StoredVersion & { definition: T };
  }

  private summaryView(v: VersionSummary, current: boolean): VersionView {
    return { version: v.version, title: v.title, reason: v.reason, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(), current };
  }

  private view(v: StoredVersion, current: boolean): DefinitionView<T> {
    return { ...this.summaryView(v, current), definition: v.definition as T };
  }
}
