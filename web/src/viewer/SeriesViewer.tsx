// A simple series viewer for QC: pick a series, scroll through its images (wheel, slider, arrow keys)
// and set the window (drag: horizontal = width, vertical = level; or type the values).
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { frameValues, fullRangeWindow, renderGrey, type Window } from './pixels';
import { firstFrame, seriesInstances, studySeries } from './series-data';

export function SeriesViewer({ projectId, studyInstanceUid }: { projectId: string; studyInstanceUid: string }) {
  const { t } = useTranslation();
  const series = useResource(() => studySeries(projectId, studyInstanceUid), [projectId, studyInstanceUid]);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen ?? series.data?.[0]?.seriesInstanceUid ?? null;
  return (
    <section className="panel wide viewer" aria-labelledby="viewer-heading" data-testid="series-viewer">
      <h2 id="viewer-heading">{t('viewer.title')}</h2>
      <Refusal error={series.error} />
      {series.loading && !series.data && <Loading />}
      {series.data && (
        <label>
          {t('viewer.series')}
          <select value={current ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="viewer-series">
            {series.data.map((s) => (
              <option key={s.seriesInstanceUid} value={s.seriesInstanceUid}>
                {t('viewer.seriesOption', { number: s.number ?? '—', description: s.description, count: s.instances })}
              </option>
            ))}
          </select>
        </label>
      )}
      {current && <SeriesImages key={current} projectId={projectId} studyInstanceUid={studyInstanceUid} seriesInstanceUid={current} />}
    </section>
  );
}

function SeriesImages({ projectId, studyInstanceUid, seriesInstanceUid }: { projectId: string; studyInstanceUid: string; seriesInstanceUid: string }) {
  const { t } = useTranslation();
  const instances = useResource(() => seriesInstances(projectId, studyInstanceUid, seriesInstanceUid), [projectId, studyInstanceUid, seriesInstanceUid]);
  const [index, setIndex] = useState(0);
  const [window, setWindow] = useState<Window | null>(null);
  const [error, setError] = useState<unknown>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frames = useRef(new Map<string, Uint8Array>());
  const drag = useRef<{ x: number; y: number; start: Window } | null>(null);
  const list = instances.data ?? [];
  const instance = list[Math.min(index, list.length - 1)];

  useEffect(() => {
    if (!instance) return;
    let live = true;
    const cached = frames.current.get(instance.sopInstanceUid);
    (cached ? Promise.resolve(cached) : firstFrame(projectId, studyInstanceUid, seriesInstanceUid, instance.sopInstanceUid)).then(
      (bytes) => {
        if (!live || !canvas.current) return;
        frames.current.set(instance.sopInstanceUid, bytes);
        const values = frameValues(bytes, instance.format);
        const shown = window ?? instance.window ?? fullRangeWindow(values, instance.format);
        if (!window) setWindow(shown);
        const { rows, columns } = instance.format;
        canvas.current.width = columns;
        canvas.current.height = rows;
        const context = canvas.current.getContext('2d')!;
        const image = context.createImageData(columns, rows);
        renderGrey(values, instance.format, shown, image.data);
        context.putImageData(image, 0, 0);
        canvas.current.dataset.rendered = `${index + 1}`;
        setError(undefined);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [instance, window, projectId, studyInstanceUid, seriesInstanceUid, index]);

  if (instances.error !== undefined) return <Refusal error={instances.error} />;
  if (!instances.data) return <Loading />;
  if (list.length === 0) return <p>{t('viewer.empty')}</p>;

  const step = (delta: number) => setIndex((i) => Math.max(0, Math.min(list.length - 1, i + delta)));
  const onWheel = (event: WheelEvent) => step(event.deltaY > 0 ? 1 : -1);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') step(1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') step(-1);
    else return;
    event.preventDefault();
  };
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!window) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, start: window };
  };
  const onPointerMove = (event: PointerEvent) => {
    const from = drag.current;
    if (!from) return;
    setWindow({ width: Math.max(1, from.start.width + (event.clientX - from.x) * 4), center: from.start.center + (event.clientY - from.y) * 2 });
  };
  const setField = (field: keyof Window, value: string) => {
    const number = Number(value);
    if (window && Number.isFinite(number)) setWindow({ ...window, [field]: field === 'width' ? Math.max(1, number) : number });
  };

  return (
    <div className="viewer-body">
      <canvas
        ref={canvas}
        tabIndex={0}
        className="viewer-canvas"
        aria-label={t('viewer.canvas')}
        onWheel={onWheel}
        onKeyDown={onKey}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        data-testid="viewer-canvas"
      />
      <div className="viewer-controls">
        <label>
          {t('viewer.image', { index: index + 1, count: list.length })}
          <input type="range" min={1} max={list.length} value={index + 1} onChange={(e) => setIndex(Number(e.target.value) - 1)} data-testid="viewer-slider" />
        </label>
        <label>
          {t('viewer.windowCenter')}
          <input type="number" value={window ? Math.round(window.center) : ''} onChange={(e) => setField('center', e.target.value)} data-testid="viewer-center" />
        </label>
        <label>
          {t('viewer.windowWidth')}
          <input type="number" min={1} value={window ? Math.round(window.width) : ''} onChange={(e) => setField('width', e.target.value)} data-testid="viewer-width" />
        </label>
        <button type="button" className="secondary small" onClick={() => setWindow(instance?.window ?? null)}>{t('viewer.resetWindow')}</button>
        <p className="muted">{t('viewer.help')}</p>
        <Refusal error={error} />
      </div>
    </div>
  );
}
