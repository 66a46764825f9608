// A plain canvas viewer with freehand contouring, for builds without the Cornerstone3D viewer: one
// series at a time, images in instance order (wheel, arrow keys or slider), the series' window, and a
// mouse drag that draws a closed contour of the chosen structure and phase in image pixel
// coordinates ((0,0) = centre of the top-left pixel). Existing contours of the image are drawn back.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { frameValues, fullRangeWindow, renderGrey } from '../viewer/pixels';
import { firstFrame, seriesInstances } from '../viewer/series-data';
import type { Contour, Structure } from './reading-types';
import type { WorkstationViewerProps } from './WorkstationViewer';

const COLOURS: Record<Structure, string> = { 'lv-endocardium': '#e23d3d', 'lv-epicardium': '#3dbb5c', 'rv-endocardium': '#3d8be2' };
const MAX_POINTS = 4096;

/** A contour id unique enough within one read. */
const newId = (): string => `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;

/** Keeps at most MAX_POINTS points, evenly taken, rounded to a tenth of a pixel. */
function simplified(points: [number, number][]): [number, number][] {
  const step = Math.max(1, Math.ceil(points.length / MAX_POINTS));
  return points.filter((_, i) => i % step === 0).map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
}

export function ContourSketch(props: WorkstationViewerProps) {
  const { t } = useTranslation();
  const [series, setSeries] = useState(props.series.find((s) => /sax|short/i.test(s.description))?.seriesInstanceUID ?? props.series[0]?.seriesInstanceUID ?? '');
  return (
    <section className="contour-sketch" data-testid="contour-sketch">
      <label>
        {t('reading.sketch.series')}
        <select value={series} onChange={(e) => setSeries(e.target.value)} data-testid="sketch-series">
          {props.series.map((s) => <option key={s.seriesInstanceUID} value={s.seriesInstanceUID}>{s.description || s.seriesInstanceUID}</option>)}
        </select>
      </label>
      {series && <SeriesSketch key={series} {...props} seriesInstanceUID={series} />}
    </section>
  );
}

function SeriesSketch({ projectId, studyInstanceUID, seriesInstanceUID, annotations, onAnnotationsChange, activeStructure, activePhase, readOnly }: WorkstationViewerProps & { seriesInstanceUID: string }) {
  const { t } = useTranslation();
  const instances = useResource(() => seriesInstances(projectId, studyInstanceUID, seriesInstanceUID), [projectId, studyInstanceUID, seriesInstanceUID]);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<unknown>();
  const [drawn, setDrawn] = useState(0);
  const canvas = useRef<HTMLCanvasElement>(null);
  const image = useRef<ImageData | null>(null);
  const stroke = useRef<[number, number][] | null>(null);
  const list = instances.data ?? [];
  const instance = list[Math.min(index, list.length - 1)];
  const onImage = annotations.contours.filter((c) => c.sopInstanceUID === instance?.sopInstanceUid);

  const paint = () => {
    const context = canvas.current?.getContext('2d');
    if (!context || !image.current) return;
    context.putImageData(image.current, 0, 0);
    const outline = (points: readonly [number, number][], colour: string, closed: boolean) => {
      if (points.length < 2) return;
      context.strokeStyle = colour;
      context.lineWidth = 1;
      context.beginPath();
      points.forEach(([x, y], i) => (i === 0 ? context.moveTo(x + 0.5, y + 0.5) : context.lineTo(x + 0.5, y + 0.5)));
      if (closed) context.closePath();
      context.stroke();
    };
    for (const contour of onImage) outline(contour.points, COLOURS[contour.structure], true);
    if (stroke.current) outline(stroke.current, COLOURS[activeStructure], false);
  };

  useEffect(() => {
    if (!instance) return;
    let live = true;
    firstFrame(projectId, studyInstanceUID, seriesInstanceUID, instance.sopInstanceUid).then(
      (bytes) => {
        if (!live || !canvas.current) return;
        const values = frameValues(bytes, instance.format);
        const { rows, columns } = instance.format;
        canvas.current.width = columns;
        canvas.current.height = rows;
        const data = new ImageData(columns, rows);
        renderGrey(values, instance.format, instance.window ?? fullRangeWindow(values, instance.format), data.data);
        image.current = data;
        canvas.current.dataset.rendered = `${index + 1}`;
        setDrawn((n) => n + 1);
        setError(undefined);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [instance, projectId, studyInstanceUID, seriesInstanceUID, index]);

  // Contours change with the image, the read and the stroke under way.
  useEffect(paint, [drawn, annotations, activeStructure]);

  if (instances.error !== undefined) return <Refusal error={instances.error} />;
  if (!instances.data) return <Loading />;
  if (!instance) return <p>{t('viewer.empty')}</p>;

  const step = (delta: number) => setIndex((i) => Math.max(0, Math.min(list.length - 1, i + delta)));
  const onWheel = (event: WheelEvent) => step(event.deltaY > 0 ? 1 : -1);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') step(1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') step(-1);
    else return;
    event.preventDefault();
  };
  /** The image pixel under the pointer: canvas pixels are image pixels, scaled by CSS. */
  const pixelOf = (event: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const box = event.currentTarget.getBoundingClientRect();
    return [((event.clientX - box.left) * instance.format.columns) / box.width - 0.5, ((event.clientY - box.top) * instance.format.rows) / box.height - 0.5];
  };
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (readOnly) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    stroke.current = [pixelOf(event)];
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!stroke.current) return;
    stroke.current.push(pixelOf(event));
    paint();
  };
  const onPointerUp = () => {
    const points = stroke.current;
    stroke.current = null;
    if (!points || points.length < 3) return paint();
    const contour: Contour = {
      id: newId(),
      structure: activeStructure,
      phase: activePhase,
      seriesInstanceUID,
      sopInstanceUID: instance.sopInstanceUid,
      frameNumber: 1,
      points: simplified(points),
      tool: 'freehand',
    };
    // One contour per structure and phase on an image: drawing again replaces it.
    const kept = annotations.contours.filter((c) => !(c.sopInstanceUID === contour.sopInstanceUID && c.structure === contour.structure && c.phase === contour.phase));
    onAnnotationsChange({ ...annotations, contours: [...kept, contour] });
  };
  const removeHere = () => onAnnotationsChange({ ...annotations, contours: annotations.contours.filter((c) => c.sopInstanceUID !== instance.sopInstanceUid) });

  return (
    <div className="viewer-body">
      <canvas
        ref={canvas}
        tabIndex={0}
        className="viewer-canvas sketch-canvas"
        aria-label={t('reading.sketch.canvas')}
        onWheel={onWheel}
        onKeyDown={onKey}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        data-testid="sketch-canvas"
      />
      <div className="viewer-controls">
        <label>
          {t('viewer.image', { index: index + 1, count: list.length })}
          <input type="range" min={1} max={list.length} value={index + 1} onChange={(e) => setIndex(Number(e.target.value) - 1)} data-testid="sketch-slider" />
        </label>
        <p className="muted">{t('reading.sketch.help')}</p>
        <p data-testid="sketch-contours-here" data-count={onImage.length}>{t('reading.sketch.here', { count: onImage.length })}</p>
        {!readOnly && onImage.length > 0 && <button type="button" className="secondary small" onClick={removeHere} data-testid="sketch-remove">{t('reading.sketch.remove')}</button>}
        <Refusal error={error} />
      </div>
    </div>
  );
}
