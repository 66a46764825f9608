// The workstation's viewer: the Cornerstone3D ReadingViewer of web/src/workstation, loaded with the
// pages that need it so the others do not carry Cornerstone.
import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading';
import type { Phase, ReadAnnotations, StudySeries, Structure } from './reading-types';

const ReadingViewer = lazy(() => import('../workstation/index.ts').then((m) => ({ default: m.ReadingViewer })));

export interface WorkstationViewerProps {
  projectId: string;
  studyInstanceUID: string;
  series: StudySeries[];
  annotations: ReadAnnotations;
  onAnnotationsChange(annotations: ReadAnnotations): void;
  activeStructure: Structure;
  activePhase: Phase;
  readOnly: boolean;
}

export function WorkstationViewer(props: WorkstationViewerProps) {
  const series = props.series.map((s) => ({ seriesInstanceUID: s.seriesInstanceUID, description: s.description }));
  return (
    <Suspense fallback={<Loading />}>
      <ReadingViewer {...props} series={series} />
    </Suspense>
  );
}
