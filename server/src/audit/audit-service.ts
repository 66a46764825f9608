// The audit trail's rules: every state change records an event in the caller's transaction, the
// head is signed at intervals and on demand, and verification walks the whole chain.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ActionContext } from '../access/actor.ts';
import { canonicalJson, ChainVerifier, digestOf, type ChainBreak, type Checkpoint } from './chain.ts';
import { AuditStore, type AuditSearch, type StoredCheckpoint } from './audit-store.ts';
import { checkpointText, verifySignature, type PlatformKey } from './platform-key.ts';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  projectId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
  /** A short, PHI-free description of what changed. */
  details?: Record<string, unknown>;
}

/**
 * The database stores text as UTF-8, where a lone UTF-16 surrogate becomes U+FFFD; hashing the
 * string as it will read back keeps the chain verifiable whatever a client sent.
 */
const wellFormed = (text: string | null): string | null => (text === null ? null : text.toWellFormed());

export interface VerifyReport {
  ok: boolean;
  checkedEvents: number;
  head: Checkpoint;
  checkpointsChecked: number;
  latestCheckpoint: { seq: string; signedAt: string; keyId: string } | null;
  firstBreak: ChainBreak | null;
  durationMs: number;
  eventsPerSecond: number;
}

export class AuditService {
  readonly store = new AuditStore();

  constructor(private readonly db: Kysely<Database>, private readonly key: PlatformKey) {}

  async init(): Promise<void> {
    await this.store.registerKey(this.db, this.key.keyId, this.key.publicKeyPem);
  }

  get publicKey(): { keyId: string; publicKeyPem: string } {
    return { keyId: this.key.keyId, publicKeyPem: this.key.publicKeyPem };
  }

  /** Records one event inside the caller's transaction: the change and its trace commit together. */
  async record(trx: Kysely<Database>, ctx: ActionContext, entry: AuditEntry) {
    return this.store.append(trx, {
      actorUserId: ctx.actor?.userId ?? null,
      actorRole: wellFormed(ctx.actingRole ?? (ctx.actor?.isPlatformAdmin ? 'platform_admin' : null)),
      organisationId: ctx.actor?.organisationId ?? null,
      projectId: entry.projectId ?? null,
      action: wellFormed(entry.action)!,
      targetType: wellFormed(entry.targetType)!,
      targetId: wellFormed(entry.targetId ?? null),
      reason: wellFormed(entry.reason ?? null),
      beforeDigest: entry.before === undefined ? null : digestOf(entry.before),
      afterDigest: entry.after === undefined ? null : digestOf(entry.after),
      details: canonicalJson(entry.details ?? {}),
      requestId: wellFormed(ctx.requestId),
    });
  }

  /** Signs the current head with the platform key; the signing is itself an audited event. */
  async signCheckpoint(ctx: ActionContext, reason: string): Promise<StoredCheckpoint> {
    return this.db.transaction().execute(async (trx) => {
      const event = await this.record(trx, ctx, { action: 'audit.checkpoint-signed', targetType: 'audit_chain', reason });
      const signedAt = new Date();
      const checkpoint: StoredCheckpoint = {
        seq: event.seq,
        hash: event.hash,
        signedAt,
        keyId: this.key.keyId,
        signature: this.key.sign(checkpointText(event.seq, event.hash, signedAt)),
      };
      await this.store.insertCheckpoint(trx, checkpoint);
      return checkpoint;
    });
  }

  /** Signs the head only if events were added since the last checkpoint (the interval timer). */
  async signIfChanged(ctx: ActionContext): Promise<StoredCheckpoint | undefined> {
    const [head, latest] = await Promise.all([this.store.head(this.db), this.store.latestCheckpoint(this.db)]);
    if (latest && latest.seq === head.seq) return undefined;
    return this.signCheckpoint(ctx, 'scheduled signature of the audit-chain head');
  }

  /** Walks the whole chain in one consistent snapshot and names the first event where it breaks. */
  async verify(batchSize = 20_000): Promise<VerifyReport> {
    const started = performance.now();
    return this.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      const [head, checkpoints, keys] = await Promise.all([this.store.head(trx), this.store.checkpoints(trx), this.store.keys(trx)]);
      const verifier = new ChainVerifier(checkpoints);
      let signatureBreak: ChainBreak | undefined;
      for (const c of checkpoints) {
        const pem = keys.get(c.keyId);
        if (!pem || !verifySignature(pem, checkpointText(c.seq, c.hash, c.signedAt), c.signature)) {
          signatureBreak = { seq: c.seq, problem: 'bad-signature', message: `the signature of checkpoint #${c.seq} does not verify with key ${c.keyId}` };
          break;
        }
      }
      for await (const batch of this.store.inOrder(trx, batchSize)) {
        for (const event of batch) verifier.push(event);
      }
      const chainBreak = verifier.finish(head);
      const firstBreak = [chainBreak, signatureBreak]
        .filter((b): b is ChainBreak => b !== undefined)
        .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))[0];
      const durationMs = performance.now() - started;
      const latest = checkpoints.at(-1);
      return {
        ok: firstBreak === undefined,
        checkedEvents: verifier.checked,
        head: verifier.head,
        checkpointsChecked: checkpoints.length,
        latestCheckpoint: latest ? { seq: latest.seq, signedAt: latest.signedAt.toISOString(), keyId: latest.keyId } : null,
        firstBreak: firstBreak ?? null,
        durationMs: Math.round(durationMs),
        eventsPerSecond: Math.round(verifier.checked / Math.max(durationMs / 1000, 1e-6)),
      };
    });
  }

  search(q: AuditSearch) {
    return this.store.search(this.db, q);
  }

  checkpoints() {
    return this.store.checkpoints(this.db);
  }
}
