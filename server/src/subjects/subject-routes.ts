import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { oneOf, ProblemSchema, ProjectParams, refusals, Uuid } from '../platform/schemas.ts';
import { CONSENT_STATUSES } from './subject-service.ts';

const ConsentStatusSchema = oneOf(CONSENT_STATUSES, 'Information/consent status; only consented and no-objection subjects may receive imaging');
const SubjectView = Type.Object({ id: Uuid, code: Type.String(), centreId: Uuid, consentStatus: ConsentStatusSchema, createdAt: Type.String({ format: 'date-time' }) });

export const subjectRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.post(
    '/api/projects/:projectId/subjects',
    {
      config: { access: { kind: 'project', roles: ['centre_data_manager'], scope: 'imaging:write' } },
      schema: {
        tags: ['subjects'],
        summary: "Register a pseudonymous subject of my centre with its information/consent status",
        params: ProjectParams,
        body: Type.Object(
          { code: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$', description: 'The pseudonymous subject code; PatientID and PatientName of its imaging' }), centreId: Uuid, consentStatus: ConsentStatusSchema },
          { additionalProperties: false },
        ),
        response: { 201: SubjectView, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.subjects.register(actionContext(request), request.params.projectId, request.body)),
  );

  app.get(
    '/api/projects/:projectId/subjects',
    {
      config: { access: { kind: 'project', roles: ['centre_data_manager', 'core_lab_manager'], scope: 'imaging:read' } },
      schema: {
        tags: ['subjects'],
        summary: "The project's subjects: those of my centre for a data manager, all for the core-lab manager",
        params: ProjectParams,
        response: { 200: Type.Array(SubjectView), ...refusals },
      },
    },
    async (request) => services.subjects.list(actionContext(request), request.params.projectId, request.projectRoles),
  );
};
