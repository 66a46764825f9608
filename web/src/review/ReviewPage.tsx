// The QC reviewer's page for one exam: the images (series viewer), the automatic conformance
// results, the checklist with the verdict, and the queries to the centre.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { ConformanceResults } from '../exams/ConformanceResults';
import { ExamFacts } from '../exams/ExamFacts';
import { OpenQuery } from '../queries/OpenQuery';
import { QueryList } from '../queries/QueryList';
import { SeriesViewer } from '../viewer/SeriesViewer';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { ReviewPanel } from './ReviewPanel';

export function ReviewPage({ projectId, studyInstanceUid }: { projectId: string; studyInstanceUid: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('review.pageTitle')}>
      {(project) => <Review project={project} studyInstanceUid={studyInstanceUid} />}
    </ProjectFrame>
  );
}

function Review({ project, studyInstanceUid }: { project: ProjectDetail; studyInstanceUid: string }) {
  const { t } = useTranslation();
  const [queries, setQueries] = useState(0);
  const exam = useResource(() => api.get('/api/projects/{projectId}/exams/{studyInstanceUid}', { params: { projectId: project.id, studyInstanceUid } }), [project.id, studyInstanceUid]);
  if (exam.error !== undefined) return <Refusal error={exam.error} />;
  if (!exam.data) return <Loading />;
  const series = (exam.data.conformance?.series ?? []).flatMap((s) => (s.seriesInstanceUid ? [{ seriesInstanceUid: s.seriesInstanceUid, label: s.label }] : []));
  const reviews = project.myRoles.includes('qc_reviewer');
  const changed = () => {
    exam.reload();
    setQueries((n) => n + 1);
  };
  return (
    <>
      <ExamFacts exam={exam.data} />
      <SeriesViewer projectId={project.id} studyInstanceUid={studyInstanceUid} />
      <ConformanceResults conformance={exam.data.conformance} />
      {reviews && <ReviewPanel projectId={project.id} exam={exam.data} onChanged={changed} />}
      <QueryList projectId={project.id} roles={project.myRoles} title={t('queries.examTitle')} testId="exam-queries" studyInstanceUid={studyInstanceUid} refresh={queries} />
      {reviews && <OpenQuery projectId={project.id} studyInstanceUid={studyInstanceUid} series={series} onOpened={() => setQueries((n) => n + 1)} />}
    </>
  );
}
