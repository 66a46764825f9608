// The adjudicator's queue: open adjudications (any may be claimed, or the next one) and theirs in
// progress. Cases are blinded: a case label, never a reader, a centre or a date of the exam.
import './reading.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link, navigate } from '../routing/navigation';
import { pathOf } from '../routing/routes';
import { readingApi } from './reading-api';

export function AdjudicationQueue({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const queue = useResource(() => readingApi.adjudications(projectId), [projectId]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const claim = async (id?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const claimed = id ? await readingApi.claimAdjudication(projectId, id) : await readingApi.nextAdjudication(projectId);
      navigate(pathOf({ page: 'adjudication', projectId, adjudicationId: claimed.id }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const rows = queue.data ?? [];
  return (
    <section className="panel wide" aria-labelledby="adjudication-queue-heading" data-testid="adjudication-queue">
      <div className="section-header">
        <h2 id="adjudication-queue-heading">{t('reading.adjudication.queueTitle')}</h2>
        <button type="button" className="secondary small" onClick={queue.reload}>{t('reading.refresh')}</button>
      </div>
      <Refusal error={queue.error} />
      <Refusal error={error} />
      {queue.loading && !queue.data && <Loading />}
      {queue.data && rows.length === 0 && <p className="muted" data-testid="adjudication-queue-empty">{t('reading.adjudication.queueEmpty')}</p>}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reading.worklist.case')}</th>
              <th scope="col">{t('reading.adjudication.state')}</th>
              <th scope="col">{t('reading.adjudication.discordantFields')}</th>
              <th scope="col">{t('reading.adjudication.openedAt')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-adjudication={row.id} data-state={row.state}>
                <td>{row.blindedLabel ?? row.id.slice(0, 8)}</td>
                <td>{t(`reading.adjudication.states.${row.state}`)}</td>
                <td>{(row.discordantFields ?? []).join(', ')}</td>
                <td>{row.createdAt ? <DateTime value={row.createdAt} /> : '—'}</td>
                <td>
                  {row.state === 'open' ? (
                    <button type="button" className="small" disabled={busy} onClick={() => void claim(row.id)} data-testid="adjudication-claim">{t('reading.adjudication.claim')}</button>
                  ) : (
                    <Link to={{ page: 'adjudication', projectId, adjudicationId: row.id }} data-testid="adjudication-link">{t('reading.adjudication.open')}</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.some((r) => r.state === 'open') && (
        <p className="actions">
          <button type="button" disabled={busy} onClick={() => void claim()} data-testid="adjudication-next">{t('reading.adjudication.next')}</button>
        </p>
      )}
    </section>
  );
}
