// The only code that reads and writes the audit tables.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditRecord, ChainedRecord, ChainScan, Checkpoint } from './chain.ts';

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

/**
 * chain.ts's canonicalRecord, written in SQL over the stored columns (same fields, same order).
 * to_json escapes text exactly as JSON.stringify does for the well-formed strings stored here;
 * uuid and int8 columns cannot hold a character that needs escaping. Functions are schema-qualified so that none can be shadowed.
 */
const CANONICAL_SQL = sql.raw(`'["corelab-audit-v1","' || seq::text || '",' || pg_catalog.round(pg_catalog.date_part('epoch', occurred_at) * 1000)::int8::text
  || ',' || coalesce('"' || actor_user_id::text || '"', 'null')
  || ',' || coalesce(pg_catalog.to_json(actor_role)::text, 'null')
  || ',' || coalesce('"' || organisation_id::text || '"', 'null')
  || ',' || coalesce('"' || project_id::text || '"', 'null')
  || ',' || pg_catalog.to_json(action)::text
  || ',' || pg_catalog.to_json(target_type)::text
  || ',' || coalesce(pg_catalog.to_json(target_id)::text, 'null')
  || ',' || coalesce(pg_catalog.to_json(reason)::text, 'null')
  || ',' || coalesce(pg_catalog.to_json(before_digest)::text, 'null')
  || ',' || coalesce(pg_catalog.to_json(after_digest)::text, 'null')
  || ',' || pg_catalog.to_json(details)::text
  || ',' || coalesce(pg_catalog.to_json(request_id)::text, 'null')
  || ']'`);

/** How an appended event's commit is awaited: `durable` waits for the WAL flush (every state change); `relaxed` does not (read events only, see appendWithRead). */
export type EventDurability = 'durable' | 'relaxed';

export interface AppendOptions {
  /** The event's details as SQL (canonical JSON text), when they depend on rows read in the same statement. */
  details?: RawBuilder<string>;
  /** The event is appended only when this SQL condition holds (e.g. the read found rows). */
  when?: RawBuilder<boolean>;
  durability?: EventDurability;
}

export class AuditStore {
  /**
   * The CTEs that append one event: `head` locks the head row (held by the statement's transaction
   * until it commits), `appended` inserts the event with its hash computed over the same canonical
   * text that verification recomputes (CANONICAL_SQL), `moved` moves the head and returns the
   * event's seq, prev_hash and hash. With `relaxed` durability, `moved` also sets
   * synchronous_commit off for the statement's own transaction (a RETURNING expression runs once per
   * event written, so the setting applies exactly when an event is).
   */
  appendCtes(record: NewAuditRecord, occurredAt: Date, options: AppendOptions = {}): RawBuilder<unknown> {
    const relaxed = options.durability === 'relaxed' ? sql`, pg_catalog.set_config('synchronous_commit', 'off', true) as relaxed` : sql``;
    return sql`head as (select seq, hash from audit_chain_head where id = 1 and ${options.when ?? sql`true`} for update),
      event as (
        select head.seq + 1 as seq, ${occurredAt}::timestamptz as occurred_at, ${record.actorUserId}::uuid as actor_user_id,
          ${record.actorRole}::text as actor_role, ${record.organisationId}::uuid as organisation_id, ${record.projectId}::uuid as project_id,
          ${record.action}::text as action, ${record.targetType}::text as target_type, ${record.targetId}::text as target_id,
          ${record.reason}::text as reason, ${record.beforeDigest}::text as before_digest, ${record.afterDigest}::text as after_digest,
          (${options.details ?? sql`${record.details}`})::text as details, ${record.requestId}::text as request_id, head.hash as prev_hash
        from head),
      appended as (
        insert into audit_event (seq, occurred_at, actor_user_id, actor_role, organisation_id, project_id, action, target_type, target_id,
          reason, before_digest, after_digest, details, request_id, prev_hash, hash)
        select seq, occurred_at, actor_user_id, actor_role, organisation_id, project_id, action, target_type, target_id,
          reason, before_digest, after_digest, details, request_id, prev_hash,
          pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(prev_hash || chr(10) || ${CANONICAL_SQL}, 'UTF8')), 'hex')
        from event
        returning seq, prev_hash, hash),
      moved as (
        update audit_chain_head set seq = appended.seq, hash = appended.hash from appended where id = 1
        returning appended.seq, appended.prev_hash, appended.hash${relaxed})`;
  }

  /** Appends one event in one round trip (see appendCtes), durably. */
  async append(trx: Executor, record: NewAuditRecord, now = new Date()): Promise<ChainedRecord> {
    const occurredAtMs = now.getTime();
    const result = await sql<{ seq: string; prev_hash: string; hash: string }>`
      with ${this.appendCtes(record, new Date(occurredAtMs))} select seq, prev_hash, hash from moved`.execute(trx);
    const row = result.rows[0];
    if (!row) throw new Error('the audit chain has no head row: the database was not migrated');
    return { ...record, seq: row.seq, occurredAtMs, prevHash: row.prev_hash, hash: row.hash };
  }

