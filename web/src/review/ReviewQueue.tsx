// The QC reviewer's queue: exams awaiting review or in review (never from the reviewer's own
// centre), oldest declaration first, with who holds each review.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { ExamStateBadge } from '../exams/ExamStateBadge';
import { Link } from '../routing/navigation';

export function ReviewQueue({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const queue = useResource(() => api.get('/api/projects/{projectId}/qc/review-queue', { params: { projectId }, query: mine ? { mine } : {} }), [projectId, mine]);
  return (
    <section className="panel wide" aria-labelledby="queue-heading" data-testid="review-queue">
      <div className="section-header">
        <h2 id="queue-heading">{t('qcReviewer.queueTitle')}</h2>
        <label className="checkbox">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
          {t('review.mineOnly')}
        </label>
      </div>
      <Refusal error={queue.error} />
      {queue.loading && !queue.data && <Loading />}
      {queue.data && queue.data.length === 0 && <p>{t('review.queueEmpty')}</p>}
      {queue.data && queue.data.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('exams.subject')}</th>
                <th scope="col">{t('exams.centre')}</th>
                <th scope="col">{t('exams.content')}</th>
                <th scope="col">{t('exams.stateLabel')}</th>
                <th scope="col">{t('review.reviewer')}</th>
                <th scope="col">{t('review.pendingQueries')}</th>
                <th scope="col">{t('exams.lastSubmitted')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.map((entry) => (
                <tr key={entry.studyInstanceUid} data-exam={entry.subjectCode} data-state={entry.state}>
                  <td>
                    <Link to={{ page: 'review', projectId, studyInstanceUid: entry.studyInstanceUid }} data-testid="review-link">{entry.subjectCode}</Link>
                  </td>
                  <td>{entry.centreName}</td>
                  <td>{t('exams.seriesInstances', { series: entry.numberOfSeries, instances: entry.numberOfInstances })}</td>
                  <td><ExamStateBadge state={entry.state} /></td>
                  <td>{entry.review ? entry.review.reviewerName ?? '—' : '—'}</td>
                  <td>{entry.pendingQueries}</td>
                  <td><DateTime value={entry.lastSubmittedAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="secondary small" onClick={queue.reload}>{t('common.reload')}</button>
    </section>
  );
}
