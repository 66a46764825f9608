// The reading workstation's viewer (Cornerstone3D): one to four panes side by side, each showing a
// series as slices × phases; navigation, cine, window/level, zoom, pan, measurements and contours.
// Contours are drawn for the structure and phase the workstation has chosen and come out as the
// reading contract's annotations; the read's saved annotations are drawn back when it opens.
import './workstation.css';
import { useCallback, useEffect, useReducer, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestContour } from '../../../server/src/reading/volumetry/suggest.ts';
import type { Phase, ReadAnnotations, Structure } from './contract';
import { ANNOTATING_TOOLS, ViewerSession, type PaneState, type ToolKey } from './session';
import { VIEWER_KEYS } from './shortcuts';
import { defaultOrder } from './stack-order';

export interface ReadingViewerProps {
  projectId: string;
  studyInstanceUID: string;
  series: { seriesInstanceUID: string; description: string }[];
  annotations: ReadAnnotations;
  onAnnotationsChange(annotations: ReadAnnotations): void;
  activeStructure: Structure;
  activePhase: Phase;
  readOnly?: boolean;
}

type Layout = '1x1' | '1x2' | '2x2';
const PANES: Record<Layout, number> = { '1x1': 1, '1x2': 2, '2x2': 4 };
const NAVIGATION_TOOLS: ToolKey[] = ['windowLevel', 'pan', 'zoom'];
const DRAWING_TOOLS: ToolKey[] = ['length', 'probe', 'rectangle', 'ellipse', 'freehand', 'spline', 'suggest'];

export function ReadingViewer(props: ReadingViewerProps) {
  const { projectId, studyInstanceUID } = props;
  const [session, setSession] = useState<ViewerSession | null>(null);
  const [output, setOutput] = useState<ReadAnnotations>(props.annotations);
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const onChangeRef = useRef(props.onAnnotationsChange);
  onChangeRef.current = props.onAnnotationsChange;
  // Made in an effect (not during render) so that React's double mounting in development gets a
  // session of its own each time, destroyed with its mount.
  useEffect(() => {
    const created = new ViewerSession(projectId, studyInstanceUID, refresh, (annotations) => {
      setOutput(annotations);
      onChangeRef.current(annotations);
    });
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [projectId, studyInstanceUID]);
  if (!session) return null;
  return <ViewerBody {...props} session={session} output={output} />;
}

function ViewerBody(props: ReadingViewerProps & { session: ViewerSession; output: ReadAnnotations }) {
  const { t } = useTranslation();
  const { series, readOnly = false, session, output } = props;
  const [layout, setLayout] = useState<Layout>('1x1');
  const [active, setActive] = useState(0);
  const [assigned, setAssigned] = useState<string[]>(() => defaultOrder(series));
  const [notice, setNotice] = useState<'drawn' | 'none' | 'unsupported' | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    session.suggester = (pixels, rows, columns, seed, structure) => {
      try {
        return suggestContour(pixels, rows, columns, seed, structure);
      } catch {
        // A seed outside the image or an image too large for a suggestion: nothing is proposed.
        return null;
      }
    };
    session.onSuggestion = setNotice;
  }, [session]);
  useEffect(() => {
    session.locked = readOnly;
    if (readOnly && ANNOTATING_TOOLS.has(session.primaryTool)) session.setPrimaryTool('windowLevel');
    else if (!readOnly && session.primaryTool === 'windowLevel') session.setPrimaryTool('freehand');
  }, [session, readOnly]);
  useEffect(() => {
    session.target = { structure: props.activeStructure, phase: props.activePhase };
  }, [session, props.activeStructure, props.activePhase]);
  useEffect(() => {
    void session.hydrate(props.annotations);
  }, [session, props.annotations]);

  const count = PANES[layout];
  const paneId = (index: number) => `pane-${index}`;
  const act = useCallback(
    (action: string, layoutChoice?: Layout) => {
      const id = paneId(active);
      if (action === 'previousSlice') session.step(id, -1, 0);
      else if (action === 'nextSlice') session.step(id, 1, 0);
      else if (action === 'previousPhase') session.step(id, 0, -1);
      else if (action === 'nextPhase') session.step(id, 0, 1);
      else if (action === 'cine') session.toggleCine(id);
      else if (action === 'reset') session.reset(id);
      else if (action === 'layout' && layoutChoice) setLayout(layoutChoice);
      else if (action.startsWith('tool.')) {
        const tool = action.slice(5) as ToolKey;
        if (!readOnly || !ANNOTATING_TOOLS.has(tool)) session.setPrimaryTool(tool);
      }
    },
    [session, active, readOnly],
  );

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(event.target.tagName)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const shortcut = VIEWER_KEYS.find((k) => k.key === key);
    if (!shortcut) return;
    event.preventDefault();
    act(shortcut.action, shortcut.layout);
  };

  if (series.length === 0) return <p className="muted">{t('workstation.noSeries')}</p>;
  const activeState = session.paneState(paneId(active));
  const tools = readOnly ? NAVIGATION_TOOLS : [...NAVIGATION_TOOLS, ...DRAWING_TOOLS];

  return (
    <div
      className="rv-viewer"
      ref={wrapper}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={() => wrapper.current?.focus({ preventScroll: true })}
      data-testid="reading-viewer"
      data-render-mode={session.renderMode}
      data-tool={session.primaryTool}
    >
      <div className="rv-toolbar" role="toolbar" aria-label={t('workstation.tools.label')}>
        {tools.map((tool) => (
          <button key={tool} type="button" className="secondary small" aria-pressed={session.primaryTool === tool} onClick={() => act(`tool.${tool}`)} data-testid={`tool-${tool}`}>
            {t(`workstation.tools.${tool}`)}
          </button>
        ))}
        <span className="rv-group">
          <button type="button" className="secondary small" onClick={() => act('cine')} data-testid="cine-toggle" aria-pressed={activeState?.playing ?? false} disabled={(activeState?.phases ?? 0) < 2}>
            {activeState?.playing ? t('workstation.cine.pause') : t('workstation.cine.play')}
          </button>
          <label className="rv-fps">
            <input type="number" min={1} max={60} value={session.fps} onChange={(e) => session.setFps(Math.min(60, Math.max(1, Number(e.target.value) || 1)))} data-testid="cine-fps" />
            {t('workstation.cine.fps')}
          </label>
          <button type="button" className="secondary small" onClick={() => act('reset')} data-testid="view-reset">{t('workstation.reset')}</button>
          {!readOnly && (
            <button type="button" className="secondary small" onClick={() => session.clearImage(paneId(active))} data-testid="clear-image">{t('workstation.clearImage')}</button>
          )}
        </span>
        <span className="rv-group" role="radiogroup" aria-label={t('workstation.layout.label')}>
          {(Object.keys(PANES) as Layout[]).map((l) => (
            <button key={l} type="button" className="secondary small" aria-pressed={layout === l} onClick={() => setLayout(l)} data-testid={`layout-${l}`}>{t(`workstation.layout.${l}`)}</button>
          ))}
        </span>
        <span className="muted small">{t(`workstation.renderMode.${session.renderMode}`)}</span>
      </div>
      {!readOnly && (
        <p className="muted small rv-target" data-testid="viewer-target" data-structure={props.activeStructure} data-phase={props.activePhase}>
          {t('workstation.target', { structure: t(`workstation.structures.${props.activeStructure}`), phase: props.activePhase })}
          {session.primaryTool === 'suggest' && <> · {t('workstation.suggestion.hint')}</>}
          {notice && <> · <span data-testid="suggestion-notice" data-outcome={notice}>{t(`workstation.suggestion.${notice}`)}</span></>}
        </p>
      )}
      <div className={`rv-grid layout-${layout}`}>
        {Array.from({ length: count }, (_, index) => (
          <ViewportPane
            key={index}
            session={session}
            viewportId={paneId(index)}
            seriesInstanceUID={assigned[index % assigned.length]!}
            series={series}
            active={index === active}
            onActivate={() => setActive(index)}
            onSeries={(uid) => setAssigned((list) => { const next = [...list]; next[index] = uid; return next; })}
          />
        ))}
      </div>
      <output hidden data-testid="viewer-annotations" data-contours={output.contours.length} data-measurements={output.measurements.length}>
        {JSON.stringify(output)}
      </output>
    </div>
  );
}

