// Every page inside a project: loads the project once, names it, and offers the person's workspaces.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { WorkspaceNav } from './WorkspaceNav';

export function ProjectFrame({ projectId, heading, children }: { projectId: string; heading?: (project: ProjectDetail) => string; children: (project: ProjectDetail) => ReactNode }) {
  const { t } = useTranslation();
  const project = useResource(() => api.get('/api/projects/{projectId}', { params: { projectId } }), [projectId]);
  if (project.error !== undefined) {
    return (
      <>
        <Refusal error={project.error} />
        <Link to={{ page: 'projects' }}>{t('project.back')}</Link>
      </>
    );
  }
  if (!project.data) return <Loading />;
  const data = project.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={{ page: 'projects' }}>{t('project.back')}</Link>
        <Link to={{ page: 'project', projectId }}>{data.code}</Link>
      </p>
      <h1>{heading ? heading(data) : data.title}</h1>
      <WorkspaceNav project={data} />
      {children(data)}
    </>
  );
}
