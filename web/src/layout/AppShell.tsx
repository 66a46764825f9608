// The frame of every signed-in page: the platform's name, the navigation the person is entitled
// to, the language switch and sign-out.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/navigation';
import { useSession, useSessionState } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const { signOut } = useSessionState();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to={{ page: 'projects' }} className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="main-nav">
          <Link to={{ page: 'projects' }}>{t('nav.projects')}</Link>
          <Link to={{ page: 'tokens' }}>{t('nav.tokens')}</Link>
        </nav>
        <div className="account">
          <span className="signed-in-as">{t('nav.signedInAs', { name: session.user.displayName })}</span>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      {session.user.isPlatformAdmin && <AdminNav />}
      <main id="main">{children}</main>
    </>
  );
}

function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.administration')} className="admin-nav" data-testid="admin-nav">
      <span className="admin-nav-title">{t('nav.administration')}</span>
      <Link to={{ page: 'admin-organisations' }}>{t('nav.organisations')}</Link>
      <Link to={{ page: 'admin-users' }}>{t('nav.users')}</Link>
      <Link to={{ page: 'admin-projects' }}>{t('nav.adminProjects')}</Link>
      <Link to={{ page: 'admin-audit' }}>{t('nav.auditTrail')}</Link>
    </nav>
  );
}
