import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/navigation';

export function AuditTrailLink({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={{ page: 'project-audit', projectId }} className="button secondary">
        {t('workspace.auditTrail')}
      </Link>
    </p>
  );
}
