import { useTranslation } from 'react-i18next';
import { ExamList } from '../exams/ExamList';
import { SubjectsPanel } from '../subjects/SubjectsPanel';
import { UploadPanel } from '../upload/UploadPanel';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function CentreDataManagerWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('centreDataManager.intro')}</p>
      <OwnOrganisationNote project={project} note="centreOwn" />
      <SubjectsPanel project={project} registers />
      <UploadPanel project={project} />
      <ExamList projectId={project.id} title={t('centreDataManager.examsTitle')} testId="centre-exams" />
      <ProjectOverview project={project} />
    </>
  );
}
