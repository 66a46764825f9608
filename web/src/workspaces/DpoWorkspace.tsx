import { useTranslation } from 'react-i18next';
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
      <ProjectOverview project={project} />
      <MembershipList projectId={project.id} />
      <LaterModules>
        <LaterModule title={t('dpo.registerTitle')} holds={t('dpo.registerHolds')} module="gdpr" />
        <LaterModule title={t('dpo.consentTitle')} holds={t('dpo.consentHolds')} module="gdpr" />
      </LaterModules>
    </>
  );
}
