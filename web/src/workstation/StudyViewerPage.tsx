// The reading viewer on one exam, outside any reading task: for looking at a study with the reading
// tools and for the viewer benchmark. Nothing drawn here is saved on the server (reads are made from a
// task); this tab keeps it (session storage), so a reload draws it back.
import './workstation.css';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { studySeries } from '../viewer/series-data';
import type { Phase, ReadAnnotations, Structure } from './contract';
import { defaultOrder, firstImage, frameUrl } from './stack-order';
import { prefetchFrame, seriesMetadata } from './metadata-cache';
import { arrangeStack, parseInstance } from './instances';

// Cornerstone is a large chunk: it is asked for as soon as this page's code runs, not when the series
// list has come back, and the series' metadata is fetched while it loads.
const viewerModule = import('./ReadingViewer');
const ReadingViewer = lazy(() => viewerModule.then((m) => ({ default: m.ReadingViewer })));

const STRUCTURES: Structure[] = ['lv-endocardium', 'lv-epicardium', 'rv-endocardium'];
const PHASES: Phase[] = ['ED', 'ES'];

async function prefetchFirstImage(projectId: string, study: string, series: string): Promise<void> {
  const items = await seriesMetadata(projectId, study, series).catch(() => null);
  const instance = items && firstImage(arrangeStack(items.map(parseInstance)));
  if (instance) prefetchFrame(frameUrl(projectId, study, instance));
}

function kept(key: string): ReadAnnotations {
  try {
    const value = JSON.parse(window.sessionStorage.getItem(key) ?? 'null') as ReadAnnotations | null;
    if (value && Array.isArray(value.contours) && Array.isArray(value.measurements)) return value;
  } catch {
    // Unreadable storage is no drawing.
  }
  return { contours: [], measurements: [] };
}

export function StudyViewerPage({ projectId, studyInstanceUid }: { projectId: string; studyInstanceUid: string }) {
  const { t } = useTranslation();
  const series = useResource(async () => {
    const list = await studySeries(projectId, studyInstanceUid);
    for (const s of list) seriesMetadata(projectId, studyInstanceUid, s.seriesInstanceUid).catch(() => undefined);
    // The viewer opens the short-axis cine's middle slice first: that frame is asked for now too.
    const first = defaultOrder(list.map((s) => ({ seriesInstanceUID: s.seriesInstanceUid, description: s.description })))[0];
    if (first) void prefetchFirstImage(projectId, studyInstanceUid, first);
    return list;
  }, [projectId, studyInstanceUid]);
  const key = `corelab.viewer.${projectId}.${studyInstanceUid}`;
  const [annotations, setAnnotations] = useState<ReadAnnotations>(() => kept(key));
  const change = (next: ReadAnnotations) => {
    setAnnotations(next);
    try {
      window.sessionStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage refused (private browsing, quota): the drawings last until the page is left.
    }
  };
  const [structure, setStructure] = useState<Structure>('lv-endocardium');
  const [phase, setPhase] = useState<Phase>('ED');
  if (series.loading) return <Loading />;
  if (series.error !== undefined) return <Refusal error={series.error} />;
  return (
    <section className="study-viewer" data-testid="study-viewer">
      <h1>{t('workstation.studyPage.title')}</h1>
      <p className="muted">{t('workstation.studyPage.intro')}</p>
      <p className="rv-study-target">
        <label>
          {t('workstation.studyPage.structure')}{' '}
          <select value={structure} onChange={(e) => setStructure(e.target.value as Structure)} data-testid="viewer-structure">
            {STRUCTURES.map((s) => <option key={s} value={s}>{t(`workstation.structures.${s}`)}</option>)}
          </select>
        </label>{' '}
        <label>
          {t('workstation.studyPage.phase')}{' '}
          <select value={phase} onChange={(e) => setPhase(e.target.value as Phase)} data-testid="viewer-phase">
            {PHASES.map((p) => <option key={p} value={p}>{t(`workstation.studyPage.phases.${p}`)}</option>)}
          </select>
        </label>{' '}
        <span className="muted" data-testid="study-annotations">{t('workstation.studyPage.annotations', { contours: annotations.contours.length, measurements: annotations.measurements.length })}</span>
      </p>
      <Suspense fallback={<Loading />}>
        <ReadingViewer
          projectId={projectId}
          studyInstanceUID={studyInstanceUid}
          series={(series.data ?? []).map((s) => ({ seriesInstanceUID: s.seriesInstanceUid, description: s.description }))}
          annotations={annotations}
          onAnnotationsChange={change}
          activeStructure={structure}
          activePhase={phase}
        />
      </Suspense>
    </section>
  );
}
