// Every route declares who may reach it; the access hook (access/access-hook.ts) enforces it and
// the role × route matrix test reads the same declarations.
import type { ProjectRole } from '../access/roles.ts';
import type { TokenScope } from '../access/actor.ts';

export type RouteAccess =
  | { kind: 'public' }
  /** Any signed-in person; `sessionOnly` refuses API tokens (e.g. to mint tokens). */
  | { kind: 'authenticated'; scope?: TokenScope; sessionOnly?: boolean }
  | { kind: 'platform-admin'; scope: TokenScope }
  /** Route with a :projectId parameter: one of these roles in that project (or a platform admin, if allowed). */
  | { kind: 'project'; roles: readonly ProjectRole[]; scope: TokenScope; platformAdmin?: boolean }
  /** One of these roles in any project (platform-wide views such as the audit chain's verification). */
  | { kind: 'any-project-role'; roles: readonly ProjectRole[]; scope: TokenScope; platformAdmin?: boolean };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
