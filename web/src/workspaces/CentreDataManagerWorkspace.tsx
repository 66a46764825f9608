import { useTranslation } from 'react-i18next';
import { UploadPanel } from '../upload/UploadPanel';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function CentreDataManagerWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('centreDataManager.intro')}</p>
      <OwnOrganisationNote project={project} note="centreOwn" />
      <UploadPanel project={project} />
      <ProjectOverview project={project} />
      <LaterModules>
        <LaterModule title={t('centreDataManager.subjectsTitle')} holds={t('centreDataManager.subjectsHolds')} module="gdpr" />
        <LaterModule title={t('centreDataManager.queriesTitle')} holds={t('centreDataManager.queriesHolds')} module="qc" />
      </LaterModules>
    </>
  );
}
