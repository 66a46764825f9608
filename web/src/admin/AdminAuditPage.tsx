// The whole platform's audit trail, for platform administrators.
import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../audit/AuditTrail';

export function AdminAuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('audit.platformTitle')}</h1>
      <AuditTrail scope={{ kind: 'platform' }} />
    </>
  );
}
