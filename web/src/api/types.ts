// Names for the shapes the pages use, taken from the typed answers of the API.
import type { Answer } from './client';

export type Session = Answer<'/api/auth/session', 'get'>;
export type SessionUser = Session['user'];
export type Language = SessionUser['preferredLanguage'];
export type AuthMethods = Answer<'/api/auth/methods', 'get'>;
export type ProjectSummary = Answer<'/api/projects', 'get'>[number];
export type ProjectDetail = Answer<'/api/projects/{projectId}', 'get'>;
export type ProjectParty = ProjectDetail['parties'][number];
export type ProjectRole = ProjectSummary['myRoles'][number];
export type ProjectPart = ProjectParty['part'];
export type Membership = Answer<'/api/projects/{projectId}/memberships', 'get'>[number];
export type Organisation = Answer<'/api/organisations', 'get'>[number];
export type OrganisationKind = Organisation['kind'];
export type UserAccount = Answer<'/api/users', 'get'>[number];
export type AuditEvent = Answer<'/api/audit/events', 'get'>[number];
export type ChainVerification = Answer<'/api/audit/verify', 'get'>;
export type Checkpoint = Answer<'/api/audit/checkpoints', 'get'>[number];
export type ApiToken = Answer<'/api/auth/tokens', 'get'>[number];
export type TokenScope = ApiToken['scopes'][number];

/** Every member of a closed list, once: a record keyed by the union makes the compiler check completeness. */
const everyOf = <T extends string>(members: Record<T, true>) => Object.keys(members) as T[];

/** The closed lists, in the order the server declares them (server/src/access/roles.ts). */
export const PROJECT_ROLES = everyOf<ProjectRole>({
  committee_member: true,
  sponsor_pi: true,
  centre_data_manager: true,
  qc_reviewer: true,
  reader: true,
  adjudicator: true,
  core_lab_manager: true,
  statistician: true,
  auditor: true,
  dpo: true,
});
export const PROJECT_PARTS = everyOf<ProjectPart>({ centre: true, core_lab: true, statistics_unit: true, sponsor: true, committee: true });
export const ORGANISATION_KINDS = everyOf<OrganisationKind>({ centre: true, core_lab: true, statistics_unit: true, sponsor: true, committee: true, platform: true });
export const TOKEN_SCOPES = everyOf<TokenScope>({
  'projects:read': true,
  'projects:write': true,
  'audit:read': true,
  admin: true,
  'imaging:read': true,
  'imaging:write': true,
  gateway: true,
});

export function isProjectRole(value: string): value is ProjectRole {
  return (PROJECT_ROLES as string[]).includes(value);
}
