import { useTranslation } from 'react-i18next';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function CommitteeMemberWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('committee.intro')}</p>
      <ProjectOverview project={project} />
      <LaterModules>
        <LaterModule title={t('committee.callsTitle')} holds={t('committee.callsHolds')} module="governance" />
      </LaterModules>
    </>
  );
}
