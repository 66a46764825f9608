// The project's audit trail for its auditors and DPO (and platform administrators).
import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../audit/AuditTrail';
import { useSession } from '../session/session';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { AUDIT_ROLES } from '../workspaces/registry';

export function ProjectAuditPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <ProjectFrame projectId={projectId} heading={(project) => t('audit.projectTitle', { code: project.code })}>
      {(project) =>
        user.isPlatformAdmin || project.myRoles.some((role) => AUDIT_ROLES.includes(role)) ? (
          <AuditTrail scope={{ kind: 'project', projectId }} />
        ) : (
          <p className="refusal" role="alert" data-testid="audit-refused">
            {t('audit.notOpen')}
          </p>
        )
      }
    </ProjectFrame>
  );
}
