// The French/English switch, on every page. Signed in, the choice is also kept on the account.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Language } from '../api/types';
import { showLanguage } from '../i18n/i18n';
import { useSessionState } from '../session/session';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { state } = useSessionState();
  const [failed, setFailed] = useState(false);
  const target = t('language.switchToCode') as Language;

  const change = async () => {
    await showLanguage(target, true);
    if (state.status !== 'signed-in') return;
    try {
      await api.patch('/api/auth/me', { body: { preferredLanguage: target } });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="language-switch">
      <button type="button" className="link-button" lang={target} title={t('language.switchLabel')} onClick={change} data-testid="language-switch">
        {t('language.switchTo')}
      </button>
      {failed && (
        <span role="alert" className="inline-warning">
          {t('language.saveFailed')}
        </span>
      )}
    </div>
  );
}
