// Every submission of the exam and the verdict of the checks it ran.
import { useTranslation } from 'react-i18next';
import type { ExamDetail } from '../api/qc-types';
import { DateTime } from '../components/DateTime';

export function SubmissionHistory({ runs }: { runs: ExamDetail['runs'] }) {
  const { t } = useTranslation();
  if (runs.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="runs-heading">
      <h2 id="runs-heading">{t('exams.runs')}</h2>
      <table data-testid="exam-runs">
        <thead>
          <tr>
            <th scope="col">{t('exams.submission')}</th>
            <th scope="col">{t('exams.ranAt')}</th>
            <th scope="col">{t('exams.conformance')}</th>
            <th scope="col">{t('exams.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.submission} data-verdict={run.verdict}>
              <td>{run.submission}</td>
              <td><DateTime value={run.ranAt} /></td>
              <td>{run.verdict === 'pass' ? t('exams.allRulesPass') : t('exams.rulesFailed', { count: run.failedRules })}</td>
              <td>{run.comment ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
