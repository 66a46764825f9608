import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import { PROJECT_ROLES } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { extend, ProblemSchema, ProjectParams, ProjectPartSchema, ProjectRoleSchema, refusals, Uuid } from '../platform/schemas.ts';

const ProjectView = Type.Object({
  id: Uuid,
  code: Type.String(),
  title: Type.String(),
  description: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('closed')]),
});
const PartyView = Type.Object({ organisationId: Uuid, organisationName: Type.String(), part: ProjectPartSchema });

export const projectRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/projects',
    {
      config: { access: { kind: 'authenticated', scope: 'projects:read' } },
      schema: {
        tags: ['projects'],
        summary: 'The projects I take part in, with my roles (every project for a platform administrator)',
        response: { 200: Type.Array(extend(ProjectView, { myRoles: Type.Array(ProjectRoleSchema) })), ...refusals },
      },
    },
    async (request) => {
      const actor = request.actor!;
      const projects = await services.projects.listFor(actor.userId, actor.isPlatformAdmin);
      return actor.tokenProjectId ? projects.filter((p) => p.id === actor.tokenProjectId) : projects;
    },
  );

  app.post(
    '/api/projects',
    {
      config: { access: { kind: 'platform-admin', scope: 'admin' } },
      schema: {
        tags: ['projects'],
        summary: 'Open a project (after its approval by the committee)',
        body: Type.Object(
          { code: Type.String({ minLength: 2, maxLength: 32 }), title: Type.String({ minLength: 3, maxLength: 300 }), description: Type.Optional(Type.String({ maxLength: 5000 })) },
          { additionalProperties: false },
        ),
        response: { 201: ProjectView, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.projects.create(actionContext(request), request.body)),
  );

  app.get(
    '/api/projects/:projectId',
    {
      config: { access: { kind: 'project', roles: PROJECT_ROLES, scope: 'projects:read', platformAdmin: true } },
      schema: {
        tags: ['projects'],
        summary: 'A project, the organisations taking part and my roles in it',
        params: ProjectParams,
        response: { 200: extend(ProjectView, { parties: Type.Array(PartyView), myRoles: Type.Array(ProjectRoleSchema) }), 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      const [project, parties] = await Promise.all([services.projects.get(projectId), services.projects.parties(projectId)]);
      return { ...project, parties, myRoles: request.projectRoles };
    },
  );

  app.post(
    '/api/projects/:projectId/parties',
    {
      config: { access: { kind: 'project', roles: [], scope: 'admin', platformAdmin: true } },
      schema: {
        tags: ['projects'],
        summary: 'Add an organisation to the project as centre, core lab, statistics unit, sponsor or committee',
        params: ProjectParams,
        body: Type.Object({ organisationId: Uuid, part: ProjectPartSchema }, { additionalProperties: false }),
        response: { 201: Type.Array(PartyView), 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.projects.addParty(actionContext(request), request.params.projectId, request.body)),
  );
};
