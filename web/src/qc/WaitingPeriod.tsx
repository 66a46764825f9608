// The project's waiting period between an information notice and retrospective use; changing it
// moves the status of every subject it concerns at once, which the answer counts.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { SubmissionResult } from '../components/SubmissionResult';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';

export function WaitingPeriod({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const policy = useResource(() => api.get('/api/projects/{projectId}/consent-policy', { params: { projectId } }), [projectId]);
  const submission = useSubmit();
  const [days, setDays] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const answer = await api.put('/api/projects/{projectId}/consent-policy', { params: { projectId }, body: { waitingPeriodDays: Number(days), reason } });
      return () => t('waiting.saved', { days: answer.waitingPeriodDays, count: answer.subjectsChanged });
    });
    if (ok) {
      setReason('');
      policy.reload();
    }
  };
  return (
    <section className="panel" aria-labelledby="waiting-heading" data-testid="waiting-period">
      <h2 id="waiting-heading">{t('waiting.title')}</h2>
      <p className="muted">{t('waiting.explained')}</p>
      <Refusal error={policy.error} />
      {!policy.data ? (
        policy.error === undefined && <Loading />
      ) : (
        <form className="stacked-form" onSubmit={(e) => void submit(e)}>
          <label>
            {t('waiting.days')}
            <input type="number" min={1} max={365} required value={days ?? String(policy.data.waitingPeriodDays)} onChange={(e) => setDays(e.target.value)} data-testid="waiting-days" />
          </label>
          <label>
            {t('waiting.reason')}
            <input value={reason} required onChange={(e) => setReason(e.target.value)} data-testid="waiting-reason" />
          </label>
          <button type="submit" disabled={submission.busy || days === null} data-testid="waiting-save">{t('common.save')}</button>
          <SubmissionResult submission={submission} />
        </form>
      )}
    </section>
  );
}
