// The QC reviewer's page for one exam: the images (series viewer), the automatic conformance
// results, the checklist with the verdict, and the queries to the centre.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { ConformanceResults } from '../exams/ConformanceResults';
import { ExamFacts } from '../exams/ExamFacts';
import { SeriesViewer } from '../viewer/SeriesViewer';
import { ProjectFrame } from '../workspaces/ProjectFrame';

export function ReviewPage({ projectId, studyInstanceUid }: { projectId: string; studyInstanceUid: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('review.pageTitle')}>
      {(project) => <Review project={project} studyInstanceUid={studyInstanceUid} />}
    </ProjectFrame>
  );
}

function Review({ project, studyInstanceUid }: { project: ProjectDetail; studyInstanceUid: string }) {
  const exam = useResource(() => api.get('/api/projects/{projectId}/exams/{studyInstanceUid}', { params: { projectId: project.id, studyInstanceUid } }), [project.id, studyInstanceUid]);
  if (exam.error !== undefined) return <Refusal error={exam.error} />;
  if (!exam.data) return <Loading />;
  return (
    <>
      <ExamFacts exam={exam.data} />
      <SeriesViewer projectId={project.id} studyInstanceUid={studyInstanceUid} />
      <ConformanceResults conformance={exam.data.conformance} />
    </>
  );
}
