// Sign-in through the hospital's OpenID Connect provider (Keycloak, ADFS); see oidc-service.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppConfig } from '../app.ts';
import type { Services } from '../platform/services.ts';

export const oidcRoutes = (_services: Services, _config: AppConfig): FastifyPluginAsyncTypebox => async () => {};
