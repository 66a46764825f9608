// What an exam is: its subject, centre, date, content, state and the protocol version it is held to.
import { useTranslation } from 'react-i18next';
import type { ExamSummary } from '../api/qc-types';
import { DateTime } from '../components/DateTime';
import { ExamStateBadge } from './ExamStateBadge';

export function ExamFacts({ exam }: { exam: ExamSummary }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="exam-facts" data-testid="exam-facts">
      <h2 id="exam-facts">{t('exams.facts')}</h2>
      <dl className="facts">
        <dt>{t('exams.subject')}</dt>
        <dd>{exam.subjectCode}{!exam.processingAllowed && <span className="inline-warning"> {t('exams.processingStopped')}</span>}</dd>
        <dt>{t('exams.centre')}</dt>
        <dd>{exam.centreName}</dd>
        <dt>{t('exams.studyDate')}</dt>
        <dd>{exam.studyDate ?? '—'}</dd>
        <dt>{t('exams.content')}</dt>
        <dd>{t('exams.seriesInstances', { series: exam.numberOfSeries, instances: exam.numberOfInstances })}</dd>
        <dt>{t('exams.stateLabel')}</dt>
        <dd data-testid="exam-state"><ExamStateBadge state={exam.state} /></dd>
        <dt>{t('exams.protocolVersion')}</dt>
        <dd>{exam.protocolVersion ?? '—'}</dd>
        <dt>{t('exams.submissions')}</dt>
        <dd>{exam.submissions}</dd>
        {exam.firstSubmittedAt && (
          <>
            <dt>{t('exams.firstSubmitted')}</dt>
            <dd><DateTime value={exam.firstSubmittedAt} /></dd>
          </>
        )}
      </dl>
    </section>
  );
}
