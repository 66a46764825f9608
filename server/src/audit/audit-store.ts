// The only code that reads and writes the audit tables.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { chainHash, type AuditRecord, type ChainedRecord, type Checkpoint } from './chain.ts';

export type Executor = Kysely<Database>;

export type NewAuditRecord = Omit<AuditRecord, 'seq' | 'occurredAtMs'>;

export interface AuditSearch {
  projectIds?: string[] | undefined;
  projectId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeSeq?: string | undefined;
  limit: number;
}

export interface StoredCheckpoint extends Checkpoint {
  signedAt: Date;
  keyId: string;
  signature: string;
}

export class AuditStore {
  /** Appends one event; the caller's transaction holds the head row until it commits. */
  async append(trx: Executor, record: NewAuditRecord, now = new Date()): Promise<ChainedRecord> {
    const head = await trx.selectFrom('audit_chain_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
    const occurredAtMs = now.getTime();
    const full: AuditRecord = { ...record, seq: String(BigInt(head.seq) + 1n), occurredAtMs };
    const hash = chainHash(head.hash, full);
    await trx
      .insertInto('audit_event')
      .values({
        seq: full.seq,
        occurred_at: new Date(occurredAtMs),
        actor_user_id: full.actorUserId,
        actor_role: full.actorRole,
        organisation_id: full.organisationId,
        project_id: full.projectId,
        action: full.action,
        target_type: full.targetType,
        target_id: full.targetId,
        reason: full.reason,
        before_digest: full.beforeDigest,
        after_digest: full.afterDigest,
        details: full.details,
        request_id: full.requestId,
        prev_hash: head.hash,
        hash,
      })
      .execute();
    await trx.updateTable('audit_chain_head').set({ seq: full.seq, hash }).where('id', '=', 1).execute();
    return { ...full, prevHash: head.hash, hash };
  }

  async head(db: Executor): Promise<Checkpoint> {
    return db.selectFrom('audit_chain_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  }

  /** Events in ascending order, one batch at a time (keyset pagination keeps memory flat). */
  async *inOrder(db: Executor, batchSize: number): AsyncGenerator<ChainedRecord[]> {
    let after = '0';
    for (;;) {
      const rows = await sql<{
        seq: string; ms: string; actor_user_id: string | null; actor_role: string | null; organisation_id: string | null;
        project_id: string | null; action: string; target_type: string; target_id: string | null; reason: string | null;
        before_digest: string | null; after_digest: string | null; details: string; request_id: string | null;
        prev_hash: string; hash: string;
      }>`select seq, (extract(epoch from occurred_at) * 1000)::int8 as ms, actor_user_id, actor_role, organisation_id,
            project_id, action, target_type, target_id, reason, before_digest, after_digest, details, request_id, prev_hash, hash
         from audit_event where seq > ${after} order by seq limit ${batchSize}`.execute(db);
      if (rows.rows.length === 0) return;
      yield rows.rows.map((r) => ({
        seq: r.seq,
        occurredAtMs: Number(r.ms),
        actorUserId: r.actor_user_id,
        actorRole: r.actor_role,
        organisationId: r.organisation_id,
        projectId: r.project_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        reason: r.reason,
        beforeDigest: r.before_digest,
        afterDigest: r.after_digest,
        details: r.details,
        requestId: r.request_id,
        prevHash: r.prev_hash,
        hash: r.hash,
      }));
      after = rows.rows.at(-1)!.seq;
      if (rows.rows.length < batchSize) return;
    }
  }

  async search(db: Executor, q: AuditSearch) {
    let query = db
      .selectFrom('audit_event')
      .leftJoin('app_user', 'app_user.id', 'audit_event.actor_user_id')
      .leftJoin('project', 'project.id', 'audit_event.project_id')
      .select([
        'audit_event.seq', 'audit_event.occurred_at', 'audit_event.actor_user_id', 'app_user.username as actor_username',
        'audit_event.actor_role', 'audit_event.organisation_id', 'audit_event.project_id', 'project.code as project_code',
        'audit_event.action', 'audit_event.target_type', 'audit_event.target_id', 'audit_event.reason',
        'audit_event.before_digest', 'audit_event.after_digest', 'audit_event.details', 'audit_event.request_id', 'audit_event.hash',
      ])
      .orderBy('audit_event.seq', 'desc')
      .limit(q.limit);
    if (q.projectIds) query = query.where('audit_event.project_id', 'in', q.projectIds.length ? q.projectIds : ['00000000-0000-0000-0000-000000000000']);
    if (q.projectId) query = query.where('audit_event.project_id', '=', q.projectId);
    if (q.actorUserId) query = query.where('audit_event.actor_user_id', '=', q.actorUserId);
    if (q.action) query = query.where('audit_event.action', 'like', `${q.action.replace(/[%_\\]/g, '\\$&')}%`);
    if (q.targetType) query = query.where('audit_event.target_type', '=', q.targetType);
    if (q.from) query = query.where('audit_event.occurred_at', '>=', q.from);
    if (q.to) query = query.where('audit_event.occurred_at', '<', q.to);
    if (q.beforeSeq) query = query.where('audit_event.seq', '<', q.beforeSeq);
    return query.execute();
  }

  async checkpoints(db: Executor): Promise<StoredCheckpoint[]> {
    const rows = await db.selectFrom('audit_checkpoint').selectAll().orderBy('seq').execute();
    return rows.map((r) => ({ seq: r.seq, hash: r.hash, signedAt: r.signed_at, keyId: r.key_id, signature: r.signature }));
  }

  async latestCheckpoint(db: Executor): Promise<StoredCheckpoint | undefined> {
    const r = await db.selectFrom('audit_checkpoint').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return r && { seq: r.seq, hash: r.hash, signedAt: r.signed_at, keyId: r.key_id, signature: r.signature };
  }

  async insertCheckpoint(db: Executor, c: StoredCheckpoint): Promise<void> {
    await db
      .insertInto('audit_checkpoint')
      .values({ seq: c.seq, hash: c.hash, signed_at: c.signedAt, key_id: c.keyId, signature: c.signature })
      .onConflict((oc) => oc.column('seq').doNothing())
      .execute();
  }

  async registerKey(db: Executor, keyId: string, publicKeyPem: string): Promise<void> {
    await db.insertInto('audit_signing_key').values({ key_id: keyId, public_key_pem: publicKeyPem }).onConflict((oc) => oc.column('key_id').doNothing()).execute();
  }

  async keys(db: Executor): Promise<Map<string, string>> {
    const rows = await db.selectFrom('audit_signing_key').select(['key_id', 'public_key_pem']).execute();
    return new Map(rows.map((r) => [r.key_id, r.public_key_pem]));
  }
}
