import { useTranslation } from 'react-i18next';
import { ExamList } from '../exams/ExamList';
import { QueryList } from '../queries/QueryList';
import { SubjectsPanel } from '../subjects/SubjectsPanel';
import { UploadPanel } from '../upload/UploadPanel';
import { Link } from '../routing/navigation';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function CentreDataManagerWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('centreDataManager.intro')}</p>
      <OwnOrganisationNote project={project} note="centreOwn" />
      <p>
        <Link to={{ page: 'qc-dashboard', projectId: project.id }} className="button secondary" data-testid="dashboard-link">{t('centreDataManager.dashboardLink')}</Link>
      </p>
      <QueryList projectId={project.id} roles={project.myRoles} title={t('centreDataManager.queriesTitle')} testId="centre-queries" />
      <SubjectsPanel project={project} registers />
      <UploadPanel project={project} />
      <ExamList projectId={project.id} title={t('centreDataManager.examsTitle')} testId="centre-exams" />
      <ProjectOverview project={project} />
    </>
  );
}
