// Separation of duties, as pure rules. Each refusal names the rule it applies, so that a person
// refused knows which principle of the core lab stopped them.
import { IMAGING_ROLES, REVIEWING_ROLES, ROLE_PARTS, type ProjectPart, type ProjectRole } from './roles.ts';

export type SeparationRule =
  | 'imaging-and-statistics-separated'
  | 'statistics-unit-independent'
  | 'role-matches-organisation'
  | 'no-review-of-own-centre';

export interface Violation {
  rule: SeparationRule;
  message: string;
}

export interface ProjectParty {
  organisationId: string;
  part: ProjectPart;
}

const isImaging = (role: ProjectRole) => IMAGING_ROLES.includes(role);

/** A person may not hold an imaging-side role and the statistician role in the same project. */
export function imagingStatisticsConflict(roles: readonly ProjectRole[]): Violation | undefined {
  const imaging = roles.filter(isImaging);
  if (imaging.length > 0 && roles.includes('statistician')) {
    return {
      rule: 'imaging-and-statistics-separated',
      message: `the statistician role cannot be held together with an imaging role (${imaging.join(', ')}) in the same project`,
    };
  }
  return undefined;
}

/** The holder of a role must act for an organisation that plays a matching part in the project. */
export function roleOrganisationMismatch(role: ProjectRole, organisationId: string, parties: readonly ProjectParty[]): Violation | undefined {
  const parts = parties.filter((p) => p.organisationId === organisationId).map((p) => p.part);
  if (role !== 'statistician' && parts.includes('statistics_unit')) {
    return {
      rule: 'statistics-unit-independent',
      message: `a member of the project's statistics unit cannot hold the ${role} role`,
    };
  }
  if (!ROLE_PARTS[role].some((part) => parts.includes(part))) {
    return {
      rule: 'role-matches-organisation',
      message: `the ${role} role must be held by a member of an organisation taking part as ${ROLE_PARTS[role].join(' or ')}`,
    };
  }
  return undefined;
}

/** The statistics unit is an organisation other than the project's core lab and centres. */
export function partConflict(parties: readonly ProjectParty[], candidate: ProjectParty): Violation | undefined {
  const sameOrganisation = parties.filter((p) => p.organisationId === candidate.organisationId).map((p) => p.part);
  const imagingParts: ProjectPart[] = ['core_lab', 'centre'];
  const clash =
    (candidate.part === 'statistics_unit' && sameOrganisation.some((p) => imagingParts.includes(p))) ||
    (imagingParts.includes(candidate.part) && sameOrganisation.includes('statistics_unit'));
  if (clash) {
    return {
      rule: 'statistics-unit-independent',
      message: "the project's statistics unit must be an organisation other than its core lab and its centres",
    };
  }
  return undefined;
}

/** Every rule checked again on what a person holds now, at each access. */
export function membershipViolations(
  grants: ReadonlyArray<{ role: ProjectRole; organisationId: string }>,
  parties: readonly ProjectParty[],
): Violation | undefined {
  for (const party of parties) {
    const others = parties.filter((p) => p !== party);
    const clash = partConflict(others, party);
    if (clash) return clash;
  }
  return (
    imagingStatisticsConflict(grants.map((g) => g.role)) ??
    grants.map((g) => roleOrganisationMismatch(g.role, g.organisationId, parties)).find((v) => v !== undefined)
  );
}

/**
 * A QC reviewer, reader or adjudicator never gets exams from their own centre, unless the project
 * explicitly allows it (small single-centre pilots).
 */
export function ownCentreReview(
  role: ProjectRole,
  reviewerOrganisationId: string,
  examCentreId: string,
  options: { allowOwnCentre: boolean } = { allowOwnCentre: false },
): Violation | undefined {
  if (!REVIEWING_ROLES.includes(role) || options.allowOwnCentre) return undefined;
  if (reviewerOrganisationId === examCentreId) {
    return { rule: 'no-review-of-own-centre', message: `a ${role} does not receive exams from their own centre` };
  }
  return undefined;
}
