// One viewer's Cornerstone state, outside React: its rendering engine and tool group, the stack shown
// in each pane (slices × phases), navigation and cine, the prefetch of whole stacks, and the reader's
// annotations kept as the contract's contours and measurements.
import { cache, Enums, eventTarget, imageLoader, RenderingEngine, type Types } from '@cornerstonejs/core';
import {
  EllipticalROITool,
  Enums as ToolEnums,
  LengthTool,
  PanTool,
  PlanarFreehandROITool,
  ProbeTool,
  RectangleROITool,
  SplineROITool,
  ToolGroupManager,
  WindowLevelTool,
  ZoomTool,
  annotation as annotationState,
  type Types as ToolTypes,
} from '@cornerstonejs/tools';
import { addContourAnnotation, addMeasurementAnnotation, CONTOUR_TOOLS, contourOf, measurementOf, type ContourTarget } from './annotations';
import { startCornerstone, TOOLS, type RenderMode } from './cornerstone';
import type { Contour, Measurement, Phase, ReadAnnotations, Structure } from './contract';
import { planeOf, worldToPixel } from './geometry';
import { instanceOf, provideBulkPixels, registerInstance } from './image-loader';
import { boundaryOf, multipartParts } from '../viewer/multipart';
import { readPart10Pixels } from './part10';
import { seriesMetadata } from './metadata-cache';
import { firstSlice } from './stack-order';
import { arrangeStack, parseInstance, type WorkstationInstance } from './instances';

export type ToolKey = 'windowLevel' | 'pan' | 'zoom' | 'length' | 'probe' | 'rectangle' | 'ellipse' | 'freehand' | 'spline' | 'suggest';
export const TOOL_NAMES: Record<Exclude<ToolKey, 'suggest'>, string> = {
  windowLevel: WindowLevelTool.toolName,
  pan: PanTool.toolName,
  zoom: ZoomTool.toolName,
  length: LengthTool.toolName,
  probe: ProbeTool.toolName,
  rectangle: RectangleROITool.toolName,
  ellipse: EllipticalROITool.toolName,
  freehand: PlanarFreehandROITool.toolName,
  spline: SplineROITool.toolName,
};
export const ANNOTATING_TOOLS: ReadonlySet<ToolKey> = new Set(['length', 'probe', 'rectangle', 'ellipse', 'freehand', 'spline', 'suggest']);

interface SeriesStack {
  /** Slice-major image ids: slice s, phase p is at offsets[s] + p. */
  imageIds: string[];
  offsets: number[];
  phasesPerSlice: number[];
}

export interface PaneState {
  seriesInstanceUID: string | null;
  slices: number;
  phases: number;
  slice: number;
  phase: number;
  playing: boolean;
  loaded: number;
  images: number;
  error: string | null;
  /** The instance shown. */
  sopInstanceUID: string | null;
  rows: number;
  columns: number;
}

interface Pane {
  element: HTMLDivElement;
  stack: SeriesStack | null;
  state: PaneState;
  timer: number | null;
  cleanup: () => void;
}

/** What the page measures, on window for the benchmark and the browser tests. */
export interface ViewerTimings {
  renderMode: RenderMode;
  /** When the viewer's code (Cornerstone's chunk) started running. */
  startedMs: number;
  firstImageMs: number | null;
  stacks: { seriesInstanceUID: string; images: number; loadedMs: number | null }[];
}
declare global {
  interface Window {
    corelabViewer?: ViewerTimings;
  }
}

let sessions = 0;

function shown(stack: SeriesStack, slice: number, phase: number): Pick<PaneState, 'sopInstanceUID' | 'rows' | 'columns'> {
  const instance = instanceOf(stack.imageIds[stack.offsets[slice]! + phase]!);
  return { sopInstanceUID: instance?.sopInstanceUID ?? null, rows: instance?.format.rows ?? 0, columns: instance?.format.columns ?? 0 };
}

