// The reading set-up of a project: the reading form and the reading design, version by version, and
// planning (tasks for every QC-passed exam not yet planned).
import './reading.css';
import { useTranslation } from 'react-i18next';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { PlanReading } from './PlanReading';
import { ReadingVersions } from './ReadingVersions';

export function ReadingSetUpPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('reading.setUp.pageTitle')}>
      {(project) => {
        const manages = project.myRoles.includes('core_lab_manager');
        return (
          <>
            {manages && <PlanReading projectId={project.id} />}
            <ReadingVersions projectId={project.id} kind="forms" edits={manages} />
            <ReadingVersions projectId={project.id} kind="designs" edits={manages} />
          </>
        );
      }}
    </ProjectFrame>
  );
}