  /**
   * A read and its audit event in one statement, so one round trip and one (implicit) transaction:
   * `source` is the read; the event is appended when `when` holds (SQL over `source`), with details
   * computed by SQL over `source` if given; the rows of `select` (which reads `source`) are returned.
   * Read events are committed with synchronous_commit off ('relaxed'): still hash-chained and written
   * in the read's own transaction, but a crash of the database can lose the last fraction of a
   * second of read events; state changes never go through here.
   */
  async appendWithRead<R>(db: Executor, record: NewAuditRecord, source: RawBuilder<unknown>, select: RawBuilder<unknown>, options: AppendOptions, now = new Date()): Promise<R[]> {
    const result = await sql<R>`with source as materialized (${source}), ${this.appendCtes(record, now, options)} ${select}`.execute(db);
    return result.rows;
  }

  async head(db: Executor): Promise<Checkpoint> {
    return db.selectFrom('audit_chain_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  }

  /**
   * Events in ascending order, one batch at a time (keyset pagination keeps memory flat). Rows come
   * back already in the record's shape, with no copy per event, and the next batch is requested
   * before the current one is handed over, so that the database reads while the caller hashes.
   */
  async *inOrder(db: Executor, batchSize: number): AsyncGenerator<ChainedRecord[]> {
    // ::int8 rounds to whole milliseconds as the canonical form has them; ::float8 lets the driver
    // return a number (exact below 2^53 ms, i.e. for any date this platform will see).
    const batchAfter = async (after: string) =>
      (await sql<ChainedRecord>`select seq, (extract(epoch from occurred_at) * 1000)::int8::float8 as "occurredAtMs",
            actor_user_id as "actorUserId", actor_role as "actorRole", organisation_id as "organisationId", project_id as "projectId",
            action, target_type as "targetType", target_id as "targetId", reason, before_digest as "beforeDigest",
            after_digest as "afterDigest", details, request_id as "requestId", prev_hash as "prevHash", hash
         from audit_event where seq > ${after} order by seq limit ${batchSize}`.execute(db)).rows;
    let next = batchAfter('0');
    // A prefetched batch may fail while the caller is busy: it is reported when awaited, not before.
    next.catch(() => undefined);
    try {
      for (;;) {
        const rows = await next;
        if (rows.length === 0) return;
        const full = rows.length === batchSize;
        if (full) {
          next = batchAfter(rows[rows.length - 1]!.seq);
          next.catch(() => undefined);
        }
        yield rows;
        if (!full) return;
      }
    } finally {
      // A caller that stops early must not leave a query running on its connection.
      await next.catch(() => undefined);
    }
  }

  /**
   * Checks the events with seq in [from, to] inside the database: sequence, link to the event
   * before (the one just below `from` included), and the hash recomputed from the columns
   * (sha256 over the canonical text of chain.ts, built by CANONICAL_SQL). The database hashes where
   * the rows are, so nothing is shipped row by row; ranges can be checked on several connections.
   */
  async firstFailureIn(db: Executor, from: string, to: string): Promise<ChainScan['firstFailure']> {
    const row = (
      await sql<{ seq: string; previous_seq: string | null; linked: boolean; intact: boolean }>`
        with chain as (
          select seq,
            lag(seq) over w as previous_seq,
            prev_hash = coalesce(lag(hash) over w, repeat('0', 64)) as linked,
            hash = pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(prev_hash || chr(10) || ${CANONICAL_SQL}, 'UTF8')), 'hex') as intact
          from audit_event
          where seq >= coalesce((select max(seq) from audit_event where seq < ${from}), ${from}) and seq <= ${to}
          window w as (order by seq))
        select seq, previous_seq, linked, intact from chain
        where seq >= ${from} and (seq <> coalesce(previous_seq, 0) + 1 or not linked or not intact)
        order by seq limit 1`.execute(db)
    ).rows[0];
    return row && { seq: row.seq, previousSeq: row.previous_seq, linked: row.linked, intact: row.intact };
  }

  /** How many events, the first and the last. */
  async extent(db: Executor): Promise<{ count: number; first: string | undefined; last: Checkpoint | undefined }> {
    const [counts, last] = await Promise.all([
      sql<{ count: string; first: string | null }>`select count(*) as count, min(seq) as first from audit_event`.execute(db),
      sql<Checkpoint>`select seq, hash from audit_event order by seq desc limit 1`.execute(db),
    ]);
    return { count: Number(counts.rows[0]!.count), first: counts.rows[0]!.first ?? undefined, last: last.rows[0] };
  }

  /**
   * The first signed checkpoint below `before` that no longer matches its event: the trail was
   * rewritten with recomputed hashes, which only the signature (key outside the database) shows.
   */
  async checkpointMismatch(db: Executor, before: string): Promise<string | undefined> {
    const row = (
      await sql<{ seq: string }>`select c.seq from audit_checkpoint c join audit_event e on e.seq = c.seq
        where e.hash <> c.hash and c.seq < ${before} order by c.seq limit 1`.execute(db)
    ).rows[0];
    return row?.seq;
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
