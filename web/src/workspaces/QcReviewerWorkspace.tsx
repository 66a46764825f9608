import { useTranslation } from 'react-i18next';
import { ExamList } from '../exams/ExamList';
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
      <ExamList projectId={project.id} title={t('qcReviewer.queueTitle')} testId="review-queue" initialState="awaiting-review" linkTo="review" />
      <ProjectOverview project={project} />
    </>
  );
}
