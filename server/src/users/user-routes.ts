import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { Language, ProblemSchema, refusals, Uuid } from '../platform/schemas.ts';

const UserView = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Uuid, Type.Null()]),
  isPlatformAdmin: Type.Boolean(),
  preferredLanguage: Language,
  disabled: Type.Boolean(),
  hasPassword: Type.Boolean(),
  oidcLinked: Type.Boolean(),
});
const DisplayName = Type.String({ minLength: 1, maxLength: 200 });
const Email = Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]);
const Password = Type.String({ minLength: 1, maxLength: 256 });

export const userRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/users',
    {
      config: { access: { kind: 'platform-admin', scope: 'admin' } },
      schema: { tags: ['users'], summary: 'All accounts', response: { 200: Type.Array(UserView), ...refusals } },
    },
    async () => services.users.list(),
  );

  app.post(
    '/api/users',
    {
      config: { access: { kind: 'platform-admin', scope: 'admin' } },
      schema: {
        tags: ['users'],
        summary: 'Create an account (a local password, or none for an account that signs in through OIDC)',
        body: Type.Object(
          {
            username: Type.String({ minLength: 2, maxLength: 64 }),
            displayName: DisplayName,
            email: Type.Optional(Email),
            organisationId: Type.Union([Uuid, Type.Null()]),
            password: Type.Optional(Password),
            isPlatformAdmin: Type.Optional(Type.Boolean()),
            preferredLanguage: Type.Optional(Language),
          },
          { additionalProperties: false },
        ),
        response: { 201: UserView, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.users.create(actionContext(request), request.body)),
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { access: { kind: 'platform-admin', scope: 'admin' } },
      schema: {
        tags: ['users'],
        summary: 'Change an account: name, organisation, administration, language, disabled, password',
        params: Type.Object({ userId: Uuid }),
        body: Type.Object(
          {
            displayName: Type.Optional(DisplayName),
            email: Type.Optional(Email),
            organisationId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            isPlatformAdmin: Type.Optional(Type.Boolean()),
            preferredLanguage: Type.Optional(Language),
            disabled: Type.Optional(Type.Boolean()),
            password: Type.Optional(Password),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: UserView, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => services.users.update(actionContext(request), request.params.userId, request.body),
  );

  app.patch(
    '/api/auth/me',
    {
      config: { access: { kind: 'authenticated', sessionOnly: true } },
      schema: {
        tags: ['auth'],
        summary: 'Change my preferred language',
        body: Type.Object({ preferredLanguage: Language }, { additionalProperties: false }),
        response: { 200: UserView, ...refusals },
      },
    },
    async (request) => services.users.update(actionContext(request), request.actor!.userId, request.body),
  );
};
