// Sign-in and sign-out, the current session, and the person's API tokens.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../app.ts';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, refusals, TokenScopeSchema, Uuid, ProjectRoleSchema, Language } from '../platform/schemas.ts';
import { SESSION_COOKIE } from './session-service.ts';
import { MAX_TOKEN_DAYS } from './token-service.ts';

const SessionUser = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  organisationId: Type.Union([Uuid, Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  isPlatformAdmin: Type.Boolean(),
  preferredLanguage: Language,
});

const SessionView = Type.Object({
  user: SessionUser,
  csrfToken: Type.Union([Type.String(), Type.Null()], { description: 'Send it back in the x-csrf-token header on every change.' }),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
  memberships: Type.Array(Type.Object({ projectId: Uuid, projectCode: Type.String(), projectTitle: Type.String(), role: ProjectRoleSchema })),
});

const TokenView = Type.Object({
  id: Uuid,
  name: Type.String(),
  scopes: Type.Array(TokenScopeSchema),
  projectId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
});

export function setSessionCookie(reply: FastifyReply, config: AppConfig, value: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https:'),
    path: '/',
    expires: expiresAt,
  });
}

export async function sessionView(services: Services, userId: string, csrfToken: string | null, via: 'session' | 'token') {
  const user = await services.db
    .selectFrom('app_user')
    .leftJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select(['app_user.id', 'username', 'display_name', 'organisation_id', 'organisation.name as organisation_name', 'is_platform_admin', 'preferred_language'])
    .where('app_user.id', '=', userId)
    .executeTakeFirstOrThrow();
  const memberships = await services.db
    .selectFrom('project_membership as m')
    .innerJoin('project as p', 'p.id', 'm.project_id')
    .select(['m.project_id', 'p.code', 'p.title', 'm.role'])
    .where('m.user_id', '=', userId)
    .where('m.revoked_at', 'is', null)
    .orderBy('p.code')
    .orderBy('m.role')
    .execute();
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      organisationId: user.organisation_id,
      organisationName: user.organisation_name,
      isPlatformAdmin: user.is_platform_admin,
      preferredLanguage: user.preferred_language as 'fr' | 'en',
    },
    csrfToken,
    via,
    memberships: memberships.map((m) => ({ projectId: m.project_id, projectCode: m.code, projectTitle: m.title, role: m.role as never })),
  };
}

export const authRoutes = (services: Services, config: AppConfig): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/auth/methods',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['auth'],
        summary: 'How one can sign in here',
        response: { 200: Type.Object({ password: Type.Boolean(), oidc: Type.Union([Type.Object({ label: Type.String(), loginUrl: Type.String() }), Type.Null()]) }) },
      },
    },
    async () => ({ password: true, oidc: config.oidc ? { label: config.oidc.label, loginUrl: '/api/auth/oidc/login' } : null }),
  );

  app.post(
    '/api/auth/login',
    {
      config: {
        access: { kind: 'public' },
        rateLimit: {
          max: config.login.ratePerMinute,
          timeWindow: 60_000,
          errorResponseBuilder: (_req, ctx) => Object.assign(new Error(`too many sign-in attempts from this address; wait ${Math.ceil(ctx.ttl / 1000)} s`), { statusCode: 429, code: 'auth.too-many-attempts' }),
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a local account; opens a new session (any earlier one is ended)',
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
        response: { 200: SessionView, 400: ProblemSchema, 401: ProblemSchema, 423: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const result = await services.login.login(actionContext(request), request.body.username, request.body.password, request.cookies[SESSION_COOKIE]);
      setSessionCookie(reply, config, result.cookieValue, result.expiresAt);
      return sessionView(services, result.userId, result.csrfToken, 'session');
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { kind: 'authenticated', sessionOnly: true } },
      schema: { tags: ['auth'], summary: 'Sign out: the session ends at once', response: { 204: Type.Null(), ...refusals } },
    },
    async (request, reply) => {
      const cookieValue = request.cookies[SESSION_COOKIE]!;
      await services.db.transaction().execute(async (trx) => {
        await services.sessions.end(cookieValue, new Date(), trx);
        await services.audit.record(trx, actionContext(request), { action: 'auth.logout', targetType: 'user', targetId: request.actor!.userId });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: { kind: 'authenticated' } },
      schema: { tags: ['auth'], summary: 'Who is signed in, their projects and roles, and the CSRF token', response: { 200: SessionView, ...refusals } },
    },
    async (request) => sessionView(services, request.actor!.userId, request.session?.csrfToken ?? null, request.actor!.via),
  );

  app.post(
    '/api/auth/tokens',
    {
      config: { access: { kind: 'authenticated', sessionOnly: true } },
      schema: {
        tags: ['auth'],
        summary: 'Issue an API token (shown once) for the CLI or a site gateway',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            scopes: Type.Array(TokenScopeSchema, { minItems: 1, maxItems: 10, uniqueItems: true }),
            projectId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            expiresInDays: Type.Integer({ minimum: 1, maximum: MAX_TOKEN_DAYS }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ token: Type.String(), apiToken: TokenView }), ...refusals },
      },
    },
    async (request, reply) => {
      const { token, view } = await services.tokens.issue(actionContext(request), request.body);
      return reply.status(201).send({ token, apiToken: view });
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      config: { access: { kind: 'authenticated', sessionOnly: true } },
      schema: { tags: ['auth'], summary: 'My API tokens (never their secret)', response: { 200: Type.Array(TokenView), ...refusals } },
    },
    async (request) => services.tokens.listFor(request.actor!.userId),
  );

  app.delete(
    '/api/auth/tokens/:tokenId',
    {
      config: { access: { kind: 'authenticated', sessionOnly: true } },
      schema: { tags: ['auth'], summary: 'Revoke an API token', params: Type.Object({ tokenId: Uuid }), response: { 204: Type.Null(), 404: ProblemSchema, ...refusals } },
    },
    async (request, reply) => {
      await services.tokens.revoke(actionContext(request), request.params.tokenId);
      return reply.status(204).send(null);
    },
  );
};
