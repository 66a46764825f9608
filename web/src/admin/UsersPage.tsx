// Accounts: who they are, the organisation they act for, and whether they may sign in.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Language, Organisation, UserAccount } from '../api/types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { SubmissionResult } from '../components/SubmissionResult';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useResource(() => api.get('/api/users'), []);
  const organisations = useResource(() => api.get('/api/organisations'), []);
  const organisationName = new Map((organisations.data ?? []).map((o) => [o.id, o.name]));
  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <p className="intro">{t('admin.users.intro')}</p>
      <CreateUser organisations={organisations.data ?? []} onCreated={users.reload} />
      <Refusal error={users.error ?? organisations.error} />
      {users.loading && !users.data && <Loading />}
      {users.data && (
        <table data-testid="users">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.username')}</th>
              <th scope="col">{t('admin.users.displayName')}</th>
              <th scope="col">{t('admin.users.organisation')}</th>
              <th scope="col">{t('admin.users.platformAdmin')}</th>
              <th scope="col">{t('admin.users.language')}</th>
              <th scope="col">{t('admin.users.state')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <UserRow key={user.id} user={user} organisationName={user.organisationId ? organisationName.get(user.organisationId) : undefined} onChanged={users.reload} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function UserRow({ user, organisationName, onChanged }: { user: UserAccount; organisationName: string | undefined; onChanged(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const toggle = async () => {
    const ok = await submission.run(async () => {
      const changed = await api.patch('/api/users/{userId}', { params: { userId: user.id }, body: { disabled: !user.disabled } });
      return () => (changed.disabled ? t('admin.users.disabled') : t('admin.users.enabled'));
    });
    if (ok) onChanged();
  };
  return (
    <tr data-username={user.username}>
      <td>{user.username}</td>
      <td>{user.displayName}</td>
      <td>{organisationName ?? t('admin.users.noOrganisation')}</td>
      <td>{user.isPlatformAdmin ? t('common.yes') : t('common.no')}</td>
      <td>{t(`admin.languages.${user.preferredLanguage}`)}</td>
      <td>
        <span className={user.disabled ? 'state disabled' : 'state'}>{user.disabled ? t('admin.users.disabled') : t('admin.users.enabled')}</span>{' '}
        <button type="button" className="secondary small" onClick={toggle} disabled={submission.busy}>
          {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
        </button>
        <Refusal error={submission.error} />
      </td>
    </tr>
  );
}

function CreateUser({ organisations, onCreated }: { organisations: Organisation[]; onCreated(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const empty = { username: '', displayName: '', email: '', organisationId: '', password: '', isPlatformAdmin: false, preferredLanguage: 'fr' as Language };
  const [form, setForm] = useState(empty);
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const created = await api.post('/api/users', {
        body: {
          username: form.username,
          displayName: form.displayName,
          email: form.email || null,
          organisationId: form.organisationId || null,
          // No password: the person signs in through the hospital's identity provider (OIDC).
          ...(form.password && { password: form.password }),
          isPlatformAdmin: form.isPlatformAdmin,
          preferredLanguage: form.preferredLanguage,
        },
      });
      return () => t('admin.users.created', { username: created.username });
    });
    if (ok) {
      setForm(empty);
      onCreated();
    }
  };

  return (
    <form className="panel inline-form" onSubmit={submit} aria-labelledby="create-user">
      <h2 id="create-user">{t('admin.users.create')}</h2>
      <label>
        {t('admin.users.username')}
        <input name="username" required minLength={2} autoComplete="off" value={form.username} onChange={(e) => set('username', e.target.value)} />
      </label>
      <label>
        {t('admin.users.displayName')}
        <input name="displayName" required value={form.displayName} onChange={(e) => set('displayName', e.target.value)} />
      </label>
      <label>
        <span>
          {t('admin.users.email')} <span className="optional">{t('common.optional')}</span>
        </span>
        <input name="email" type="email" value={form.email} onChange={(e) => set('email', e.target.value)} />
      </label>
      <label>
        {t('admin.users.organisation')}
        <select name="organisationId" value={form.organisationId} onChange={(e) => set('organisationId', e.target.value)}>
          <option value="">{t('admin.users.noOrganisation')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>
          {t('admin.users.password')} <span className="optional">{t('admin.users.passwordHint')}</span>
        </span>
        <input name="password" type="password" autoComplete="new-password" value={form.password} onChange={(e) => set('password', e.target.value)} />
      </label>
      <label>
        {t('admin.users.language')}
        <select name="preferredLanguage" value={form.preferredLanguage} onChange={(e) => set('preferredLanguage', e.target.value as Language)}>
          <option value="fr">{t('admin.languages.fr')}</option>
          <option value="en">{t('admin.languages.en')}</option>
        </select>
      </label>
      <label className="checkbox">
        <input name="isPlatformAdmin" type="checkbox" checked={form.isPlatformAdmin} onChange={(e) => set('isPlatformAdmin', e.target.checked)} />
        {t('admin.users.platformAdmin')}
      </label>
      <button type="submit" disabled={submission.busy}>
        {t('common.create')}
      </button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
