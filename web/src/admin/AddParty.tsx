// Adds an organisation to a project as centre, core lab, statistics unit, sponsor or committee.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { PROJECT_PARTS, type Organisation, type ProjectPart } from '../api/types';
import { SubmissionResult } from '../components/SubmissionResult';
import { useSubmit } from '../components/useSubmit';

export function AddParty({ projectId, organisations, onAdded }: { projectId: string; organisations: Organisation[]; onAdded(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [organisationId, setOrganisationId] = useState('');
  const [part, setPart] = useState<ProjectPart>('centre');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      await api.post('/api/projects/{projectId}/parties', { params: { projectId }, body: { organisationId, part } });
      return () => t('admin.project.partyAdded');
    });
    if (ok) onAdded();
  };

  return (
    <form className="panel stacked-form" onSubmit={submit} aria-labelledby="add-party">
      <h2 id="add-party">{t('admin.project.addParty')}</h2>
      <label>
        {t('admin.project.organisation')}
        <select name="organisationId" required value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
          <option value="">{t('admin.project.choose')}</option>
          {organisations
            .filter((o) => o.kind !== 'platform')
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('admin.project.part')}
        <select name="part" value={part} onChange={(e) => setPart(e.target.value as ProjectPart)}>
          {PROJECT_PARTS.map((p) => (
            <option key={p} value={p}>
              {t(`parts.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={submission.busy}>
        {t('admin.project.addParty')}
      </button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
