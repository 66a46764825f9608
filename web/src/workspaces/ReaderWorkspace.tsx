import { useTranslation } from 'react-i18next';
import { ReaderWorklist } from '../reading/ReaderWorklist';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function ReaderWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('reader.intro')}</p>
      <OwnOrganisationNote project={project} note="ownCentre" />
      <ReaderWorklist projectId={project.id} />
      <ProjectOverview project={project} />
    </>
  );
}
