// Audit events appended per second through the real path: `services.audit.record` inside its own
// transaction, by one writer or several concurrent writers (who queue on the chain's head row).
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../../server/src/access/actor.ts';
import type { AuditEntry } from '../../server/src/audit/audit-service.ts';
import type { BenchPlatform } from './platform.ts';

export interface AppendRun {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

const actor: ActionContext['actor'] = {
  userId: randomUUID(),
  username: 'bench-admin',
  organisationId: randomUUID(),
  isPlatformAdmin: true,
  via: 'session',
  scopes: 'all',
  tokenProjectId: null,
};

/** The shape of a typical state change: an organisation renamed, with before and after digests. */
function entry(i: number): AuditEntry {
  const before = { id: actor!.organisationId, name: `Centre ${i}`, kind: 'centre', city: 'Lille', country: 'FR' };
  return {
    action: 'organisation.updated',
    targetType: 'organisation',
    targetId: before.id,
    before,
    after: { ...before, name: `Centre ${i + 1}` },
    details: { fields: ['name'] },
  };
}

/** Appends for `seconds` with `writers` concurrent loops, each event in its own transaction. */
export async function measureAppend(platform: BenchPlatform, writers: number, seconds: number): Promise<AppendRun> {
  const { db, audit } = { db: platform.database.db, audit: platform.services.audit };
  let events = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const writer = async () => {
    while (performance.now() < deadline) {
      const i = events++;
      await db.transaction().execute((trx) => audit.record(trx, { actor, requestId: randomUUID() }, entry(i)));
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  const elapsed = (performance.now() - started) / 1000;
  return { events, seconds: elapsed, eventsPerSecond: events / elapsed };
}
