// A project's home: what it is, who takes part, and the way into each of the person's workspaces.
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/navigation';
import { useSession } from '../session/session';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { MyRoles } from '../workspaces/parts/MyRoles';
import { PartyList } from '../workspaces/parts/PartyList';
import { ProjectFacts } from '../workspaces/parts/ProjectFacts';

export function ProjectPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <ProjectFrame projectId={projectId}>
      {(project) => (
        <>
          {project.myRoles.length > 0 ? (
            <p className="intro">{t('project.workspacesIntro')}</p>
          ) : (
            <p className="note" data-testid="no-role">
              {t('project.noRoleHere')}
            </p>
          )}
          {user.isPlatformAdmin && (
            <p>
              <Link to={{ page: 'admin-project', projectId }} className="button secondary">
                {t('project.adminManage')}
              </Link>
            </p>
          )}
          <div className="panels">
            <ProjectFacts project={project} />
            {project.myRoles.length > 0 && <MyRoles project={project} />}
            <PartyList parties={project.parties} />
          </div>
        </>
      )}
    </ProjectFrame>
  );
}
