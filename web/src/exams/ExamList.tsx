// The project's exams in the person's scope (their centre's, or every other centre's for a QC
// reviewer), filtered by state, each linked to its page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ExamState, ExamSummary } from '../api/qc-types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { ExamStateBadge } from './ExamStateBadge';
import { EXAM_LIST_STATES } from './exam-states';

export function ExamList({ projectId, title, testId, initialState, linkTo = 'exam' }: { projectId: string; title: string; testId: string; initialState?: ExamState; linkTo?: 'exam' | 'review' }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ExamState | ''>(initialState ?? '');
  const exams = useResource(() => api.get('/api/projects/{projectId}/exams', { params: { projectId }, query: state ? { state } : {} }), [projectId, state]);
  return (
    <section className="panel wide" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <div className="section-header">
        <h2 id={`${testId}-heading`}>{title}</h2>
        <label>
          {t('exams.filterState')}
          <select value={state} onChange={(e) => setState(e.target.value as ExamState | '')} data-testid={`${testId}-state`}>
            <option value="">{t('exams.allStates')}</option>
            {EXAM_LIST_STATES.map((s) => <option key={s} value={s}>{t(`exams.state.${s}`)}</option>)}
          </select>
        </label>
      </div>
      <Refusal error={exams.error} />
      {exams.loading && !exams.data && <Loading />}
      {exams.data && (exams.data.length === 0 ? <p>{t('exams.empty')}</p> : <ExamTable projectId={projectId} exams={exams.data} linkTo={linkTo} />)}
      <button type="button" className="secondary small" onClick={exams.reload}>{t('common.reload')}</button>
    </section>
  );
}

function ExamTable({ projectId, exams, linkTo }: { projectId: string; exams: ExamSummary[]; linkTo: 'exam' | 'review' }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="exam-list">
        <thead>
          <tr>
            <th scope="col">{t('exams.subject')}</th>
            <th scope="col">{t('exams.centre')}</th>
            <th scope="col">{t('exams.studyDate')}</th>
            <th scope="col">{t('exams.content')}</th>
            <th scope="col">{t('exams.stateLabel')}</th>
            <th scope="col">{t('exams.conformance')}</th>
            <th scope="col">{t('exams.lastSubmitted')}</th>
          </tr>
        </thead>
        <tbody>
          {exams.map((exam) => (
            <tr key={exam.studyInstanceUid} data-exam={exam.subjectCode} data-state={exam.state} className={exam.processingAllowed ? undefined : 'stopped-row'}>
              <td>
                <Link to={{ page: linkTo, projectId, studyInstanceUid: exam.studyInstanceUid }} data-testid="exam-link">{exam.subjectCode}</Link>
                {!exam.processingAllowed && <span className="inline-warning"> {t('exams.processingStopped')}</span>}
              </td>
              <td>{exam.centreName}</td>
              <td>{exam.studyDate ?? '—'}</td>
              <td>{t('exams.seriesInstances', { series: exam.numberOfSeries, instances: exam.numberOfInstances })}</td>
              <td><ExamStateBadge state={exam.state} /></td>
              <td>{exam.conformanceVerdict === null ? '—' : exam.conformanceVerdict === 'pass' ? t('exams.allRulesPass') : t('exams.rulesFailed', { count: exam.failedRules ?? 0 })}</td>
              <td>{exam.lastSubmittedAt ? <DateTime value={exam.lastSubmittedAt} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
