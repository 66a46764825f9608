// The workspaces of the roles the person holds in the project, and nothing else.
import { useTranslation } from 'react-i18next';
import { PROJECT_ROLES, type ProjectDetail } from '../api/types';
import { Link } from '../routing/navigation';
import { AUDIT_ROLES } from './registry';

export function WorkspaceNav({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const held = PROJECT_ROLES.filter((role) => project.myRoles.includes(role));
  if (held.length === 0) return null;
  return (
    <nav aria-label={t('project.workspaces')} className="workspace-nav" data-testid="workspace-nav">
      {held.map((role) => (
        <Link key={role} to={{ page: 'workspace', projectId: project.id, role }} data-workspace={role}>
          {t(`roles.${role}`)}
        </Link>
      ))}
      {held.some((role) => AUDIT_ROLES.includes(role)) && (
        <Link to={{ page: 'project-audit', projectId: project.id }} data-testid="project-audit-link">
          {t('project.auditTrail')}
        </Link>
      )}
    </nav>
  );
}
