// Builds the HTTP application: cross-cutting hooks first (request id, access, errors, security
// headers), then one plug-in per bounded context, then the web app.
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import { registerAccessHook } from './access/access-hook.ts';
import { membershipRoutes } from './access/membership-routes.ts';
import { auditRoutes } from './audit/audit-routes.ts';
import { auditExportRoutes } from './audit/audit-export-routes.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { oidcRoutes } from './auth/oidc-routes.ts';
import { isDatabaseReady } from './db/database.ts';
import { organisationRoutes } from './organisations/organisation-routes.ts';
import { sendProblem, registerProblemHandlers } from './platform/problem.ts';
import { logRedaction, requestSerializer } from './platform/logging.ts';
import type { Services } from './platform/services.ts';
import { projectRoutes } from './projects/project-routes.ts';
import { userRoutes } from './users/user-routes.ts';
import { subjectRoutes } from './subjects/subject-routes.ts';
import { dicomwebRoutes } from './imaging/dicomweb-routes.ts';
import { definitionRoutes } from './qc/definition-routes.ts';
import { examRoutes } from './qc/exam-routes.ts';
import { reviewRoutes } from './qc/review-routes.ts';
import { queryRoutes } from './qc/query-routes.ts';
import { dashboardRoutes } from './qc/dashboard-routes.ts';
import { reportRoutes } from './qc/report-routes.ts';
import { readingDefinitionRoutes } from './reading/definition-routes.ts';
import { taskRoutes } from './reading/task-routes.ts';
import { trainingRoutes } from './reading/training-routes.ts';
import { adjudicationRoutes } from './reading/adjudication/adjudication-routes.ts';
import { finalValuesRoutes } from './reading/adjudication/final-values-routes.ts';
import { progressRoutes } from './reading/progress/progress-routes.ts';
import { agreementRoutes } from './reading/agreement-api/agreement-routes.ts';
import { readingExportRoutes } from './reading/dicom-export/export-routes.ts';

export type AppConfig = Pick<Config, 'login' | 'oidc' | 'publicUrl' | 'webDir' | 'logLevel'>;

export interface AppOptions {
  config: AppConfig;
  services: Services;
  /** Where log lines go; tests pass a stream to inspect them. */
  logStream?: NodeJS.WritableStream;
}

export type App = FastifyInstance & { routeCatalogue: RouteEntry[] };

export interface RouteEntry {
  method: string;
  url: string;
  access: NonNullable<import('fastify').FastifyContextConfig['access']>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const API_PREFIXES = ['/api/', '/dicomweb/'];

export async function buildApp({ config, services, logStream }: AppOptions): Promise<App> {
  const logger: FastifyServerOptions['logger'] = {
    level: config.logLevel,
    redact: logRedaction,
    serializers: { req: requestSerializer },
    ...(logStream && { stream: logStream }),
  };
  const app = Fastify({
    logger,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    routerOptions: { maxParamLength: 200 },
    // Sockets buffer up to 1 MB before a writer must wait: a WADO-RS part (a whole DICOM file) is
    // then written without a drain per part, and queued parts leave in one writev.
    http: { highWaterMark: 1024 * 1024 },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routeCatalogue: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (API_PREFIXES.some((p) => route.url.startsWith(p)) && !access && !route.url.startsWith('/api/docs')) {
      throw new Error(`route ${methods.join(',')} ${route.url} declares no access rule`);
    }
    if (access) for (const method of methods) if (method !== 'HEAD') routeCatalogue.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (!request.url.startsWith('/api/docs')) {
      reply.header('content-security-policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    }
  });

  // Only JSON bodies: text/plain is what a cross-site form can send without a preflight.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerProblemHandlers(app);
  registerAccessHook(app, services);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Corelab API',
        version: '0.1.0',
        description:
          'Multi-centre imaging core lab. Browser sessions use the corelab_session cookie and send the x-csrf-token header on every change; the CLI and site gateways send "Authorization: Bearer <API token>". Errors are application/problem+json (RFC 9457) with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'corelab_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async (request, reply) => {
    if (await isDatabaseReady(services.db)) return { status: 'ready' };
    return sendProblem(request, reply, 503, 'database.unavailable', 'the database does not answer');
  });

  await app.register(authRoutes(services, config));
  await app.register(oidcRoutes(services, config));
  await app.register(organisationRoutes(services));
  await app.register(userRoutes(services));
  await app.register(projectRoutes(services));
  await app.register(membershipRoutes(services));
  await app.register(auditRoutes(services));
  await app.register(auditExportRoutes(services));
  await app.register(subjectRoutes(services));
  await app.register(dicomwebRoutes(services, config));
  await app.register(definitionRoutes(services));
  await app.register(examRoutes(services));
  await app.register(reviewRoutes(services));
  await app.register(queryRoutes(services));
  await app.register(dashboardRoutes(services));
  await app.register(reportRoutes(services));
  await app.register(readingDefinitionRoutes(services));
  await app.register(taskRoutes(services));
  await app.register(trainingRoutes(services));
  await app.register(adjudicationRoutes(services));
  await app.register(finalValuesRoutes(services));
  await app.register(progressRoutes(services));
  await app.register(agreementRoutes(services));
  await app.register(readingExportRoutes(services));

  const hasWeb = fs.existsSync(`${config.webDir}/index.html`);
  // The build writes .br/.gz beside each asset (web/vite.config.ts); hashed /assets/ files never change.
  const webCaching = (reply: { header: (name: string, value: string) => unknown }, file: string) =>
    reply.header('cache-control', file.startsWith(`${config.webDir}/assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (hasWeb) await app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: false, preCompressed: true, setHeaders: webCaching });
  app.setNotFoundHandler((request, reply) => {
    const isApi = API_PREFIXES.some((p) => request.url.startsWith(p));
    if (!isApi && request.method === 'GET' && hasWeb) return reply.type('text/html').sendFile('index.html');
    return sendProblem(request, reply, 404, 'route.not-found', `no resource at ${request.method} ${request.url.split('?')[0]}`);
  });

  return Object.assign(app, { routeCatalogue }) as unknown as App;
}
