// The audit trail's rules: every state change records an event in the caller's transaction, the
// head is signed at intervals and on demand, and verification walks the whole chain.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ActionContext } from '../access/actor.ts';
import { canonicalJson, digestOf, firstBreakOf, type ChainBreak, type ChainScan, type Checkpoint } from './chain.ts';
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

/** A read recorded with its event in one statement (see AuditStore.appendWithRead). */
export interface AuditedRead {
  /** The read: a query the event and `select` refer to as `source`. */
  source: RawBuilder<unknown>;
  /** The statement's result, read from `source` (ordering included). */
  select: RawBuilder<unknown>;
  /** The event is recorded only when this SQL condition over `source` holds; always when absent. */
  when?: RawBuilder<boolean>;
  /** Details fields computed in SQL over `source` (integers, e.g. a count), merged with entry.details. */
  computed?: Record<string, RawBuilder<number>>;
}

/**
 * The database stores text as UTF-8, where a lone UTF-16 surrogate becomes U+FFFD; hashing the
 * string as it will read back keeps the chain verifiable whatever a client sent.
 */
const wellFormed = (text: string | null): string | null => (text === null ? null : text.toWellFormed());

/**
 * Canonical JSON (chain.ts's canonicalJson: keys sorted, no whitespace) of `fixed` and `computed`
 * together, as SQL text: fixed values are bound as parameters, computed ones are integer SQL
 * expressions rendered with ::text (the same digits JSON.stringify gives an integer).
 */
export function detailsSql(fixed: Record<string, unknown>, computed: Record<string, RawBuilder<number>>): RawBuilder<string> {
  const keys = [...new Set([...Object.keys(fixed), ...Object.keys(computed)])].filter((k) => k in computed || fixed[k] !== undefined).sort();
  const pieces = keys.map((k, i) => {
    const prefix = `${i === 0 ? '{' : ','}${JSON.stringify(k)}:`;
    return k in computed ? sql`${prefix}::text || (${computed[k]!})::int8::text` : sql`${prefix + canonicalJson(fixed[k])}::text`;
  });
  return sql<string>`(${sql.join([...pieces, sql`'}'::text`], sql` || `)})`;
}

const MAX_SEQ = '9223372036854775807';

/** Splits [first, last] into at most n contiguous ranges of seq values, in ascending order. */
export function seqRanges(first: string | undefined, last: string | undefined, n: number): Array<[string, string]> {
  if (first === undefined || last === undefined) return [];
  const lo = BigInt(first);
  const hi = BigInt(last);
  const parts = BigInt(Math.max(1, n));
  const size = (hi - lo + parts) / parts;
  const ranges: Array<[string, string]> = [];
  for (let from = lo; from <= hi; from += size) {
    const to = from + size - 1n < hi ? from + size - 1n : hi;
    ranges.push([String(from), String(to)]);
  }
  return ranges;
}

