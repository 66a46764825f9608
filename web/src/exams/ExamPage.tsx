// One exam for its centre, the core lab and auditors: what it holds, where it stands, the results of
// its conformance checks and its submissions; its centre's data manager submits it (again) here.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { Loading } from '../components/Loading';
import { QueryList } from '../queries/QueryList';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { ConformanceResults } from './ConformanceResults';
import { ExamFacts } from './ExamFacts';
import { SUBMITTABLE } from './exam-states';
import { SubmissionHistory } from './SubmissionHistory';
import { SubmitExam } from './SubmitExam';

export function ExamPage({ projectId, studyInstanceUid }: { projectId: string; studyInstanceUid: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('exams.pageTitle')}>
      {(project) => <ExamView project={project} studyInstanceUid={studyInstanceUid} />}
    </ProjectFrame>
  );
}

function ExamView({ project, studyInstanceUid }: { project: ProjectDetail; studyInstanceUid: string }) {
  const { t } = useTranslation();
  const exam = useResource(() => api.get('/api/projects/{projectId}/exams/{studyInstanceUid}', { params: { projectId: project.id, studyInstanceUid } }), [project.id, studyInstanceUid]);
  if (exam.error !== undefined) return <Refusal error={exam.error} />;
  if (!exam.data) return <Loading />;
  const e = exam.data;
  const submits = project.myRoles.includes('centre_data_manager') && SUBMITTABLE.includes(e.state);
  return (
    <>
      <div className="panels">
        <ExamFacts exam={e} />
        <SubmissionHistory runs={e.runs} />
      </div>
      {submits && (
        <section className="panel wide" aria-labelledby="submit-heading">
          <h2 id="submit-heading">{e.submissions === 0 ? t('exams.submitTitle') : t('exams.submitAgainTitle')}</h2>
          <p>{e.submissions === 0 ? t('exams.submitExplained') : t('exams.submitAgainExplained')}</p>
          <SubmitExam projectId={project.id} studyInstanceUid={studyInstanceUid} again={e.submissions > 0} onSubmitted={exam.reload} />
        </section>
      )}
      <QueryList projectId={project.id} roles={project.myRoles} title={t('queries.examTitle')} testId="exam-queries" studyInstanceUid={studyInstanceUid} refresh={e.submissions} />
      <ConformanceResults conformance={e.conformance} />
    </>
  );
}
