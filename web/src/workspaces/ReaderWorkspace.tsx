import { useTranslation } from 'react-i18next';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function ReaderWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('reader.intro')}</p>
      <OwnOrganisationNote project={project} note="ownCentre" />
      <ProjectOverview project={project} />
      <LaterModules>
        <LaterModule title={t('reader.worklistTitle')} holds={t('reader.worklistHolds')} module="reading" />
      </LaterModules>
    </>
  );
}
