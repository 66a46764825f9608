// The workstation's viewer: the Cornerstone3D ReadingViewer of web/src/workstation, loaded with the
// page that needs it so the other pages do not carry Cornerstone. Without that module in the build,
// a plain canvas viewer with freehand contouring (ContourSketch) takes its place.
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/Loading';
import { ContourSketch } from './ContourSketch';
import type { Phase, ReadAnnotations, StudySeries, Structure } from './reading-types';

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

interface ViewerModule {
  ReadingViewer: ComponentType<Omit<WorkstationViewerProps, 'series'> & { series: { seriesInstanceUID: string; description: string }[] }>;
}

const found = Object.values(import.meta.glob<ViewerModule>('../workstation/index.ts'))[0];
const ReadingViewer = found ? lazy(() => found().then((m) => ({ default: m.ReadingViewer }))) : null;

/** The viewer's own keyboard shortcuts, listed in the help panel beside the workstation's. */
export const VIEWER_SHORTCUTS: ReadonlyArray<{ keys: string; description: string }> = [];

export function WorkstationViewer(props: WorkstationViewerProps) {
  if (!ReadingViewer) return <ContourSketch {...props} />;
  const series = props.series.map((s) => ({ seriesInstanceUID: s.seriesInstanceUID, description: s.description }));
  return (
    <Suspense fallback={<Loading />}>
      <ReadingViewer {...props} series={series} />
    </Suspense>
  );
}
