// Queries to centres in the person's scope (their centre's, or other centres' for QC), overdue ones
// highlighted; each opens its thread in place, with the answers the person's role may give.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { QUERY_STATES, type QueryState, type QuerySummary } from '../api/qc-types';
import type { ProjectRole } from '../api/types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { QueryThread } from './QueryThread';

interface Props {
  projectId: string;
  roles: readonly ProjectRole[];
  title: string;
  testId: string;
  studyInstanceUid?: string;
  /** Bumped by the page when something it did may have changed the queries (a re-submission). */
  refresh?: number;
}

export function QueryList({ projectId, roles, title, testId, studyInstanceUid, refresh = 0 }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<QueryState | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const queries = useResource(
    () => api.get('/api/projects/{projectId}/queries', { params: { projectId }, query: { ...(state && { state }), ...(overdueOnly && { overdue: true }), ...(studyInstanceUid && { studyInstanceUid }) } }),
    [projectId, state, overdueOnly, studyInstanceUid, refresh],
  );
  const overdue = queries.data?.filter((q) => q.overdue).length ?? 0;
  return (
    <section className="panel wide" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <div className="section-header">
        <h2 id={`${testId}-heading`}>{title}</h2>
        <div className="inline-form compact">
          <label>
            {t('queries.filterState')}
            <select value={state} onChange={(e) => setState(e.target.value as QueryState | '')}>
              <option value="">{t('queries.allStates')}</option>
              {QUERY_STATES.map((s) => <option key={s} value={s}>{t(`queries.state.${s}`)}</option>)}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
            {t('queries.overdueOnly')}
          </label>
        </div>
      </div>
      {overdue > 0 && <p className="refusal" data-testid={`${testId}-overdue`}>{t('queries.overdueCount', { count: overdue })}</p>}
      <Refusal error={queries.error} />
      {queries.loading && !queries.data && <Loading />}
      {queries.data && queries.data.length === 0 && <p>{t('queries.empty')}</p>}
      {queries.data && queries.data.length > 0 && (
        <div className="table-scroll">
          <table className="query-list">
            <thead>
              <tr>
                <th scope="col">{t('queries.exam')}</th>
                <th scope="col">{t('queries.centre')}</th>
                <th scope="col">{t('queries.origin')}</th>
                <th scope="col">{t('queries.stateLabel')}</th>
                <th scope="col">{t('queries.dueDate')}</th>
                <th scope="col">{t('queries.question')}</th>
                <th scope="col">{t('queries.thread')}</th>
              </tr>
            </thead>
            <tbody>
              {queries.data.map((q) => (
                <QueryRow key={q.id} projectId={projectId} query={q} roles={roles} open={openId === q.id} onToggle={() => setOpenId(openId === q.id ? null : q.id)} onChanged={queries.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function QueryRow({ projectId, query, roles, open, onToggle, onChanged }: { projectId: string; query: QuerySummary; roles: readonly ProjectRole[]; open: boolean; onToggle(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const examPage = roles.includes('qc_reviewer') ? 'review' : 'exam';
  return (
    <>
      <tr data-query={query.id} data-state={query.state} data-origin={query.origin} className={query.overdue ? 'overdue-row' : undefined}>
        <td>
          <Link to={{ page: examPage, projectId, studyInstanceUid: query.studyInstanceUid }}>{query.subjectCode}</Link>
        </td>
        <td>{query.centreName}</td>
        <td>{t(`queries.origins.${query.origin}`)}</td>
        <td>
          <span className={`badge ${query.state === 'open' ? 'stopped' : query.state === 'closed' ? 'ok' : ''}`}>{t(`queries.state.${query.state}`)}</span>
        </td>
        <td>
          {query.dueDate}
          {query.overdue && <strong className="inline-warning"> {t('queries.overdue')}</strong>}
        </td>
        <td className="query-question">{query.question.split('\n')[0]}</td>
        <td>
          <button type="button" className="secondary small" aria-expanded={open} onClick={onToggle} data-testid="query-toggle">
            {open ? t('queries.hideThread') : t('queries.showThread', { count: query.messages })}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="query-thread-row">
          <td colSpan={7}>
            <QueryThread projectId={projectId} queryId={query.id} roles={roles} onChanged={onChanged} />
          </td>
        </tr>
      )}
    </>
  );
}
