import { useTranslation } from 'react-i18next';
import { SubjectsPanel } from '../subjects/SubjectsPanel';
import { AuditTrailLink } from './parts/AuditTrailLink';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { MembershipList } from './parts/MembershipList';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function DpoWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('dpo.intro')}</p>
      <AuditTrailLink projectId={project.id} />
      <SubjectsPanel project={project} registers={false} />
      <ProjectOverview project={project} />
      <MembershipList projectId={project.id} />
      <LaterModules>
        <LaterModule title={t('dpo.registerTitle')} holds={t('dpo.registerHolds')} module="gdpr" />
      </LaterModules>
    </>
  );
}
