import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LaterModules({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="later-heading" className="later-modules">
      <h2 id="later-heading">{t('workspace.laterHeading')}</h2>
      <div className="panels">{children}</div>
    </section>
  );
}
