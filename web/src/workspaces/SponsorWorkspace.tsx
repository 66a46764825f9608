import { useTranslation } from 'react-i18next';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { MembershipList } from './parts/MembershipList';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function SponsorWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('sponsor.intro')}</p>
      <ProjectOverview project={project} />
      <MembershipList projectId={project.id} />
      <LaterModules>
        <LaterModule title={t('sponsor.agreementsTitle')} holds={t('sponsor.agreementsHolds')} module="agreements" />
        <LaterModule title={t('sponsor.progressTitle')} holds={t('sponsor.progressHolds')} module="imaging" />
      </LaterModules>
    </>
  );
}
