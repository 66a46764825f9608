import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from './access-hook.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, ProjectParams, ProjectRoleSchema, Reason, refusals, Uuid } from '../platform/schemas.ts';

const MembershipView = Type.Object({
  id: Uuid,
  projectId: Uuid,
  userId: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  role: ProjectRoleSchema,
  organisationId: Uuid,
  organisationName: Type.String(),
  grantedAt: Type.String(),
});

export const membershipRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/projects/:projectId/memberships',
    {
      config: { access: { kind: 'project', roles: ['core_lab_manager', 'sponsor_pi', 'auditor', 'dpo'], scope: 'projects:read', platformAdmin: true } },
      schema: { tags: ['memberships'], summary: 'Who holds which role in the project', params: ProjectParams, response: { 200: Type.Array(MembershipView), ...refusals } },
    },
    async (request) => services.memberships.list(request.params.projectId),
  );

  app.post(
    '/api/projects/:projectId/memberships',
    {
      config: { access: { kind: 'project', roles: [], scope: 'admin', platformAdmin: true } },
      schema: {
        tags: ['memberships'],
        summary: 'Grant a project role; refused with the rule named when it breaks separation of duties',
        params: ProjectParams,
        body: Type.Object({ userId: Uuid, role: ProjectRoleSchema, reason: Type.Optional(Reason) }, { additionalProperties: false }),
        response: { 201: MembershipView, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.memberships.grant(actionContext(request), request.params.projectId, request.body)),
  );

  app.post(
    '/api/projects/:projectId/memberships/:membershipId/revoke',
    {
      config: { access: { kind: 'project', roles: [], scope: 'admin', platformAdmin: true } },
      schema: {
        tags: ['memberships'],
        summary: 'Revoke a project role (kept on record, never deleted)',
        params: Type.Object({ projectId: Uuid, membershipId: Uuid }),
        body: Type.Object({ reason: Reason }, { additionalProperties: false }),
        response: { 204: Type.Null(), 404: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      await services.memberships.revoke(actionContext(request), request.params.projectId, request.params.membershipId, request.body.reason);
      return reply.status(204).send(null);
    },
  );
};
