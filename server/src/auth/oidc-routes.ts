// Sign-in through the hospital's OpenID Connect provider (Keycloak, ADFS); see oidc-service.ts.
// Both routes are reached by browser navigation, so they answer with redirects, never JSON, once
// OIDC is configured: the sign-in page reads `?error=` and says what went wrong.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppConfig } from '../app.ts';
import { actionContext } from '../access/access-hook.ts';
import { DomainError, notFound } from '../platform/domain-error.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema } from '../platform/schemas.ts';
import { setSessionCookie } from './auth-routes.ts';
import { OidcService, type OidcRefusal } from './oidc-service.ts';
import { TRANSACTION_LIFETIME_SECONDS } from './oidc-transaction.ts';
import { SESSION_COOKIE } from './session-service.ts';

const TRANSACTION_COOKIE = 'corelab_oidc';
const OIDC_PATH = '/api/auth/oidc';
const CALLBACK_PATH = `${OIDC_PATH}/callback`;

const REFUSAL_PAGES: Record<OidcRefusal, string> = {
  'no-account': '/login?error=oidc-no-account',
  'account-disabled': '/login?error=account-disabled',
};
const FAILURE_PAGE = '/login?error=oidc-failed';

const Redirect = Type.Null({ description: 'Redirect (Location header)' });

const CallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 4096 })),
  state: Type.Optional(Type.String({ maxLength: 1024 })),
  error: Type.Optional(Type.String({ maxLength: 256 })),
  error_description: Type.Optional(Type.String({ maxLength: 2048 })),
  iss: Type.Optional(Type.String({ maxLength: 2048 })),
  session_state: Type.Optional(Type.String({ maxLength: 1024 })),
});

export const oidcRoutes = (services: Services, config: AppConfig): FastifyPluginAsyncTypebox => async (app) => {
  const oidc =
    config.oidc && new OidcService(services.db, services.audit, services.sessions, { ...config.oidc, redirectUri: `${config.publicUrl}${CALLBACK_PATH}` });
  const configured = (): OidcService => {
    if (!oidc) throw notFound('auth.oidc-not-configured', 'sign-in through an OpenID Connect provider is not configured on this platform');
    return oidc;
  };
  const transactionCookie = { httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), path: OIDC_PATH } as const;

  app.addHook('onError', async (request, _reply, error) => {
    if (error instanceof DomainError && error.code === 'auth.oidc-unavailable') {
      request.log.warn({ cause: String(error.cause) }, 'the OIDC provider could not be discovered');
    }
  });

  app.get(
    `${OIDC_PATH}/login`,
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in through the OpenID Connect provider: redirects the browser to it',
        response: { 302: Redirect, 404: ProblemSchema, 503: ProblemSchema },
      },
    },
    async (_request, reply) => {
      const { authorizationUrl, sealedTransaction } = await configured().beginSignIn();
      // Lax, not Strict: the provider sends the browser back from another site.
      reply.setCookie(TRANSACTION_COOKIE, sealedTransaction, { ...transactionCookie, maxAge: TRANSACTION_LIFETIME_SECONDS });
      reply.header('cache-control', 'no-store');
      return reply.redirect(authorizationUrl.href, 302);
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      config: {
        access: { kind: 'public' },
        // Each call may cost a request to the provider's token endpoint.
        rateLimit: { max: config.login.ratePerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags: ['auth'],
        summary: 'Where the OpenID Connect provider sends the browser back: opens a session and redirects to the app, or to the sign-in page with the reason',
        querystring: CallbackQuery,
        response: { 302: Redirect, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const service = configured();
      const callbackUrl = new URL(`${config.publicUrl}${CALLBACK_PATH}`);
      callbackUrl.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const outcome = await service.completeSignIn(actionContext(request), callbackUrl, request.cookies[TRANSACTION_COOKIE], request.cookies[SESSION_COOKIE]);
      reply.clearCookie(TRANSACTION_COOKIE, transactionCookie);
      reply.header('cache-control', 'no-store');
      switch (outcome.kind) {
        case 'signed-in':
          setSessionCookie(reply, config, outcome.cookieValue, outcome.expiresAt);
          return reply.redirect('/', 302);
        case 'refused':
          request.log.info({ reason: outcome.reason }, 'OIDC sign-in refused');
          return reply.redirect(REFUSAL_PAGES[outcome.reason], 302);
        case 'failed':
          request.log.warn({ cause: outcome.cause }, 'OIDC sign-in failed');
          return reply.redirect(FAILURE_PAGE, 302);
      }
    },
  );
};
