// The workstation's viewer: the Cornerstone3D ReadingViewer of web/src/workstation, loaded with the
// page that needs it so the other pages do not carry Cornerstone. Until that module is in the build,
// the QC series viewer shows the images (no contouring) and says so.
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { SeriesViewer } from '../viewer/SeriesViewer';
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
  const { t } = useTranslation();
  if (!ReadingViewer) {
    return (
      <>
        <p className="refusal" data-testid="viewer-without-contours">{t('reading.task.viewerMissing')}</p>
        <SeriesViewer projectId={props.projectId} studyInstanceUid={props.studyInstanceUID} />
      </>
    );
  }
  const series = props.series.map((s) => ({ seriesInstanceUID: s.seriesInstanceUID, description: s.description }));
  return (
    <Suspense fallback={<Loading />}>
      <ReadingViewer {...props} series={series} />
    </Suspense>
  );
}
