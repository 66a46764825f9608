import { useTranslation } from 'react-i18next';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { MembershipList } from './parts/MembershipList';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function CoreLabManagerWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('coreLabManager.intro')}</p>
      <ProjectOverview project={project} />
      <MembershipList projectId={project.id} />
      <LaterModules>
        <LaterModule title={t('coreLabManager.protocolTitle')} holds={t('coreLabManager.protocolHolds')} module="reading" />
        <LaterModule title={t('coreLabManager.freezeTitle')} holds={t('coreLabManager.freezeHolds')} module="freeze" />
      </LaterModules>
    </>
  );
}
