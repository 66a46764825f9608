// One role's workspace in a project, open only to a holder of that role.
import { useTranslation } from 'react-i18next';
import { isProjectRole } from '../api/types';
import { ProjectFrame } from './ProjectFrame';
import { WORKSPACES } from './registry';

export function WorkspacePage({ projectId, role }: { projectId: string; role: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={(project) => (isProjectRole(role) && project.myRoles.includes(role) ? t('workspace.title', { role: t(`roles.${role}`) }) : project.title)}>
      {(project) => {
        if (!isProjectRole(role)) {
          return (
            <p className="refusal" role="alert" data-testid="workspace-refused">
              {t('workspace.unknownRole')}
            </p>
          );
        }
        if (!project.myRoles.includes(role)) {
          return (
            <p className="refusal" role="alert" data-testid="workspace-refused">
              {t('workspace.roleNotHeld', { role: t(`roles.${role}`) })}
            </p>
          );
        }
        const Workspace = WORKSPACES[role];
        return (
          <div data-testid={`workspace-${role}`}>
            <Workspace project={project} />
          </div>
        );
      }}
    </ProjectFrame>
  );
}
