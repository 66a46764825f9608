// The roles a person can hold in a project, and the parts an organisation can play in it.
// Platform administration is held on the account, not per project.

export const PROJECT_ROLES = [
  'committee_member',
  'sponsor_pi',
  'centre_data_manager',
  'qc_reviewer',
  'reader',
  'adjudicator',
  'core_lab_manager',
  'statistician',
  'auditor',
  'dpo',
] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** Roles that see or shape imaging data; none may be combined with the statistician role. */
export const IMAGING_ROLES: readonly ProjectRole[] = ['centre_data_manager', 'qc_reviewer', 'reader', 'adjudicator', 'core_lab_manager'];

/** Roles that review exams and must never receive exams from their own centre. */
export const REVIEWING_ROLES: readonly ProjectRole[] = ['qc_reviewer', 'reader', 'adjudicator'];

export const PROJECT_PARTS = ['centre', 'core_lab', 'statistics_unit', 'sponsor', 'committee'] as const;
export type ProjectPart = (typeof PROJECT_PARTS)[number];

export const ORGANISATION_KINDS = ['centre', 'core_lab', 'statistics_unit', 'sponsor', 'committee', 'platform'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which part of the project the holder of a role must belong to. */
export const ROLE_PARTS: Record<ProjectRole, readonly ProjectPart[]> = {
  committee_member: ['committee'],
  sponsor_pi: ['sponsor', 'centre', 'core_lab'],
  centre_data_manager: ['centre'],
  qc_reviewer: ['core_lab', 'centre'],
  reader: ['core_lab', 'centre'],
  adjudicator: ['core_lab', 'centre'],
  core_lab_manager: ['core_lab'],
  statistician: ['statistics_unit'],
  auditor: ['committee', 'sponsor', 'core_lab', 'statistics_unit', 'centre'],
  dpo: ['sponsor', 'core_lab', 'centre', 'committee'],
};

export function isProjectRole(value: string): value is ProjectRole {
  return (PROJECT_ROLES as readonly string[]).includes(value);
}
