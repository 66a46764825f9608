// The rules of a versioned reading definition (the form, the design): a change is a new version,
// validated in full, audited with the digest of what it holds; every version stays readable.
import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../platform/domain-error.ts';
import { checkShape } from '../qc/schema-check.ts';
import type { StoredVersion, VersionStore } from './version-store.ts';

export interface VersionView<T> {
  version: number;
  title: string;
  digest: string;
  reason: string;
  createdBy: string | null;
  createdAt: string;
  current: boolean;
  definition: T;
}

const EnvelopeSchema = Type.Object({ definition: Type.Unknown(), reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false });

export interface VersionKind<T> {
  /** Prefix of error codes (reading-form.…) and audit actions (reading.form-version-created). */
  name: 'form' | 'design';
  validate(db: Kysely<Database>, projectId: string, definition: unknown, base: string): Promise<T>;
  title(definition: T): string;
}

export class VersionService<T> {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: VersionStore<T>,
    private readonly kind: VersionKind<T>,
  ) {}

  private get code(): string {
    return `reading-${this.kind.name}`;
  }

  async create(ctx: ActionContext, projectId: string, input: unknown): Promise<VersionView<T>> {
    const { definition, reason } = checkShape<{ definition: unknown; reason: string }>(this.code, EnvelopeSchema, input);
    return this.db.transaction().execute(async (trx) => this.createIn(trx, ctx, projectId, definition, reason));
  }

  /** Inside a transaction the caller holds (the demo seeds a project's first versions this way). */
  async createIn(trx: Kysely<Database>, ctx: ActionContext, projectId: string, definition: unknown, reason: string): Promise<VersionView<T>> {
    const valid = await this.kind.validate(trx, projectId, definition, '/definition');
    const saved = await this.store.add(trx, projectId, { title: this.kind.title(valid), definition: valid, reason, createdBy: ctx.actor?.userId ?? null });
    await this.audit.record(trx, ctx, {
      action: `reading.${this.kind.name}-version-created`,
      targetType: `reading_${this.kind.name}_version`,
      targetId: saved.id,
      projectId,
      reason,
      after: valid,
      details: { version: saved.version, title: saved.title, digest: saved.digest },
    });
    return this.view(saved, true);
  }

  async list(projectId: string): Promise<Omit<VersionView<T>, 'definition'>[]> {
    const versions = await this.store.list(this.db, projectId);
    return versions.map((v, i) => {
      const { definition: _, ...summary } = this.view(v, i === 0);
      return summary;
    });
  }

  async get(projectId: string, version: number): Promise<VersionView<T>> {
    const [found, current] = await Promise.all([this.store.get(this.db, projectId, version), this.store.current(this.db, projectId)]);
    if (!found) throw notFound(`${this.code}.version-not-found`, `the project has no reading ${this.kind.name} version ${version}`);
    return this.view(found, found.id === current?.id);
  }

  async current(projectId: string, db: Kysely<Database> = this.db): Promise<VersionView<T>> {
    const found = await this.store.current(db, projectId);
    if (!found) throw notFound(`${this.code}.none`, `the project has no reading ${this.kind.name} yet`);
    return this.view(found, true);
  }

  async currentStored(projectId: string, db: Kysely<Database> = this.db): Promise<StoredVersion<T> | undefined> {
    return this.store.current(db, projectId);
  }

  async byVersion(projectId: string, version: number, db: Kysely<Database> = this.db): Promise<StoredVersion<T> | undefined> {
    return this.store.get(db, projectId, version);
  }

  async byId(id: string, db: Kysely<Database> = this.db): Promise<StoredVersion<T>> {
    const found = await this.store.byId(db, id);
    if (!found) throw notFound(`${this.code}.version-not-found`, `no reading ${this.kind.name} version has this id`);
    return found;
  }

  private view(v: StoredVersion<T>, current: boolean): VersionView<T> {
    return { version: v.version, title: v.title, digest: v.digest, reason: v.reason, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(), current, definition: v.definition };
  }
}
