import { useTranslation } from 'react-i18next';
import { AdjudicationQueue } from '../reading/AdjudicationQueue';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function AdjudicatorWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('adjudicator.intro')}</p>
      <OwnOrganisationNote project={project} note="ownCentre" />
      <AdjudicationQueue projectId={project.id} />
      <ProjectOverview project={project} />
    </>
  );
}
