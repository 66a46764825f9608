// The projects the person takes part in, with their roles in each.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { useSession } from '../session/session';

export function ProjectListPage() {
  const { t } = useTranslation();
  const session = useSession();
  const projects = useResource(() => api.get('/api/projects'), []);
  return (
    <>
      <h1>{t('projectList.title')}</h1>
      <p>{t('projectList.intro')}</p>
      {session.user.isPlatformAdmin && <p className="note">{t('projectList.adminIntro')}</p>}
      <Refusal error={projects.error} />
      {projects.loading && !projects.data && <Loading />}
      {projects.data?.length === 0 && <p>{t('projectList.empty')}</p>}
      {projects.data && projects.data.length > 0 && (
        <table data-testid="project-list">
          <thead>
            <tr>
              <th scope="col">{t('projectList.code')}</th>
              <th scope="col">{t('projectList.projectTitle')}</th>
              <th scope="col">{t('projectList.status')}</th>
              <th scope="col">{t('projectList.myRoles')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.data.map((project) => (
              <tr key={project.id}>
                <td>
                  <Link to={{ page: 'project', projectId: project.id }}>{project.code}</Link>
                </td>
                <td>{project.title}</td>
                <td>{t(`projectStatus.${project.status}`)}</td>
                <td>{project.myRoles.length === 0 ? t('projectList.noRole') : project.myRoles.map((role) => t(`roles.${role}`)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
