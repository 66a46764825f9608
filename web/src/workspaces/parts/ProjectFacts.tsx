// What the project is: its code, title, description and status.
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types';

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="project-facts">
      <h2 id="project-facts">{t('project.facts')}</h2>
      <dl className="facts">
        <dt>{t('project.code')}</dt>
        <dd>{project.code}</dd>
        <dt>{t('project.projectTitle')}</dt>
        <dd>{project.title}</dd>
        {project.description && (
          <>
            <dt>{t('project.description')}</dt>
            <dd>{project.description}</dd>
          </>
        )}
        <dt>{t('project.status')}</dt>
        <dd>{t(`projectStatus.${project.status}`)}</dd>
      </dl>
    </section>
  );
}
