// Authentication, CSRF and role checks in one onRequest hook, driven by each route's declared
// access. It runs before the body is parsed, so a refused request costs no parsing at all.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../platform/services.ts';
import type { RouteAccess } from '../platform/route-access.ts';
import { DomainError, forbidden, unauthenticated } from '../platform/domain-error.ts';
import { actorOf } from '../auth/account.ts';
import { sameSecret } from '../auth/secrets.ts';
import { SESSION_COOKIE, type ActiveSession } from '../auth/session-service.ts';
import type { ActionContext, Actor, TokenScope } from './actor.ts';
import { separationError, type ProjectAccess } from './membership-service.ts';
import type { ProjectRole } from './roles.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: ActiveSession | null;
    /** Roles the actor holds in the route's project, after separation-of-duties checks. */
    projectRoles: ProjectRole[];
    actingRole: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

export function actionContext(request: FastifyRequest): ActionContext {
  return { actor: request.actor, requestId: request.id, actingRole: request.actingRole };
}

/**
 * Resolves the request's credential; on a project route (`projectId` well formed) the same query
 * reads the person's access to that project, so that the request costs one round trip for both.
 */
async function authenticate(services: Services, request: FastifyRequest, projectId: string | undefined): Promise<ProjectAccess | undefined> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('auth.malformed-authorization', 'the Authorization header must be "Bearer <token>"');
    const token = await services.tokens.resolve(match[1]!, new Date(), projectId);
    if (typeof token === 'string') {
      const reasons = { unknown: 'the API token is not recognised', expired: 'the API token has expired', revoked: 'the API token was revoked' };
      throw unauthenticated(`auth.token-${token}`, reasons[token]);
    }
    request.actor = actorOf(token.account, 'token', token.scopes, token.projectId);
    return token.projectAccess;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return undefined;
  const session = await services.sessions.resolve(cookie, new Date(), projectId);
  if (!session) return undefined;
  request.session = session;
  request.actor = actorOf(session.account, 'session', 'all', null);
  return session.projectAccess;
}

/** The route's project id when it is well formed, else undefined. */
function projectIdOf(request: FastifyRequest): string | undefined {
  const projectId = (request.params as { projectId?: string }).projectId;
  return projectId && /^[0-9a-f-]{36}$/i.test(projectId) ? projectId : undefined;
}

function checkScope(actor: Actor, scope: TokenScope | undefined): void {
  if (scope && actor.scopes !== 'all' && !actor.scopes.includes(scope)) {
    throw forbidden('auth.token-scope', `this API token does not carry the ${scope} scope`);
  }
}

function checkCsrf(request: FastifyRequest): void {
  if (!request.session || !UNSAFE.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent.length === 0) throw forbidden('auth.csrf-token-missing', `a change made from a browser session needs the ${CSRF_HEADER} header`);
  if (!sameSecret(sent, request.session.csrfToken)) throw forbidden('auth.csrf-token-invalid', `the ${CSRF_HEADER} header does not match this session`);
}

async function authorise(services: Services, request: FastifyRequest, access: RouteAccess, prefetched: ProjectAccess | undefined): Promise<void> {
  if (access.kind === 'public') return;
  const actor = request.actor;
  if (!actor) throw unauthenticated('auth.required', 'sign in, or send an API token, to use this resource');
  if (access.kind === 'authenticated' && access.sessionOnly && actor.via !== 'session') {
    throw forbidden('auth.session-required', 'this action needs a signed-in browser session, not an API token');
  }
  checkScope(actor, access.scope);
  checkCsrf(request);
  switch (access.kind) {
    case 'authenticated':
      return;
    case 'platform-admin':
      if (!actor.isPlatformAdmin) throw forbidden('access.platform-admin-required', 'only a platform administrator may do this');
      request.actingRole = 'platform_admin';
      return;
    case 'any-project-role': {
      if (access.platformAdmin && actor.isPlatformAdmin) {
        request.actingRole = 'platform_admin';
        return;
      }
      const projects = await services.memberships.projectsWithRole(actor.userId, access.roles);
      if (projects.length === 0) throw forbidden('access.role-required', `this needs one of these roles in a project: ${access.roles.join(', ')}`, { requiredRoles: access.roles });
      request.actingRole = access.roles.join('|');
      return;
    }
    case 'project':
      return authoriseInProject(request, actor, access, prefetched);
  }
}

function authoriseInProject(request: FastifyRequest, actor: Actor, access: Extract<RouteAccess, { kind: 'project' }>, prefetched: ProjectAccess | undefined): void {
  const projectId = projectIdOf(request);
  if (!projectId) throw new DomainError('invalid', 'request.invalid-project-id', 'the project id in the address is not a valid id');
  if (actor.tokenProjectId && actor.tokenProjectId !== projectId) throw forbidden('auth.token-project', 'this API token is bound to another project');
  // Read with the credential (authenticate), for the same well-formed project id.
  const projectAccess = prefetched!;
  if (projectAccess.roles.length > 0 && projectAccess.violation) throw separationError(projectAccess.violation);
  request.projectRoles = projectAccess.roles;
  const held = access.roles.filter((r) => projectAccess.roles.includes(r));
  if (held.length > 0) {
    request.actingRole = held.join('|');
    return;
  }
  if (access.platformAdmin && actor.isPlatformAdmin) {
    if (!projectAccess.projectExists) throw new DomainError('not-found', 'project.not-found', 'no project has this id');
    request.actingRole = 'platform_admin';
    return;
  }
  if (projectAccess.roles.length === 0) throw forbidden('access.not-a-member', 'you hold no role in this project');
  throw forbidden('access.role-required', `this needs one of these roles in the project: ${access.roles.join(', ')}`, { requiredRoles: access.roles, heldRoles: projectAccess.roles });
}

export function registerAccessHook(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('projectRoles', null as unknown as ProjectRole[]);
  app.decorateRequest('actingRole', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    request.projectRoles = [];
    const access = request.routeOptions.config.access;
    if (!access) return; // static files and the documentation pages
    let prefetched: ProjectAccess | undefined;
    if (access.kind !== 'public') prefetched = await authenticate(services, request, access.kind === 'project' ? projectIdOf(request) : undefined);
    else if (request.cookies[SESSION_COOKIE] || request.headers.authorization) await authenticate(services, request, undefined).catch(() => undefined);
    await authorise(services, request, access, prefetched);
  });
}
