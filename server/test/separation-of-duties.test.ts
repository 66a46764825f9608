import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  imagingStatisticsConflict,
  membershipViolations,
  ownCentreReview,
  partConflict,
  roleOrganisationMismatch,
  type ProjectParty,
} from '../src/access/separation-of-duties.ts';
import type { ProjectRole } from '../src/access/roles.ts';

const parties: ProjectParty[] = [
  { organisationId: 'centre-a', part: 'centre' },
  { organisationId: 'centre-b', part: 'centre' },
  { organisationId: 'core', part: 'core_lab' },
  { organisationId: 'stats', part: 'statistics_unit' },
  { organisationId: 'sponsor', part: 'sponsor' },
  { organisationId: 'committee', part: 'committee' },
];

test('imaging roles and the statistician role never go together', () => {
  const cases: Array<[ProjectRole[], string | undefined]> = [
    [['statistician'], undefined],
    [['reader', 'adjudicator'], undefined],
    [['statistician', 'auditor'], undefined],
    [['statistician', 'reader'], 'imaging-and-statistics-separated'],
    [['core_lab_manager', 'statistician'], 'imaging-and-statistics-separated'],
    [['centre_data_manager', 'statistician'], 'imaging-and-statistics-separated'],
    [['qc_reviewer', 'statistician'], 'imaging-and-statistics-separated'],
  ];
  for (const [roles, rule] of cases) assert.equal(imagingStatisticsConflict(roles)?.rule, rule, roles.join('+'));
});

test('a role is held for an organisation playing a matching part', () => {
  const cases: Array<[ProjectRole, string, string | undefined]> = [
    ['statistician', 'stats', undefined],
    ['statistician', 'core', 'role-matches-organisation'],
    ['reader', 'stats', 'statistics-unit-independent'],
    ['auditor', 'stats', 'statistics-unit-independent'],
    ['centre_data_manager', 'centre-a', undefined],
    ['centre_data_manager', 'core', 'role-matches-organisation'],
    ['core_lab_manager', 'core', undefined],
    ['core_lab_manager', 'centre-a', 'role-matches-organisation'],
    ['committee_member', 'committee', undefined],
    ['reader', 'centre-b', undefined],
    ['reader', 'nobody', 'role-matches-organisation'],
  ];
  for (const [role, org, rule] of cases) assert.equal(roleOrganisationMismatch(role, org, parties)?.rule, rule, `${role}@${org}`);
});

test('the statistics unit is another organisation than the core lab and the centres', () => {
  assert.equal(partConflict(parties, { organisationId: 'core', part: 'statistics_unit' })?.rule, 'statistics-unit-independent');
  assert.equal(partConflict(parties, { organisationId: 'centre-a', part: 'statistics_unit' })?.rule, 'statistics-unit-independent');
  assert.equal(partConflict(parties, { organisationId: 'stats', part: 'centre' })?.rule, 'statistics-unit-independent');
  assert.equal(partConflict(parties, { organisationId: 'stats', part: 'core_lab' })?.rule, 'statistics-unit-independent');
  assert.equal(partConflict(parties, { organisationId: 'core', part: 'centre' }), undefined);
  assert.equal(partConflict(parties, { organisationId: 'other', part: 'statistics_unit' }), undefined);
});

test('every rule is checked again on what a person holds now', () => {
  assert.equal(membershipViolations([{ role: 'reader', organisationId: 'core' }], parties), undefined);
  assert.equal(
    membershipViolations([{ role: 'reader', organisationId: 'core' }, { role: 'statistician', organisationId: 'stats' }], parties)?.rule,
    'imaging-and-statistics-separated',
  );
  const merged: ProjectParty[] = [...parties, { organisationId: 'stats', part: 'centre' }];
  assert.equal(membershipViolations([{ role: 'statistician', organisationId: 'stats' }], merged)?.rule, 'statistics-unit-independent');
});

test('reviewers never receive exams from their own centre unless the project allows it', () => {
  assert.equal(ownCentreReview('reader', 'centre-a', 'centre-a')?.rule, 'no-review-of-own-centre');
  assert.equal(ownCentreReview('qc_reviewer', 'centre-b', 'centre-b')?.rule, 'no-review-of-own-centre');
  assert.equal(ownCentreReview('adjudicator', 'centre-a', 'centre-a')?.rule, 'no-review-of-own-centre');
  assert.equal(ownCentreReview('reader', 'core', 'centre-a'), undefined);
  assert.equal(ownCentreReview('centre_data_manager', 'centre-a', 'centre-a'), undefined);
  assert.equal(ownCentreReview('reader', 'centre-a', 'centre-a', { allowOwnCentre: true }), undefined);
});