export class ViewerSession {
  readonly renderMode: RenderMode;
  private readonly engine: RenderingEngine;
  private readonly group: ToolTypes.IToolGroup;
  private readonly panes = new Map<string, Pane>();
  private readonly stacks = new Map<string, Promise<SeriesStack>>();
  private readonly owned = new Map<string, ContourTarget | null>();
  private passthrough: ReadAnnotations = { contours: [], measurements: [] };
  /** Saved contours and measurements drawn back and not changed since: given back exactly as saved. */
  private readonly originals = new Map<string, Contour | Measurement>();
  private lastEmitted = '';
  private primary: ToolKey = 'windowLevel';
  private snapshotTimer: number | null = null;
  private readonly offEvents: () => void;
  target: { structure: Structure; phase: Phase } = { structure: 'lv-endocardium', phase: 'ED' };
  fps = 20;
  locked = false;

  constructor(
    private readonly projectId: string,
    private readonly study: string,
    private readonly onChange: () => void,
    private readonly onAnnotations: (annotations: ReadAnnotations) => void,
  ) {
    this.renderMode = startCornerstone();
    const id = `corelab-viewer-${++sessions}`;
    this.engine = new RenderingEngine(`${id}-engine`);
    this.group = ToolGroupManager.createToolGroup(`${id}-tools`)!;
    for (const tool of TOOLS) this.group.addTool(tool.toolName);
    this.group.setToolActive(PanTool.toolName, { bindings: [{ mouseButton: ToolEnums.MouseBindings.Auxiliary }] });
    this.group.setToolActive(ZoomTool.toolName, { bindings: [{ mouseButton: ToolEnums.MouseBindings.Secondary }] });
    this.setPrimaryTool('windowLevel');
    window.corelabViewer = { renderMode: this.renderMode, startedMs: performance.now(), firstImageMs: null, stacks: [] };
    this.offEvents = this.listenToAnnotations();
  }

  private destroyed = false;

  destroy(): void {
    this.destroyed = true;
    this.offEvents();
    if (this.snapshotTimer !== null) window.clearTimeout(this.snapshotTimer);
    for (const id of [...this.panes.keys()]) this.detach(id);
    for (const uid of this.owned.keys()) annotationState.state.removeAnnotation(uid);
    ToolGroupManager.destroyToolGroup(this.group.id);
    this.engine.destroy();
  }

  // Panes -------------------------------------------------------------------------------------------

  attach(viewportId: string, element: HTMLDivElement): void {
    this.engine.enableElement({ viewportId, type: Enums.ViewportType.STACK, element, defaultOptions: { background: [0, 0, 0] } });
    this.group.addViewport(viewportId, this.engine.id);
    const onRendered = () => {
      const timings = window.corelabViewer;
      if (timings && timings.firstImageMs === null) timings.firstImageMs = performance.now();
      element.dataset.rendered = String(Number(element.dataset.rendered ?? 0) + 1);
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      this.step(viewportId, Math.sign(event.deltaY), 0);
    };
    // The window shown in the pane's bar follows the window/level tool.
    const onVoi = () => this.onChange();
    const onContextMenu = (event: Event) => event.preventDefault();
    const onClick = (event: MouseEvent) => this.suggestAt(viewportId, event);
    element.addEventListener(Enums.Events.IMAGE_RENDERED, onRendered);
    element.addEventListener(Enums.Events.VOI_MODIFIED, onVoi);
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('contextmenu', onContextMenu);
    element.addEventListener('click', onClick);
    this.panes.set(viewportId, {
      element,
      stack: null,
      timer: null,
      state: { seriesInstanceUID: null, slices: 0, phases: 0, slice: 0, phase: 0, playing: false, loaded: 0, images: 0, error: null, sopInstanceUID: null, rows: 0, columns: 0 },
      cleanup: () => {
        element.removeEventListener(Enums.Events.IMAGE_RENDERED, onRendered);
        element.removeEventListener(Enums.Events.VOI_MODIFIED, onVoi);
        element.removeEventListener('wheel', onWheel);
        element.removeEventListener('contextmenu', onContextMenu);
        element.removeEventListener('click', onClick);
      },
    });
  }

  detach(viewportId: string): void {
    const pane = this.panes.get(viewportId);
    if (!pane) return;
    if (pane.timer !== null) window.clearInterval(pane.timer);
    pane.cleanup();
    this.group.removeViewports(this.engine.id, viewportId);
    this.engine.disableElement(viewportId);
    this.panes.delete(viewportId);
  }

