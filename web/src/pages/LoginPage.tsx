// Sign-in with a local account, and with the hospital's identity provider when one is configured.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { useSessionState } from '../session/session';

const OIDC_ERRORS = ['oidc-no-account', 'account-disabled', 'oidc-failed'] as const;
type OidcError = (typeof OIDC_ERRORS)[number];

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useSessionState();
  const methods = useResource(() => api.get('/api/auth/methods'), []);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username, password);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const oidc = methods.data?.oidc;
  // The identity provider's sign-in comes back here with ?error=… when it could not be completed.
  const providerError = new URLSearchParams(window.location.search).get('error');
  const providerErrorKey: OidcError | undefined = providerError
    ? ((OIDC_ERRORS as readonly string[]).includes(providerError) ? (providerError as OidcError) : 'oidc-failed')
    : undefined;
  return (
    <main id="main" className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <section className="login-card" aria-labelledby="login-title">
        <p className="brand brand-large">{t('app.name')}</p>
        <p className="tagline">{t('app.tagline')}</p>
        <h1 id="login-title">{t('login.title')}</h1>
        <form onSubmit={submit} className="stacked-form">
          <label>
            {t('login.username')}
            <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
          </label>
          <label>
            {t('login.password')}
            <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
        <Refusal error={error} />
        {providerErrorKey && (
          <p className="inline-warning" role="alert">
            {t(`login.providerError.${providerErrorKey}` as const)}
          </p>
        )}
        {oidc && (
          <div className="oidc">
            <p className="or">{t('login.or')}</p>
            <a className="button secondary" href={oidc.loginUrl}>
              {t('login.withProvider', { provider: oidc.label })}
            </a>
          </div>
        )}
        {methods.error !== undefined && <p className="inline-warning">{t('login.methodsUnavailable')}</p>}
      </section>
    </main>
  );
}
