import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { OrganisationKindSchema, ProblemSchema, refusals, Uuid } from '../platform/schemas.ts';

const OrganisationView = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: OrganisationKindSchema,
  city: Type.Union([Type.String(), Type.Null()]),
  country: Type.String(),
});
const Name = Type.String({ minLength: 2, maxLength: 200 });
const City = Type.Union([Type.String({ maxLength: 100 }), Type.Null()]);
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' });

export const organisationRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/organisations',
    {
      config: { access: { kind: 'authenticated', scope: 'projects:read' } },
      schema: { tags: ['organisations'], summary: 'Organisations known to the platform', response: { 200: Type.Array(OrganisationView), ...refusals } },
    },
    async () => services.organisations.list(),
  );

  app.post(
    '/api/organisations',
    {
      config: { access: { kind: 'platform-admin', scope: 'admin' } },
      schema: {
        tags: ['organisations'],
        summary: 'Register an organisation (centre, core lab, statistics unit, sponsor, committee)',
        body: Type.Object({ name: Name, kind: OrganisationKindSchema, city: Type.Optional(City), country: Type.Optional(Country) }, { additionalProperties: false }),
        response: { 201: OrganisationView, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.organisations.create(actionContext(request), request.body)),
  );

  app.patch(
    '/api/organisations/:organisationId',
    {
      config: { access: { kind: 'platform-admin', scope: 'admin' } },
      schema: {
        tags: ['organisations'],
        summary: 'Rename or relocate an organisation',
        params: Type.Object({ organisationId: Uuid }),
        body: Type.Object({ name: Type.Optional(Name), city: Type.Optional(City), country: Type.Optional(Country) }, { additionalProperties: false, minProperties: 1 }),
        response: { 200: OrganisationView, 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => services.organisations.update(actionContext(request), request.params.organisationId, request.body),
  );
};