  paneState(viewportId: string): PaneState | null {
    return this.panes.get(viewportId)?.state ?? null;
  }

  resize(): void {
    this.engine.resize(true, true);
  }

  private viewport(viewportId: string): Types.IStackViewport | null {
    return (this.engine.getViewport(viewportId) as Types.IStackViewport | undefined) ?? null;
  }

  private update(pane: Pane, change: Partial<PaneState>): void {
    pane.state = { ...pane.state, ...change };
    this.onChange();
  }

  /** Shows a series in a pane: the middle slice, first phase; then the whole stack is fetched. */
  async show(viewportId: string, seriesInstanceUID: string): Promise<void> {
    const pane = this.panes.get(viewportId);
    const viewport = this.viewport(viewportId);
    if (!pane || !viewport) return;
    this.stopCine(viewportId);
    this.update(pane, { seriesInstanceUID, error: null, loaded: 0, images: 0 });
    try {
      const stack = await this.stackOf(seriesInstanceUID);
      if (!this.panes.has(viewportId) || pane.state.seriesInstanceUID !== seriesInstanceUID) return;
      pane.stack = stack;
      const slice = firstSlice(stack.offsets.length);
      this.update(pane, { slices: stack.offsets.length, phases: Math.max(...stack.phasesPerSlice), slice, phase: 0, images: stack.imageIds.length, ...shown(stack, slice, 0) });
      await viewport.setStack(stack.imageIds, stack.offsets[slice] ?? 0);
      viewport.render();
      void this.prefetch(pane, seriesInstanceUID, stack);
    } catch (error) {
      this.update(pane, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  private stackOf(seriesInstanceUID: string): Promise<SeriesStack> {
    let stack = this.stacks.get(seriesInstanceUID);
    if (!stack) {
      stack = this.fetchStack(seriesInstanceUID);
      this.stacks.set(seriesInstanceUID, stack);
      stack.catch(() => this.stacks.delete(seriesInstanceUID));
    }
    return stack;
  }

  private async fetchStack(seriesInstanceUID: string): Promise<SeriesStack> {
    const items = await seriesMetadata(this.projectId, this.study, seriesInstanceUID);
    const instances = items.map(parseInstance).filter((i) => i.format.rows > 0 && i.format.columns > 0);
    if (instances.length === 0) throw new Error('no image in this series');
    const { slices } = arrangeStack(instances);
    const imageIds: string[] = [];
    const offsets: number[] = [];
    for (const slice of slices) {
      offsets.push(imageIds.length);
      for (const instance of slice) imageIds.push(registerInstance(this.projectId, this.study, instance));
    }
    return { imageIds, offsets, phasesPerSlice: slices.map((s) => s.length) };
  }

  /**
   * Every frame of the stack into Cornerstone's cache: the whole series in one WADO-RS retrieve (one
   * request instead of one per frame: the server's cost is per request), its files' pixel data handed
   * to the loader; frames it could not give (a compressed file, a failed retrieve) are then asked one
   * by one, six at a time, from the one shown onwards.
   */
  private async prefetch(pane: Pane, seriesInstanceUID: string, stack: SeriesStack): Promise<void> {
    const timings = window.corelabViewer;
    const entry = { seriesInstanceUID, images: stack.imageIds.length, loadedMs: null as number | null };
    timings?.stacks.push(entry);
    const current = () => pane.state.seriesInstanceUID === seriesInstanceUID;
    const bySop = new Map(stack.imageIds.map((id) => [instanceOf(id)!.sopInstanceUID, id]));
    await this.retrieveSeries(seriesInstanceUID, bySop).catch(() => undefined);
    const start = stack.offsets[pane.state.slice] ?? 0;
    const order = [...stack.imageIds.slice(start), ...stack.imageIds.slice(0, start)];
    let next = 0;
    let loaded = 0;
    const worker = async () => {
      while (next < order.length && current()) {
        const imageId = order[next++]!;
        await imageLoader.loadAndCacheImage(imageId, { priority: 0, requestType: Enums.RequestType.Prefetch });
        loaded += 1;
        if (loaded % 25 === 0 || loaded === order.length) this.update(pane, { loaded });
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    if (loaded === order.length && order.every((id) => cache.getImage(id))) entry.loadedMs = performance.now();
  }

  private async retrieveSeries(seriesInstanceUID: string, bySop: Map<string, string>): Promise<void> {
    const e = encodeURIComponent;
    const url = `/dicomweb/projects/${e(this.projectId)}/studies/${e(this.study)}/series/${e(seriesInstanceUID)}`;
    const response = await fetch(url, { headers: { accept: 'multipart/related; type="application/dicom"' }, credentials: 'same-origin' });
    if (!response.ok) return;
    const parts = multipartParts(new Uint8Array(await response.arrayBuffer()), boundaryOf(response.headers.get('content-type') ?? ''));
    for (const part of parts) {
      const found = readPart10Pixels(part);
      const imageId = found && bySop.get(found.sopInstanceUID);
      if (found && imageId && !cache.getImage(imageId)) provideBulkPixels(imageId, found.pixelData);
    }
  }

  // Navigation and cine -----------------------------------------------------------------------------

  /** Moves by slices (up/down) and phases (left/right); phases wrap, slices stop at the ends. */
  step(viewportId: string, slices: number, phases: number): void {
    const pane = this.panes.get(viewportId);
    if (!pane?.stack) return;
    const { stack } = pane;
    const slice = Math.min(stack.offsets.length - 1, Math.max(0, pane.state.slice + slices));
    const count = stack.phasesPerSlice[slice]!;
    const phase = (((pane.state.phase + phases) % count) + count) % count;
    this.update(pane, { slice, phase, ...shown(stack, slice, phase) });
    void this.viewport(viewportId)?.setImageIdIndex(stack.offsets[slice]! + phase);
  }

  toggleCine(viewportId: string): void {
    const pane = this.panes.get(viewportId);
    if (!pane) return;
    if (pane.timer !== null) this.stopCine(viewportId);
    else this.startCine(viewportId);
  }

  private startCine(viewportId: string): void {
    const pane = this.panes.get(viewportId);
    if (!pane?.stack || pane.state.phases < 2) return;
    pane.timer = window.setInterval(() => this.step(viewportId, 0, 1), 1000 / this.fps);
    this.update(pane, { playing: true });
  }

  stopCine(viewportId: string): void {
    const pane = this.panes.get(viewportId);
    if (!pane || pane.timer === null) return;
    window.clearInterval(pane.timer);
    pane.timer = null;
    this.update(pane, { playing: false });
  }

  setFps(fps: number): void {
    this.fps = fps;
    for (const [id, pane] of this.panes) {
      if (pane.timer !== null) {
        this.stopCine(id);
        this.startCine(id);
      }
    }
  }

  reset(viewportId: string): void {
    const viewport = this.viewport(viewportId);
    if (!viewport) return;
    viewport.resetProperties();
    viewport.resetCamera();
    viewport.render();
  }

  /** The window (centre, width) of the pane's image as shown. */
  windowOf(viewportId: string): { center: number; width: number } | null {
    const range = this.viewport(viewportId)?.getProperties().voiRange;
    return range ? { center: (range.upper + range.lower) / 2, width: range.upper - range.lower } : null;
  }

  // Tools -------------------------------------------------------------------------------------------

  setPrimaryTool(key: ToolKey): void {
    const previous = this.primary;
    if (previous !== 'suggest') this.group.setToolPassive(TOOL_NAMES[previous]);
    // Pan and zoom keep their own buttons; the annotation tools stay passive so their drawings can be edited.
    if (key !== 'suggest') this.group.setToolActive(TOOL_NAMES[key], { bindings: [{ mouseButton: ToolEnums.MouseBindings.Primary }] });
    this.primary = key;
    this.onChange();
  }

  get primaryTool(): ToolKey {
    return this.primary;
  }

  // Annotations -------------------------------------------------------------------------------------

  private listenToAnnotations(): () => void {
    const mine = (detail: { viewportId?: string }) => detail.viewportId !== undefined && this.panes.has(detail.viewportId);
    const onAdded = (event: Event) => {
      const detail = (event as CustomEvent<{ annotation: ToolTypes.Annotation; viewportId?: string }>).detail;
      const uid = detail.annotation.annotationUID;
      if (!uid || this.owned.has(uid) || !mine(detail) || this.locked) return;
      const toolName = detail.annotation.metadata?.toolName ?? '';
      if (!Object.values(TOOL_NAMES).includes(toolName)) return;
      this.owned.set(uid, CONTOUR_TOOLS.has(toolName) ? { ...this.target, tool: toolName === SplineROITool.toolName ? 'spline' : 'freehand' } : null);
    };
    const onChanged = (event: Event) => {
      const detail = (event as CustomEvent<{ annotation?: ToolTypes.Annotation; changeType?: string }>).detail;
      const uid = detail.annotation?.annotationUID;
      if (!uid || !this.owned.has(uid)) return;
      // Statistics computed at drawing time are no change by the reader.
      if (event.type === ToolEnums.Events.ANNOTATION_MODIFIED && detail.changeType === ToolEnums.ChangeTypes.StatsUpdated && this.originals.has(uid)) return;
      this.originals.delete(uid);
      this.scheduleSnapshot();
    };
    const onRemoved = (event: Event) => {
      const uid = (event as CustomEvent<{ annotation: ToolTypes.Annotation }>).detail.annotation?.annotationUID;
      this.originals.delete(uid ?? '');
      if (uid && this.owned.delete(uid)) this.scheduleSnapshot();
    };
    const E = ToolEnums.Events;
    eventTarget.addEventListener(E.ANNOTATION_ADDED, onAdded);
    for (const type of [E.ANNOTATION_COMPLETED, E.ANNOTATION_MODIFIED]) eventTarget.addEventListener(type, onChanged);
    eventTarget.addEventListener(E.ANNOTATION_REMOVED, onRemoved);
    return () => {
      eventTarget.removeEventListener(E.ANNOTATION_ADDED, onAdded);
      for (const type of [E.ANNOTATION_COMPLETED, E.ANNOTATION_MODIFIED]) eventTarget.removeEventListener(type, onChanged);
      eventTarget.removeEventListener(E.ANNOTATION_REMOVED, onRemoved);
    };
  }

  /** Statistics are computed at the next render, so the snapshot waits a little. */
  private scheduleSnapshot(): void {
    if (this.snapshotTimer !== null) window.clearTimeout(this.snapshotTimer);
    this.snapshotTimer = window.setTimeout(() => {
      this.snapshotTimer = null;
      const annotations = this.snapshot();
      const json = JSON.stringify(annotations);
      if (json === this.lastEmitted) return;
      this.lastEmitted = json;
      this.onAnnotations(annotations);
    }, 150);
  }

  snapshot(): ReadAnnotations {
    const result: ReadAnnotations = { contours: [...this.passthrough.contours], measurements: [...this.passthrough.measurements] };
    for (const [uid, target] of this.owned) {
      const original = this.originals.get(uid);
      if (original) {
        if ('structure' in original) result.contours.push(original);
        else result.measurements.push(original);
        continue;
      }
      const annotation = annotationState.state.getAnnotation(uid);
      const instance = annotation && instanceOf(annotation.metadata?.referencedImageId ?? '');
      if (!annotation || !instance) continue;
      if (target) {
        const contour = contourOf(annotation, { instance }, target);
        if (contour) result.contours.push(contour);
      } else {
        const image = cache.getImage(annotation.metadata?.referencedImageId ?? '');
        const measurement = measurementOf(annotation, { instance, pixels: image?.getPixelData() });
        if (measurement) result.measurements.push(measurement);
      }
    }
    return result;
  }

  /** Draws the read's saved contours and measurements not drawn yet; those of unknown images are kept as they are. */
  async hydrate(annotations: ReadAnnotations): Promise<void> {
    const known = (id: string) => this.owned.has(id) || this.passthrough.contours.some((c) => c.id === id) || this.passthrough.measurements.some((m) => m.id === id);
    const contours = annotations.contours.filter((c) => !known(c.id));
    const measurements = annotations.measurements.filter((m) => !known(m.id));
    if (contours.length === 0 && measurements.length === 0) return;
    const bySop = new Map<string, { imageId: string; instance: WorkstationInstance }>();
    const series = new Set([...contours, ...measurements].map((a) => a.seriesInstanceUID));
    for (const uid of series) {
      const stack = await this.stackOf(uid).catch(() => null);
      if (this.destroyed) return;
      for (const imageId of stack?.imageIds ?? []) {
        const instance = instanceOf(imageId)!;
        bySop.set(instance.sopInstanceUID, { imageId, instance });
      }
    }
    for (const contour of contours) {
      const place = bySop.get(contour.sopInstanceUID);
      if (known(contour.id)) continue;
      if (!place) {
        this.passthrough.contours.push(contour);
        continue;
      }
      this.owned.set(contour.id, { structure: contour.structure, phase: contour.phase, tool: contour.tool });
      this.originals.set(contour.id, contour);
      addContourAnnotation(contour, place.imageId, place.instance, this.locked);
    }
    for (const measurement of measurements) {
      const place = bySop.get(measurement.sopInstanceUID);
      if (known(measurement.id)) continue;
      if (!place) {
        this.passthrough.measurements.push(measurement);
        continue;
      }
      this.owned.set(measurement.id, null);
      this.originals.set(measurement.id, measurement);
      addMeasurementAnnotation(measurement, place.imageId, place.instance, this.locked);
    }
    this.lastEmitted = JSON.stringify(this.snapshot());
    this.engine.render();
  }

  /** Removes the contours and measurements of the image shown in the pane. */
  clearImage(viewportId: string): void {
    const imageId = this.viewport(viewportId)?.getCurrentImageId();
    if (!imageId) return;
    for (const uid of [...this.owned.keys()]) {
      if (annotationState.state.getAnnotation(uid)?.metadata?.referencedImageId === imageId) {
        this.owned.delete(uid);
        annotationState.state.removeAnnotation(uid);
      }
    }
    this.viewport(viewportId)?.render();
    this.scheduleSnapshot();
  }

  // Suggested contour -------------------------------------------------------------------------------

  suggester: ((pixels: Int16Array | Uint16Array | Uint8Array, rows: number, columns: number, seed: [number, number], structure: 'lv-endocardium' | 'lv-epicardium') => [number, number][] | null) | null = null;
  onSuggestion: (outcome: 'drawn' | 'none' | 'unsupported') => void = () => undefined;

  private suggestAt(viewportId: string, event: MouseEvent): void {
    if (this.primary !== 'suggest' || this.locked || !this.suggester) return;
    const viewport = this.viewport(viewportId);
    const imageId = viewport?.getCurrentImageId();
    const instance = imageId ? instanceOf(imageId) : undefined;
    const image = imageId ? cache.getImage(imageId) : undefined;
    if (!viewport || !imageId || !instance || !image) return;
    const { structure } = this.target;
    if (structure === 'rv-endocardium') {
      this.onSuggestion('unsupported');
      return;
    }
    const rect = viewport.canvas.getBoundingClientRect();
    const world = viewport.canvasToWorld([event.clientX - rect.left, event.clientY - rect.top]);
    const seed = worldToPixel(planeOf(instance), world);
    const pixels = image.getPixelData() as Int16Array | Uint16Array | Uint8Array;
    const points = this.suggester(pixels, image.rows, image.columns, seed, structure);
    if (!points) {
      this.onSuggestion('none');
      return;
    }
    const contour: Contour = {
      id: `suggested-${crypto.randomUUID()}`,
      structure,
      phase: this.target.phase,
      seriesInstanceUID: instance.seriesInstanceUID,
      sopInstanceUID: instance.sopInstanceUID,
      frameNumber: 1,
      points,
      tool: 'suggested',
    };
    this.owned.set(contour.id, { structure, phase: contour.phase, tool: 'suggested' });
    addContourAnnotation(contour, imageId, instance, false);
    viewport.render();
    this.onSuggestion('drawn');
    this.scheduleSnapshot();
  }
}
