// Organisations known to the platform, and registering a new one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ORGANISATION_KINDS, type OrganisationKind } from '../api/types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { SubmissionResult } from '../components/SubmissionResult';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useResource(() => api.get('/api/organisations'), []);
  return (
    <>
      <h1>{t('admin.organisations.title')}</h1>
      <p className="intro">{t('admin.organisations.intro')}</p>
      <CreateOrganisation onCreated={organisations.reload} />
      <Refusal error={organisations.error} />
      {organisations.loading && !organisations.data && <Loading />}
      {organisations.data?.length === 0 && <p>{t('admin.organisations.empty')}</p>}
      {organisations.data && organisations.data.length > 0 && (
        <table data-testid="organisations">
          <thead>
            <tr>
              <th scope="col">{t('admin.organisations.name')}</th>
              <th scope="col">{t('admin.organisations.kind')}</th>
              <th scope="col">{t('admin.organisations.city')}</th>
              <th scope="col">{t('admin.organisations.country')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.data.map((o) => (
              <tr key={o.id}>
                <td>{o.name}</td>
                <td>{t(`organisationKinds.${o.kind}`)}</td>
                <td>{o.city}</td>
                <td>{o.country}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function CreateOrganisation({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('centre');
  const [city, setCity] = useState('');
  const [country, setCountry] = useState('FR');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const created = await api.post('/api/organisations', { body: { name, kind, city: city || null, country } });
      return () => t('admin.organisations.created', { name: created.name });
    });
    if (ok) {
      setName('');
      setCity('');
      onCreated();
    }
  };

  return (
    <form className="panel inline-form" onSubmit={submit} aria-labelledby="create-organisation">
      <h2 id="create-organisation">{t('admin.organisations.create')}</h2>
      <label>
        {t('admin.organisations.name')}
        <input name="name" required minLength={2} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('admin.organisations.kind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind)}>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organisationKinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>
          {t('admin.organisations.city')} <span className="optional">{t('common.optional')}</span>
        </span>
        <input name="city" value={city} onChange={(e) => setCity(e.target.value)} />
      </label>
      <label>
        {t('admin.organisations.country')}
        <input name="country" required pattern="[A-Z]{2}" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value.toUpperCase())} />
      </label>
      <button type="submit" disabled={submission.busy}>
        {t('common.create')}
      </button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