interface PaneProps {
  session: ViewerSession;
  viewportId: string;
  seriesInstanceUID: string;
  series: ReadingViewerProps['series'];
  active: boolean;
  onActivate(): void;
  onSeries(uid: string): void;
}

function ViewportPane({ session, viewportId, seriesInstanceUID, series, active, onActivate, onSeries }: PaneProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = element.current!;
    session.attach(viewportId, el);
    const observer = new ResizeObserver(() => session.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      session.detach(viewportId);
    };
  }, [session, viewportId]);
  useEffect(() => {
    void session.show(viewportId, seriesInstanceUID);
  }, [session, viewportId, seriesInstanceUID]);
  const state: PaneState | null = session.paneState(viewportId);
  const window = state && state.images > 0 ? session.windowOf(viewportId) : null;
  return (
    <section className={`rv-pane${active ? ' active' : ''}`} onPointerDown={onActivate} data-testid="viewer-pane" data-active={active}>
      <header className="rv-pane-bar">
        <label>
          <span className="rv-hidden">{t('workstation.series')}</span>
          <select value={seriesInstanceUID} onChange={(e) => onSeries(e.target.value)} data-testid="pane-series">
            {series.map((s) => <option key={s.seriesInstanceUID} value={s.seriesInstanceUID}>{s.description || s.seriesInstanceUID}</option>)}
          </select>
        </label>
        {state && state.slices > 0 && (
          <span className="small" data-testid="pane-position" data-slice={state.slice} data-phase={state.phase} data-slices={state.slices} data-phases={state.phases} data-playing={state.playing} data-sop={state.sopInstanceUID ?? ''} data-rows={state.rows} data-columns={state.columns}>
            {t('workstation.position', { slice: state.slice + 1, slices: state.slices, phase: state.phase + 1, phases: state.phases })}
          </span>
        )}
        {state && state.images > 0 && (
          <span className="small muted" data-testid="pane-loaded" data-loaded={state.loaded} data-images={state.images}>
            {t('workstation.loaded', { loaded: state.loaded, images: state.images })}
          </span>
        )}
        {window && (
          <span className="small muted" data-testid="pane-window" data-center={Math.round(window.center)} data-width={Math.round(window.width)}>
            {t('workstation.window', { center: Math.round(window.center), width: Math.round(window.width) })}
          </span>
        )}
      </header>
      {state?.error && <p className="refusal">{t('workstation.failed', { reason: state.error })}</p>}
      <div className="rv-canvas" ref={element} data-testid="viewer-canvas" />
    </section>
  );
}
