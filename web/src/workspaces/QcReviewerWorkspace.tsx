import { useTranslation } from 'react-i18next';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { OwnOrganisationNote } from './parts/OwnOrganisationNote';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function QcReviewerWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('qcReviewer.intro')}</p>
      <OwnOrganisationNote project={project} note="ownCentre" />
      <ProjectOverview project={project} />
      <LaterModules>
        <LaterModule title={t('qcReviewer.queueTitle')} holds={t('qcReviewer.queueHolds')} module="qc" />
        <LaterModule title={t('qcReviewer.metricsTitle')} holds={t('qcReviewer.metricsHolds')} module="qc" />
      </LaterModules>
    </>
  );
}