export interface AuditOptions {
  /** Seq ranges verified at once: one connection each, so only above 1 on PostgreSQL. */
  verifyPartitions: number;
}

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

  constructor(
    private readonly db: Kysely<Database>,
    private readonly key: PlatformKey,
    private readonly options: AuditOptions = { verifyPartitions: 1 },
  ) {}

  async init(): Promise<void> {
    await this.store.registerKey(this.db, this.key.keyId, this.key.publicKeyPem);
  }

  get publicKey(): { keyId: string; publicKeyPem: string } {
    return { keyId: this.key.keyId, publicKeyPem: this.key.publicKeyPem };
  }

  /** Records one event inside the caller's transaction: the change and its trace commit together. */
  async record(trx: Kysely<Database>, ctx: ActionContext, entry: AuditEntry) {
    return this.store.append(trx, this.#newRecord(ctx, entry));
  }

  /**
   * A read and its audit event in one statement: one round trip, one implicit transaction, the event
   * committed without waiting for the WAL flush (AuditStore.appendWithRead). Only for reads, and
   * never inside a transaction: the relaxed commit would extend to that transaction's changes.
   */
  async recordRead<R>(ctx: ActionContext, entry: Omit<AuditEntry, 'before' | 'after'>, read: AuditedRead): Promise<R[]> {
    if (this.db.isTransaction) throw new Error('recordRead runs its own transaction; it cannot be part of another one');
    const details = read.computed ? detailsSql(entry.details ?? {}, read.computed) : undefined;
    return this.store.appendWithRead<R>(this.db, this.#newRecord(ctx, entry), read.source, read.select, {
      durability: 'relaxed',
      ...(read.when && { when: read.when }),
      ...(details && { details }),
    });
  }

  #newRecord(ctx: ActionContext, entry: AuditEntry) {
    return {
      actorUserId: ctx.actor?.userId ?? null,
      actorRole: wellFormed(ctx.actingRole ?? (ctx.actor?.isPlatformAdmin ? 'platform_admin' : null)),
      organisationId: ctx.actor?.organisationId ?? null,
      // A uuid column reads back in lower case, whatever case the request used.
      projectId: entry.projectId?.toLowerCase() ?? null,
      action: wellFormed(entry.action)!,
      targetType: wellFormed(entry.targetType)!,
      targetId: wellFormed(entry.targetId ?? null),
      reason: wellFormed(entry.reason ?? null),
      beforeDigest: entry.before === undefined ? null : digestOf(entry.before),
      afterDigest: entry.after === undefined ? null : digestOf(entry.after),
      details: canonicalJson(entry.details ?? {}),
      requestId: wellFormed(ctx.requestId),
    };
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

  /** Checks the whole chain in one consistent snapshot and names the first event where it breaks. */
  async verify(): Promise<VerifyReport> {
    const started = performance.now();
    return this.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      const [head, checkpoints, keys] = await Promise.all([this.store.head(trx), this.store.checkpoints(trx), this.store.keys(trx)]);
      const badSignature = checkpoints.find((c) => {
        const pem = keys.get(c.keyId);
        return !pem || !verifySignature(pem, checkpointText(c.seq, c.hash, c.signedAt), c.signature);
      });
      const signatureBreak: ChainBreak | undefined = badSignature && {
        seq: badSignature.seq,
        problem: 'bad-signature',
        message: `the signature of checkpoint #${badSignature.seq} does not verify with key ${badSignature.keyId}`,
      };
      const scan = await this.#scan(trx);
      const chainBreak = firstBreakOf(scan, checkpoints, head);
      const firstBreak = [chainBreak, signatureBreak]
        .filter((b): b is ChainBreak => b !== undefined)
        .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))[0];
      const durationMs = performance.now() - started;
      const latest = checkpoints.at(-1);
      return {
        ok: firstBreak === undefined,
        checkedEvents: scan.count,
        head: scan.last ?? { seq: '0', hash: '0'.repeat(64) },
        checkpointsChecked: checkpoints.length,
        latestCheckpoint: latest ? { seq: latest.seq, signedAt: latest.signedAt.toISOString(), keyId: latest.keyId } : null,
        firstBreak: firstBreak ?? null,
        durationMs: Math.round(durationMs),
        eventsPerSecond: Math.round(scan.count / Math.max(durationMs / 1000, 1e-6)),
      };
    });
  }

  /**
   * The chain checked in `verifyPartitions` seq ranges at once (one per core on PostgreSQL, where
   * each range runs on its own connection in the same snapshot; one on the embedded database).
   */
  async #scan(trx: Kysely<Database>): Promise<ChainScan> {
    const extent = await this.store.extent(trx);
    const ranges = seqRanges(extent.first, extent.last?.seq, this.options.verifyPartitions);
    let failures: Array<ChainScan['firstFailure']>;
    if (ranges.length <= 1) {
      failures = await Promise.all(ranges.map(([from, to]) => this.store.firstFailureIn(trx, from, to)));
    } else {
      const snapshot = (await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx)).rows[0]!.id;
      failures = await Promise.all(
        ranges.map(([from, to]) =>
          this.db
            .transaction()
            .setIsolationLevel('repeatable read')
            .execute(async (part) => {
              await sql`set transaction snapshot ${sql.lit(snapshot)}`.execute(part);
              return this.store.firstFailureIn(part, from, to);
            }),
        ),
      );
    }
    const firstFailure = failures.find((f) => f !== undefined);
    return {
      count: extent.count,
      last: extent.last,
      firstFailure,
      checkpointMismatch: await this.store.checkpointMismatch(trx, firstFailure?.seq ?? MAX_SEQ),
    };
  }

  search(q: AuditSearch) {
    return this.store.search(this.db, q);
  }

  checkpoints() {
    return this.store.checkpoints(this.db);
  }
}
