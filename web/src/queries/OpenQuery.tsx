// QC asks the centre a question about the exam or one of its series, with a due date.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { SubmissionResult } from '../components/SubmissionResult';
import { useSubmit } from '../components/useSubmit';

export interface SeriesChoice {
  seriesInstanceUid: string;
  label: string;
}

export function OpenQuery({ projectId, studyInstanceUid, series, onOpened }: { projectId: string; studyInstanceUid: string; series: SeriesChoice[]; onOpened(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [seriesInstanceUid, setSeries] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const query = await api.post('/api/projects/{projectId}/exams/{studyInstanceUid}/queries', {
        params: { projectId, studyInstanceUid },
        body: { text, ...(dueDate && { dueDate }), ...(seriesInstanceUid && { seriesInstanceUid }) },
      });
      return () => t('queries.opened', { dueDate: query.dueDate });
    });
    if (ok) {
      setText('');
      onOpened();
    }
  };
  return (
    <form className="panel wide inline-form" onSubmit={(e) => void submit(e)} data-testid="open-query">
      <h2>{t('queries.openTitle')}</h2>
      <label>
        {t('queries.aboutSeries')}
        <select value={seriesInstanceUid} onChange={(e) => setSeries(e.target.value)}>
          <option value="">{t('queries.wholeExam')}</option>
          {series.map((s) => <option key={s.seriesInstanceUid} value={s.seriesInstanceUid}>{s.label}</option>)}
        </select>
      </label>
      <label>
        {t('queries.dueDate')} <span className="optional">{t('queries.defaultDue')}</span>
        <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </label>
      <label className="wide-field">
        {t('queries.question')}
        <textarea value={text} rows={3} required maxLength={4000} onChange={(e) => setText(e.target.value)} data-testid="open-query-text" />
      </label>
      <button type="submit" disabled={submission.busy} data-testid="open-query-submit">{t('queries.open')}</button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
