import { useTranslation } from 'react-i18next';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function StatisticianWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('statistician.intro')}</p>
      <OwnOrganisationNote project={project} note="statisticsUnit" />
      <ProjectOverview project={project} />
      <LaterModules>
        <LaterModule title={t('statistician.downloadsTitle')} holds={t('statistician.downloadsHolds')} module="statistics" />
        <LaterModule title={t('statistician.remoteTitle')} holds={t('statistician.remoteHolds')} module="remoteAnalysis" />
      </LaterModules>
    </>
  );
}
