// The centre declares its exam complete (or complete again, after re-sending series): the server
// runs the conformance checks at once and answers with their results.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ExamDetail } from '../api/qc-types';
import { SubmissionResult } from '../components/SubmissionResult';
import { useSubmit } from '../components/useSubmit';

export function SubmitExam({ projectId, studyInstanceUid, again, onSubmitted }: { projectId: string; studyInstanceUid: string; again: boolean; onSubmitted(exam: ExamDetail): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [comment, setComment] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      const exam = await api.post('/api/projects/{projectId}/exams/{studyInstanceUid}/submit', { params: { projectId, studyInstanceUid }, body: comment.trim() ? { comment: comment.trim() } : {} });
      onSubmitted(exam);
      return () => (exam.conformanceVerdict === 'pass' ? t('exams.submittedPass') : t('exams.submittedFail', { count: exam.failedRules ?? 0 }));
    });
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="submit-exam">
      <label className="wide-field">
        {t('exams.comment')} <span className="optional">{t('common.optional')}</span>
        <input value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} data-testid="submit-comment" />
      </label>
      <button type="submit" className="primary" disabled={submission.busy} data-testid="submit-exam-button">
        {again ? t('exams.submitAgain') : t('exams.submit')}
      </button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
