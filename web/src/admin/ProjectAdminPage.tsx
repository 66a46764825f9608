// One project's administration: the organisations taking part, and who holds which role.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { PartyList } from '../workspaces/parts/PartyList';
import { ProjectFacts } from '../workspaces/parts/ProjectFacts';
import { AddParty } from './AddParty';
import { GrantRole } from './GrantRole';
import { ProjectMemberships } from './ProjectMemberships';

export function ProjectAdminPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const project = useResource(() => api.get('/api/projects/{projectId}', { params: { projectId } }), [projectId]);
  const memberships = useResource(() => api.get('/api/projects/{projectId}/memberships', { params: { projectId } }), [projectId]);
  const organisations = useResource(() => api.get('/api/organisations'), []);
  const users = useResource(() => api.get('/api/users'), []);

  if (project.error !== undefined) return <Refusal error={project.error} />;
  if (!project.data) return <Loading />;
  return (
    <>
      <p className="breadcrumb">
        <Link to={{ page: 'admin-projects' }}>{t('admin.project.backToProjects')}</Link>
      </p>
      <h1>{t('admin.project.title', { code: project.data.code })}</h1>
      <div className="panels">
        <ProjectFacts project={project.data} />
        <PartyList parties={project.data.parties} />
        <AddParty projectId={projectId} organisations={organisations.data ?? []} onAdded={project.reload} />
      </div>
      <GrantRole projectId={projectId} users={(users.data ?? []).filter((u) => !u.disabled)} onGranted={memberships.reload} />
      <Refusal error={memberships.error} />
      {memberships.data && <ProjectMemberships projectId={projectId} memberships={memberships.data} onRevoked={memberships.reload} />}
    </>
  );
}
