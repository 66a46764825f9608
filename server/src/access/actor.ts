// Who is acting, as every service sees it: resolved once per request by the access hook.

export const TOKEN_SCOPES = [
  'projects:read',
  'projects:write',
  'audit:read',
  'admin',
  'imaging:read',
  'imaging:write',
  'gateway',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface Actor {
  userId: string;
  username: string;
  organisationId: string | null;
  isPlatformAdmin: boolean;
  via: 'session' | 'token';
  /** A session holds every scope; an API token only those it was issued with. */
  scopes: readonly TokenScope[] | 'all';
  /** An API token may be bound to one project. */
  tokenProjectId: string | null;
}

export interface ActionContext {
  actor: Actor | null;
  requestId: string | null;
  /** The project role the actor used for this action, when the route is project-scoped. */
  actingRole?: string | null;
}

export const systemContext = (requestId: string | null = null): ActionContext => ({ actor: null, requestId, actingRole: 'system' });
