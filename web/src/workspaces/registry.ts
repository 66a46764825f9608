// One workspace per project role, assembled from shared parts (as OHIF assembles modes from
// extensions). The record keyed by role makes the compiler insist on a workspace for every role.
import type { ComponentType } from 'react';
import type { ProjectRole } from '../api/types';
import { AdjudicatorWorkspace } from './AdjudicatorWorkspace';
import { AuditorWorkspace } from './AuditorWorkspace';
import { CentreDataManagerWorkspace } from './CentreDataManagerWorkspace';
import { CommitteeMemberWorkspace } from './CommitteeMemberWorkspace';
import { CoreLabManagerWorkspace } from './CoreLabManagerWorkspace';
import { DpoWorkspace } from './DpoWorkspace';
import { QcReviewerWorkspace } from './QcReviewerWorkspace';
import { ReaderWorkspace } from './ReaderWorkspace';
import { SponsorWorkspace } from './SponsorWorkspace';
import { StatisticianWorkspace } from './StatisticianWorkspace';
import type { WorkspaceProps } from './WorkspaceProps';

export const WORKSPACES: Record<ProjectRole, ComponentType<WorkspaceProps>> = {
  committee_member: CommitteeMemberWorkspace,
  sponsor_pi: SponsorWorkspace,
  centre_data_manager: CentreDataManagerWorkspace,
  qc_reviewer: QcReviewerWorkspace,
  reader: ReaderWorkspace,
  adjudicator: AdjudicatorWorkspace,
  core_lab_manager: CoreLabManagerWorkspace,
  statistician: StatisticianWorkspace,
  auditor: AuditorWorkspace,
  dpo: DpoWorkspace,
};

/** Roles whose holders read the project's audit trail (the server lets the same roles in). */
export const AUDIT_ROLES: readonly ProjectRole[] = ['auditor', 'dpo'];
