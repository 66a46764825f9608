import { useTranslation } from 'react-i18next';
import { QueryList } from '../queries/QueryList';
import { ReviewQueue } from '../review/ReviewQueue';
import { Link } from '../routing/navigation';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function QcReviewerWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('qcReviewer.intro')}</p>
      <OwnOrganisationNote project={project} note="ownCentre" />
      <p>
        <Link to={{ page: 'qc-dashboard', projectId: project.id }} className="button secondary" data-testid="dashboard-link">{t('qcReviewer.dashboardLink')}</Link>
      </p>
      <ReviewQueue projectId={project.id} />
      <QueryList projectId={project.id} roles={project.myRoles} title={t('qcReviewer.queriesTitle')} testId="qc-queries" />
      <ProjectOverview project={project} />
    </>
  );
}
