// The project's imaging protocol and QC checklist, version by version; the core-lab manager adds versions.
import { useTranslation } from 'react-i18next';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { DefinitionVersions } from './DefinitionVersions';

export function DefinitionsPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('definitions.pageTitle')}>
      {(project) => {
        const edits = project.myRoles.includes('core_lab_manager');
        return (
          <>
            <DefinitionVersions projectId={project.id} kind="protocols" edits={edits} />
            <DefinitionVersions projectId={project.id} kind="checklists" edits={edits} />
          </>
        );
      }}
    </ProjectFrame>
  );
}
