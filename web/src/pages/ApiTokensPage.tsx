// The person's API tokens for the command line and site gateways; a new token is shown once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { TOKEN_SCOPES, type ApiToken, type TokenScope } from '../api/types';
import { DateTime, formatMoment } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';
import { useSession } from '../session/session';

export function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useResource(() => api.get('/api/auth/tokens'), []);
  return (
    <>
      <h1>{t('tokens.title')}</h1>
      <p className="intro">{t('tokens.intro')}</p>
      <CreateToken onCreated={tokens.reload} />
      <section className="panel wide" aria-labelledby="token-list">
        <h2 id="token-list">{t('tokens.list')}</h2>
        <Refusal error={tokens.error} />
        {tokens.loading && !tokens.data && <Loading />}
        {tokens.data?.length === 0 && <p>{t('tokens.empty')}</p>}
        {tokens.data && tokens.data.length > 0 && <TokenTable tokens={tokens.data} onRevoked={tokens.reload} />}
      </section>
    </>
  );
}

function TokenTable({ tokens, onRevoked }: { tokens: ApiToken[]; onRevoked(): void }) {
  const { t, i18n } = useTranslation();
  const { memberships } = useSession();
  const projectCode = new Map(memberships.map((m) => [m.projectId, m.projectCode]));
  return (
    <table data-testid="tokens">
      <thead>
        <tr>
          <th scope="col">{t('tokens.name')}</th>
          <th scope="col">{t('tokens.scopes')}</th>
          <th scope="col">{t('tokens.project')}</th>
          <th scope="col">{t('tokens.created')}</th>
          <th scope="col">{t('tokens.expires')}</th>
          <th scope="col">{t('tokens.lastUsed')}</th>
          <th scope="col">{t('tokens.state')}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id}>
            <td>{token.name}</td>
            <td>{token.scopes.map((s) => t(`scopes.${s}`)).join(', ')}</td>
            <td>{token.projectId ? (projectCode.get(token.projectId) ?? token.projectId) : t('tokens.anyProject')}</td>
            <td>
              <DateTime value={token.createdAt} />
            </td>
            <td>
              <DateTime value={token.expiresAt} />
            </td>
            <td>{token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : t('tokens.never')}</td>
            <td>{token.revokedAt ? t('tokens.revoked', { date: formatMoment(token.revokedAt, i18n.language) }) : <RevokeToken token={token} onRevoked={onRevoked} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RevokeToken({ token, onRevoked }: { token: ApiToken; onRevoked(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const revoke = async () => {
    const ok = await submission.run(async () => {
      await api.delete('/api/auth/tokens/{tokenId}', { params: { tokenId: token.id } });
      return () => t('tokens.revoke');
    });
    if (ok) onRevoked();
  };
  return (
    <>
      {t('tokens.active')}{' '}
      <button type="button" className="secondary small" onClick={revoke} disabled={submission.busy}>
        {t('tokens.revoke')}
      </button>
      <Refusal error={submission.error} />
    </>
  );
}

function CreateToken({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation();
  const { user, memberships } = useSession();
  const submission = useSubmit();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['projects:read']);
  const [projectId, setProjectId] = useState('');
  const [days, setDays] = useState(30);
  const [secret, setSecret] = useState<string>();
  const projects = [...new Map(memberships.map((m) => [m.projectId, m.projectCode]))];
  const offered = TOKEN_SCOPES.filter((s) => s !== 'admin' || user.isPlatformAdmin);

  const toggle = (scope: TokenScope, on: boolean) => setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSecret(undefined);
    const ok = await submission.run(async () => {
      const created = await api.post('/api/auth/tokens', { body: { name, scopes, projectId: projectId || null, expiresInDays: days } });
      setSecret(created.token);
      return () => t('tokens.shownOnce');
    });
    if (ok) {
      setName('');
      onCreated();
    }
  };

  return (
    <form className="panel inline-form" onSubmit={submit} aria-labelledby="create-token">
      <h2 id="create-token">{t('tokens.create')}</h2>
      <label>
        {t('tokens.name')}
        <input name="name" required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset className="scopes">
        <legend>{t('tokens.scopes')}</legend>
        {offered.map((scope) => (
          <label key={scope} className="checkbox">
            <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
            {t(`scopes.${scope}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('tokens.project')}
        <select name="projectId" value={projectId} onChange={(e) => setProjectId(e.target.value)}>
          <option value="">{t('tokens.anyProject')}</option>
          {projects.map(([id, code]) => (
            <option key={id} value={id}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('tokens.expiresInDays')}
        <input name="expiresInDays" type="number" min={1} max={365} required value={days} onChange={(e) => setDays(Number(e.target.value))} />
      </label>
      <button type="submit" disabled={submission.busy || scopes.length === 0}>
        {t('tokens.submit')}
      </button>
      <Refusal error={submission.error} />
      {secret && (
        <div className="token-once" role="status" data-testid="token-once">
          <p>{t('tokens.shownOnce')}</p>
          <code className="secret">{secret}</code>
        </div>
      )}
    </form>
  );
}
