// The audit trail as JSON lines for the standalone verifier (verify/, `corelab-verify audit`): a
// header, every event with all it takes to recompute its hash, the signed checkpoints, an end line.
// The format is specified in verify/README.md. Someone who may read only some projects gets every
// other event reduced to its links, so the chain still verifies end to end without revealing them.
import { Readable } from 'node:stream';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { refusals } from '../platform/schemas.ts';
import type { ChainedRecord, Checkpoint } from './chain.ts';
import type { StoredCheckpoint } from './audit-store.ts';

export const AUDIT_EXPORT_FORMAT = 'corelab-audit-export';
export const AUDIT_EXPORT_VERSION = 1;
const AUDIT_READERS: readonly ProjectRole[] = ['auditor', 'dpo'];
const BATCH_SIZE = 1000;

/** What one export contains: fixed before the first byte is sent. */
interface ExportSnapshot {
  head: Checkpoint;
  checkpoints: StoredCheckpoint[];
  platformKey: { keyId: string; publicKeyPem: string };
  /** Projects whose events are exported in full; undefined means every event. */
  fullProjects: ReadonlySet<string> | undefined;
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

function eventLine(e: ChainedRecord, full: boolean): string {
  if (!full) return line({ type: 'event', seq: e.seq, prevHash: e.prevHash, hash: e.hash, redacted: true });
  return line({
    type: 'event',
    seq: e.seq,
    occurredAtMs: e.occurredAtMs,
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    organisationId: e.organisationId,
    projectId: e.projectId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    reason: e.reason,
    beforeDigest: e.beforeDigest,
    afterDigest: e.afterDigest,
    details: e.details,
    requestId: e.requestId,
    prevHash: e.prevHash,
    hash: e.hash,
  });
}

/** A platform admin sees everything; an auditor or DPO the projects where they hold that role. A project-bound API token narrows either to its project. */
async function fullProjectsFor(services: Services, request: FastifyRequest): Promise<ReadonlySet<string> | undefined> {
  const actor = request.actor;
  if (!actor) return new Set();
  const bound = actor.tokenProjectId;
  if (actor.isPlatformAdmin) return bound ? new Set([bound]) : undefined;
  const projects = await services.memberships.projectsWithRole(actor.userId, AUDIT_READERS);
  return new Set(bound ? projects.filter((p) => p === bound) : projects);
}

/**
 * Events are read in batches up to the head taken at the start: the chain only grows, so
 * everything at or below that head is committed and unchanging, and no transaction is held open
 * while the client downloads.
 */
async function* exportLines(services: Services, snapshot: ExportSnapshot): AsyncGenerator<string> {
  const { head, checkpoints, platformKey, fullProjects } = snapshot;
  yield line({ type: 'header', format: AUDIT_EXPORT_FORMAT, version: AUDIT_EXPORT_VERSION, exportedAt: new Date().toISOString(), platformKey, head });
  const last = BigInt(head.seq);
  let events = 0;
  if (last > 0n) {
    for await (const batch of services.audit.store.inOrder(services.db, BATCH_SIZE)) {
      const within = batch.filter((e) => BigInt(e.seq) <= last);
      if (within.length > 0) yield within.map((e) => eventLine(e, fullProjects === undefined || (e.projectId !== null && fullProjects.has(e.projectId)))).join('');
      events += within.length;
      if (within.length < batch.length || BigInt(batch.at(-1)!.seq) === last) break;
    }
  }
  for (const c of checkpoints) {
    yield line({ type: 'checkpoint', seq: c.seq, hash: c.hash, signedAt: c.signedAt.toISOString(), keyId: c.keyId, signature: c.signature });
  }
  yield line({ type: 'end', events, checkpoints: checkpoints.length });
}

export const auditExportRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/audit/export.jsonl',
    {
      config: { access: { kind: 'any-project-role', roles: AUDIT_READERS, scope: 'audit:read', platformAdmin: true } },
      schema: {
        tags: ['audit'],
        summary: 'The whole hash chain and its signed checkpoints as JSON lines, for the standalone verifier',
        description:
          'Streams a header, one line per event, one line per signed checkpoint and an end line (format: verify/README.md). ' +
          'A platform administrator gets every event in full; an auditor or DPO gets in full the events of the projects where they hold that role, ' +
          'and every other event as a redacted line (seq, prevHash, hash) so that the chain still verifies end to end. The export is recorded on the audit trail.',
        querystring: Type.Object({}, { additionalProperties: false }),
        produces: ['application/x-ndjson'],
        response: {
          200: {
            description: 'JSON lines: header, events, checkpoints, end',
            content: { 'application/x-ndjson': { schema: Type.String() } },
          },
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      await services.db.transaction().execute((trx) =>
        services.audit.record(trx, actionContext(request), { action: 'audit.exported', targetType: 'audit_trail', details: { format: 'jsonl' } }),
      );
      const head = await services.audit.store.head(services.db);
      const checkpoints = (await services.audit.checkpoints()).filter((c) => BigInt(c.seq) <= BigInt(head.seq));
      const snapshot: ExportSnapshot = { head, checkpoints, platformKey: services.audit.publicKey, fullProjects: await fullProjectsFor(services, request) };
      reply
        .type('application/x-ndjson; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="corelab-audit-${head.seq}.jsonl"`);
      // The 200 schema documents the text; the payload is the stream that produces it.
      return reply.send(Readable.from(exportLines(services, snapshot)) as never);
    },
  );
};
