// The audit trail for auditors, the DPO and platform administrators: search, CSV export,
// verification of the chain, signed checkpoints and the public key that checks them.
import { Readable } from 'node:stream';
import { Type, type FastifyPluginAsyncTypebox, type Static } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { csvRow } from '../platform/csv.ts';
import { ProjectParams, Reason, refusals, Uuid } from '../platform/schemas.ts';
import type { AuditSearch } from './audit-store.ts';

const Filters = Type.Object(
  {
    actorUserId: Type.Optional(Uuid),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'Prefix, e.g. "auth." or "membership.granted"' })),
    targetType: Type.Optional(Type.String({ maxLength: 50 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    before: Type.Optional(Type.String({ pattern: '^[0-9]{1,19}$', description: 'Only events older than this sequence number (paging)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
const AdminFilters = Type.Object({ ...Filters.properties, projectId: Type.Optional(Uuid) }, { additionalProperties: false });

const EventView = Type.Object({
  seq: Type.String(),
  occurredAt: Type.String(),
  actorUserId: Type.Union([Uuid, Type.Null()]),
  actorUsername: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Uuid, Type.Null()]),
  projectId: Type.Union([Uuid, Type.Null()]),
  projectCode: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  beforeDigest: Type.Union([Type.String(), Type.Null()]),
  afterDigest: Type.Union([Type.String(), Type.Null()]),
  details: Type.String(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
});
type EventViewT = Static<typeof EventView>;

const VerifyView = Type.Object({
  ok: Type.Boolean(),
  checkedEvents: Type.Integer(),
  head: Type.Object({ seq: Type.String(), hash: Type.String() }),
  checkpointsChecked: Type.Integer(),
  latestCheckpoint: Type.Union([Type.Object({ seq: Type.String(), signedAt: Type.String(), keyId: Type.String() }), Type.Null()]),
  firstBreak: Type.Union([Type.Object({ seq: Type.String(), problem: Type.String(), message: Type.String() }), Type.Null()]),
  durationMs: Type.Integer(),
  eventsPerSecond: Type.Integer(),
});

const CheckpointView = Type.Object({ seq: Type.String(), hash: Type.String(), signedAt: Type.String(), keyId: Type.String(), signature: Type.String() });

const CSV_COLUMNS = ['seq', 'occurredAt', 'actorUsername', 'actorRole', 'organisationId', 'projectCode', 'action', 'targetType', 'targetId', 'reason', 'beforeDigest', 'afterDigest', 'details', 'requestId', 'hash'] as const;
const CSV_MAX_ROWS = 1_000_000;

function toSearch(q: Static<typeof AdminFilters>, projectId?: string): AuditSearch {
  return {
    projectId: projectId ?? q.projectId,
    actorUserId: q.actorUserId,
    action: q.action,
    targetType: q.targetType,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    beforeSeq: q.before,
    limit: q.limit ?? 100,
  };
}

export const auditRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const search = async (q: AuditSearch): Promise<EventViewT[]> =>
    (await services.audit.search(q)).map((r) => ({
      seq: r.seq,
      occurredAt: r.occurred_at.toISOString(),
      actorUserId: r.actor_user_id,
      actorUsername: r.actor_username,
      actorRole: r.actor_role,
      organisationId: r.organisation_id,
      projectId: r.project_id,
      projectCode: r.project_code,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      reason: r.reason,
      beforeDigest: r.before_digest,
      afterDigest: r.after_digest,
      details: r.details,
      requestId: r.request_id,
      hash: r.hash,
    }));

  /** Pages through the matching events newest first and streams them as CSV; the export is audited. */
  const exportCsv = async (request: FastifyRequest, q: AuditSearch) => {
    await services.db.transaction().execute((trx) =>
      services.audit.record(trx, actionContext(request), { action: 'audit.exported', targetType: 'audit_trail', projectId: q.projectId ?? null, details: { format: 'csv' } }),
    );
    async function* lines() {
      yield csvRow(CSV_COLUMNS);
      let before = q.beforeSeq;
      let written = 0;
      while (written < CSV_MAX_ROWS) {
        const page = await search({ ...q, beforeSeq: before, limit: 1000 });
        for (const e of page) yield csvRow(CSV_COLUMNS.map((c) => e[c]));
        written += page.length;
        if (page.length < 1000) return;
        before = page.at(-1)!.seq;
      }
    }
    return Readable.from(lines());
  };

  app.get(
    '/api/audit/events',
    {
      config: { access: { kind: 'platform-admin', scope: 'audit:read' } },
      schema: { tags: ['audit'], summary: 'Search the whole audit trail, newest first', querystring: AdminFilters, response: { 200: Type.Array(EventView), ...refusals } },
    },
    async (request) => search(toSearch(request.query)),
  );

  app.get(
    '/api/audit/events.csv',
    {
      config: { access: { kind: 'platform-admin', scope: 'audit:read' } },
      schema: { tags: ['audit'], summary: 'The whole audit trail (filtered) as CSV', querystring: AdminFilters, produces: ['text/csv'], response: { ...refusals } },
    },
    async (request, reply) => {
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="corelab-audit.csv"');
      return reply.send((await exportCsv(request, toSearch(request.query))) as never);
    },
  );

  app.get(
    '/api/projects/:projectId/audit/events',
    {
      config: { access: { kind: 'project', roles: ['auditor', 'dpo'], scope: 'audit:read', platformAdmin: true } },
      schema: { tags: ['audit'], summary: "The project's audit trail, newest first", params: ProjectParams, querystring: Filters, response: { 200: Type.Array(EventView), ...refusals } },
    },
    async (request) => search(toSearch(request.query, request.params.projectId)),
  );

  app.get(
    '/api/projects/:projectId/audit/events.csv',
    {
      config: { access: { kind: 'project', roles: ['auditor', 'dpo'], scope: 'audit:read', platformAdmin: true } },
      schema: { tags: ['audit'], summary: "The project's audit trail (filtered) as CSV", params: ProjectParams, querystring: Filters, produces: ['text/csv'], response: { ...refusals } },
    },
    async (request, reply) => {
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="corelab-project-audit.csv"');
      return reply.send((await exportCsv(request, toSearch(request.query, request.params.projectId))) as never);
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { access: { kind: 'any-project-role', roles: ['auditor', 'dpo'], scope: 'audit:read', platformAdmin: true } },
      schema: {
        tags: ['audit'],
        summary: 'Verify the whole hash chain and every signed checkpoint; names the first bad event',
        response: { 200: VerifyView, ...refusals },
      },
    },
    async () => services.audit.verify(),
  );

  app.get(
    '/api/audit/checkpoints',
    {
      config: { access: { kind: 'any-project-role', roles: ['auditor', 'dpo'], scope: 'audit:read', platformAdmin: true } },
      schema: { tags: ['audit'], summary: 'Signed checkpoints of the audit-chain head', response: { 200: Type.Array(CheckpointView), ...refusals } },
    },
    async () => (await services.audit.checkpoints()).map((c) => ({ ...c, signedAt: c.signedAt.toISOString() })),
  );

  app.post(
    '/api/audit/checkpoints',
    {
      config: { access: { kind: 'platform-admin', scope: 'admin' } },
      schema: {
        tags: ['audit'],
        summary: 'Sign the current head of the audit chain now',
        body: Type.Object({ reason: Reason }, { additionalProperties: false }),
        response: { 201: CheckpointView, ...refusals },
      },
    },
    async (request, reply) => {
      const c = await services.audit.signCheckpoint(actionContext(request), request.body.reason);
      return reply.status(201).send({ ...c, signedAt: c.signedAt.toISOString() });
    },
  );

  app.get(
    '/api/audit/public-key',
    {
      config: { access: { kind: 'public' } },
      schema: { tags: ['audit'], summary: "The platform's Ed25519 public key that checks checkpoint signatures", response: { 200: Type.Object({ keyId: Type.String(), publicKeyPem: Type.String() }) } },
    },
    async () => services.audit.publicKey,
  );
};
