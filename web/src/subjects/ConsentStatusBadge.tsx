// A subject's information/consent status, with whether its imaging may be processed now.
import { useTranslation } from 'react-i18next';
import type { ConsentStatus } from '../api/qc-types';

export function ConsentStatusBadge({ status, mayProcess }: { status: ConsentStatus; mayProcess: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${mayProcess ? 'ok' : 'stopped'}`} data-consent={status}>
      {t(`consent.status.${status}`)}
    </span>
  );
}
