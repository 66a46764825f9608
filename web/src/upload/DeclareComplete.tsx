// After an upload: the exams of the subjects just sent, as the server now holds them, each with
// "declare the exam complete" (which runs the conformance checks) and a link to its page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ExamDetail } from '../api/qc-types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { ExamStateBadge } from '../exams/ExamStateBadge';
import { SUBMITTABLE } from '../exams/exam-states';
import { SubmitExam } from '../exams/SubmitExam';
import { Link } from '../routing/navigation';

export function DeclareComplete({ projectId, subjectCodes, round }: { projectId: string; subjectCodes: string[]; round: number }) {
  const { t } = useTranslation();
  const exams = useResource(() => api.get('/api/projects/{projectId}/exams', { params: { projectId } }), [projectId, round]);
  const [submitted, setSubmitted] = useState<Record<string, ExamDetail>>({});
  const sent = (exams.data ?? []).filter((e) => subjectCodes.includes(e.subjectCode));
  return (
    <section className="declare-complete" aria-labelledby="declare-heading" data-testid="declare-complete">
      <h3 id="declare-heading">{t('upload.declareStep')}</h3>
      <p>{t('upload.declareExplained')}</p>
      <Refusal error={exams.error} />
      {exams.loading && !exams.data && <Loading />}
      {exams.data && sent.length === 0 && <p>{t('upload.noExamStored')}</p>}
      {sent.map((exam) => {
        const state = submitted[exam.studyInstanceUid]?.state ?? exam.state;
        return (
          <div key={exam.studyInstanceUid} className="declare-exam" data-exam={exam.subjectCode}>
            <p>
              <Link to={{ page: 'exam', projectId, studyInstanceUid: exam.studyInstanceUid }}>{exam.subjectCode}</Link>{' '}
              {t('exams.seriesInstances', { series: exam.numberOfSeries, instances: exam.numberOfInstances })} <ExamStateBadge state={state} />
            </p>
            {SUBMITTABLE.includes(state) && (
              <SubmitExam
                projectId={projectId}
                studyInstanceUid={exam.studyInstanceUid}
                again={exam.submissions > 0 || submitted[exam.studyInstanceUid] !== undefined}
                onSubmitted={(detail) => setSubmitted((all) => ({ ...all, [exam.studyInstanceUid]: detail }))}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
