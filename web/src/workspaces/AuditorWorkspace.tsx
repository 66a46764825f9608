import { useTranslation } from 'react-i18next';
import { ReadingLinks } from '../reading/ReadingLinks';
import { AuditTrailLink } from './parts/AuditTrailLink';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { MembershipList } from './parts/MembershipList';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function AuditorWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('auditor.intro')}</p>
      <AuditTrailLink projectId={project.id} />
      <ReadingLinks projectId={project.id} manages={false} />
      <ProjectOverview project={project} />
      <MembershipList projectId={project.id} />
      <LaterModules>
        <LaterModule title={t('auditor.reportsTitle')} holds={t('auditor.reportsHolds')} module="reports" />
      </LaterModules>
    </>
  );
}
