// Fills an empty audit trail with a long, valid chain, fast: the chain is computed here with the
// very functions the platform uses (chain.ts) and inserted in large batches through unnest()
// arrays. Only inserts: the append-only triggers stay in place. Finally the head row is moved to
// the last event, as the platform's own appends would have left it.
import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../server/src/db/schema.ts';
import { chainHash, GENESIS_HASH, type AuditRecord } from '../../server/src/audit/chain.ts';

const hex = (text: string) => createHash('sha256').update(text).digest('hex');
const uuid = (text: string) => {
  const h = hex(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const pool = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

// A varied, realistic mix: a few dozen people, a dozen organisations, some projects, typical actions,
// digests, short canonical details and, now and then, a reason with accents and quotes.
const actors = pool(40, (i) => uuid(`actor ${i}`));
const organisations = pool(12, (i) => uuid(`organisation ${i}`));
const projects = pool(8, (i) => uuid(`project ${i}`));
const digests = pool(512, (i) => hex(`digest ${i}`));
const roles = ['platform_admin', 'centre_data_manager', 'qc_reviewer', 'reader', 'adjudicator', 'core_lab_manager', 'system'];
const actions: Array<[string, string, string]> = [
  ['session.signed-in', 'session', '{}'],
  ['organisation.updated', 'organisation', '{"fields":["name"]}'],
  ['user.created', 'user', '{"isPlatformAdmin":false,"organisationId":"x"}'],
  ['membership.granted', 'membership', '{"role":"reader"}'],
  ['project.updated', 'project', '{"fields":["title","status"]}'],
  ['exam.received', 'exam', '{"instances":212,"modality":"MR","series":9}'],
  ['qc.decision-recorded', 'exam', '{"decision":"accepted","issues":[]}'],
  ['reading.submitted', 'reading_task', '{"form":"lv-function","version":3}'],
];
const reasons = ['correction demandée par le centre', 'erreur de saisie « date » signalée', 'query #42: "wrong side"', 'ré-analyse après adjudication'];

export function syntheticRecord(seq: number, startMs: number): AuditRecord {
  const [action, targetType, details] = actions[seq % actions.length]!;
  const withDigests = seq % 3 !== 0;
  return {
    seq: String(seq),
    occurredAtMs: startMs + seq * 37,
    actorUserId: seq % 11 === 0 ? null : actors[seq % actors.length]!,
    actorRole: roles[seq % roles.length]!,
    organisationId: organisations[seq % organisations.length]!,
    projectId: seq % 5 === 0 ? null : projects[seq % projects.length]!,
    action,
    targetType,
    targetId: `${digests[seq % 509]!.slice(0, 8)}-${seq.toString(16).padStart(4, '0')}-4000-8000-${digests[seq % 503]!.slice(0, 12)}`,
    reason: seq % 17 === 0 ? reasons[seq % reasons.length]! : null,
    beforeDigest: withDigests ? digests[seq % 512]! : null,
    afterDigest: withDigests ? digests[(seq * 7) % 512]! : null,
    details,
    requestId: seq % 13 === 0 ? null : `${seq.toString(16).padStart(8, '0')}-0000-4000-8000-${digests[seq % 499]!.slice(0, 12)}`,
  };
}

const COLUMNS = [
  ['seq', 'int8'], ['occurred_at', 'timestamptz'], ['actor_user_id', 'uuid'], ['actor_role', 'text'], ['organisation_id', 'uuid'],
  ['project_id', 'uuid'], ['action', 'text'], ['target_type', 'text'], ['target_id', 'text'], ['reason', 'text'],
  ['before_digest', 'text'], ['after_digest', 'text'], ['details', 'text'], ['request_id', 'text'], ['prev_hash', 'text'], ['hash', 'text'],
] as const;

const INSERT = `insert into audit_event (${COLUMNS.map(([c]) => c).join(', ')}) select * from unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`;

export interface FillResult {
  events: number;
  seconds: number;
  head: { seq: string; hash: string };
}

/** Appends `count` chained events after an empty trail, `batchSize` rows per statement. */
export async function fillChain(db: Kysely<Database>, count: number, batchSize = 20_000, onProgress?: (done: number) => void): Promise<FillResult> {
  const started = performance.now();
  const head = await db.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  if (head.seq !== '0') throw new Error('fillChain expects an empty audit trail');
  const startMs = Date.now() - count * 37 - 60_000;
  let prev = GENESIS_HASH;
  for (let first = 1; first <= count; first += batchSize) {
    const last = Math.min(count, first + batchSize - 1);
    const columns: unknown[][] = COLUMNS.map(() => []);
    for (let seq = first; seq <= last; seq++) {
      const r = syntheticRecord(seq, startMs);
      const hash = chainHash(prev, r);
      const values = [r.seq, new Date(r.occurredAtMs).toISOString(), r.actorUserId, r.actorRole, r.organisationId, r.projectId, r.action,
        r.targetType, r.targetId, r.reason, r.beforeDigest, r.afterDigest, r.details, r.requestId, prev, hash];
      for (let c = 0; c < values.length; c++) columns[c]!.push(values[c]);
      prev = hash;
    }
    await db.executeQuery(CompiledQuery.raw(INSERT, columns));
    onProgress?.(last);
  }
  const final = { seq: String(count), hash: prev };
  await db.updateTable('audit_chain_head').set(final).where('id', '=', 1).execute();
  return { events: count, seconds: (performance.now() - started) / 1000, head: final };
}
