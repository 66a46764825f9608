// Administration pages are for platform administrators; others get a sentence, not the page.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';

export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.isPlatformAdmin) {
    return (
      <p className="refusal" role="alert" data-testid="admin-refused">
        {t('admin.onlyAdmins')}
      </p>
    );
  }
  return <>{children}</>;
}
