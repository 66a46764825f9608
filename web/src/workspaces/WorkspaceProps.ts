import type { ProjectDetail } from '../api/types';

/** What every role workspace receives: the project as the server shows it to this person. */
export interface WorkspaceProps {
  project: ProjectDetail;
}
