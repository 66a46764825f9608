// Cornerstone's annotations to and from the contract's contours and measurements. A drawn annotation
// keeps Cornerstone's uid as its id; the structure and phase it was drawn for are kept beside it.
import { annotation as annotationState, EllipticalROITool, LengthTool, PlanarFreehandROITool, ProbeTool, RectangleROITool, SplineROITool, type Types as ToolTypes } from '@cornerstonejs/tools';
import type { Contour, Measurement, Phase, Point, Structure } from './contract';
import { MAX_CONTOUR_POINTS } from './contract';
import { pixelToWorld, planeOf, worldToPixel } from './geometry';
import type { WorkstationInstance } from './instances';

export type Annotation = ToolTypes.Annotation;
export type ContourTool = Contour['tool'];
export interface ContourTarget {
  structure: Structure;
  phase: Phase;
  tool: ContourTool;
}

export const CONTOUR_TOOLS: ReadonlySet<string> = new Set([PlanarFreehandROITool.toolName, SplineROITool.toolName]);
const MEASUREMENT_KIND: Record<string, { kind: Measurement['kind']; label?: string }> = {
  [LengthTool.toolName]: { kind: 'length' },
  [ProbeTool.toolName]: { kind: 'probe' },
  [RectangleROITool.toolName]: { kind: 'roi', label: 'rectangle' },
  [EllipticalROITool.toolName]: { kind: 'roi', label: 'ellipse' },
};
const TOOL_OF_ROI: Record<string, string> = { rectangle: RectangleROITool.toolName, ellipse: EllipticalROITool.toolName };

const round = (value: number): number => Math.round(value * 100) / 100;

/** Consecutive duplicates and the closing repeat dropped, and at most MAX_CONTOUR_POINTS kept, evenly. */
export function tidyPolygon(points: readonly Point[]): Point[] {
  const distinct: Point[] = [];
  for (const p of points) {
    const last = distinct[distinct.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) distinct.push(p);
  }
  const first = distinct[0];
  const last = distinct[distinct.length - 1];
  if (distinct.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) distinct.pop();
  if (distinct.length <= MAX_CONTOUR_POINTS) return distinct;
  const step = distinct.length / MAX_CONTOUR_POINTS;
  return Array.from({ length: MAX_CONTOUR_POINTS }, (_, i) => distinct[Math.floor(i * step)]!);
}

interface Placement {
  instance: WorkstationInstance;
  /** The stored pixel values of the image, once loaded. */
  pixels?: ArrayLike<number>;
}

/** The contract's contour for a drawn contour annotation, or null while it has no polygon. */
export function contourOf(annotation: Annotation, placement: Placement, target: ContourTarget): Contour | null {
  const polyline = (annotation.data as { contour?: { polyline?: number[][] } }).contour?.polyline ?? [];
  const plane = planeOf(placement.instance);
  const points = tidyPolygon(polyline.map((w) => worldToPixel(plane, w)).map(([c, r]) => [round(c), round(r)] as Point));
  if (points.length < 3) return null;
  return {
    id: annotation.annotationUID!,
    structure: target.structure,
    phase: target.phase,
    seriesInstanceUID: placement.instance.seriesInstanceUID,
    sopInstanceUID: placement.instance.sopInstanceUID,
    frameNumber: 1,
    points,
    tool: target.tool,
  };
}

/** The contract's measurement for a measurement annotation, or null until its value is computed. */
export function measurementOf(annotation: Annotation, placement: Placement): Measurement | null {
  const toolName = annotation.metadata?.toolName ?? '';
  const kind = MEASUREMENT_KIND[toolName];
  if (!kind) return null;
  const plane = planeOf(placement.instance);
  const handles = (annotation.data.handles?.points ?? []) as number[][];
  const stats = Object.values((annotation.data.cachedStats ?? {}) as Record<string, Record<string, unknown>>)[0];
  let value: unknown;
  let unit: unknown;
  if (kind.kind === 'probe') {
    // Read here rather than from Cornerstone's probe statistics, which look for the pixel in a
    // stack-wide volume our single-image voxel managers do not have.
    [value, unit] = probeValue(placement, handles[0] ? worldToPixel(plane, handles[0]) : null);
  } else if (stats) {
    value = kind.kind === 'length' ? stats.length : stats.mean;
    unit = kind.kind === 'length' ? stats.unit : stats.modalityUnit;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return {
    id: annotation.annotationUID!,
    kind: kind.kind,
    seriesInstanceUID: placement.instance.seriesInstanceUID,
    sopInstanceUID: placement.instance.sopInstanceUID,
    frameNumber: 1,
    points: handles.map((w) => worldToPixel(plane, w)).map(([c, r]) => [round(c), round(r)] as Point),
    value: round(value),
    unit: typeof unit === 'string' && unit !== '' ? unit : 'raw',
    ...(kind.label !== undefined && { label: kind.label }),
  };
}

/** The modality value (rescaled) of the pixel under a probe, and its unit. */
function probeValue(placement: Placement, at: [number, number] | null): [number | undefined, string] {
  const { instance, pixels } = placement;
  const unit = instance.modality === 'CT' ? 'HU' : 'raw';
  if (!pixels || !at) return [undefined, unit];
  const column = Math.round(at[0]);
  const row = Math.round(at[1]);
  if (column < 0 || row < 0 || column >= instance.format.columns || row >= instance.format.rows) return [undefined, unit];
  const stored = pixels[row * instance.format.columns + column]!;
  return [stored * instance.format.rescaleSlope + instance.format.rescaleIntercept, unit];
}

function baseAnnotation(id: string, toolName: string, imageId: string, instance: WorkstationInstance, locked: boolean): Annotation {
  return {
    annotationUID: id,
    highlighted: false,
    invalidated: true,
    isLocked: locked,
    isVisible: true,
    autoGenerated: false,
    metadata: { toolName, referencedImageId: imageId, FrameOfReferenceUID: instance.frameOfReferenceUID ?? '' },
    data: { handles: { points: [], activeHandleIndex: null, textBox: { hasMoved: false } }, label: '', cachedStats: {} },
  } as unknown as Annotation;
}

/** Draws a saved contour back as a freehand contour on its image (the group is its frame of reference). */
export function addContourAnnotation(contour: Contour, imageId: string, instance: WorkstationInstance, locked: boolean): void {
  const plane = planeOf(instance);
  const annotation = baseAnnotation(contour.id, PlanarFreehandROITool.toolName, imageId, instance, locked);
  Object.assign(annotation.data, { contour: { polyline: contour.points.map((p) => pixelToWorld(plane, p)), closed: true } });
  Object.assign(annotation, { interpolationUID: '' });
  annotationState.state.addAnnotation(annotation, instance.frameOfReferenceUID ?? '');
}

/** Draws a saved measurement back with the tool that made it. */
export function addMeasurementAnnotation(measurement: Measurement, imageId: string, instance: WorkstationInstance, locked: boolean): void {
  const toolName = measurement.kind === 'length' ? LengthTool.toolName : measurement.kind === 'probe' ? ProbeTool.toolName : TOOL_OF_ROI[measurement.label ?? ''];
  if (!toolName) return;
  const plane = planeOf(instance);
  const annotation = baseAnnotation(measurement.id, toolName, imageId, instance, locked);
  annotation.data.handles!.points = measurement.points.map((p) => pixelToWorld(plane, p)) as ToolTypes.Annotation['data']['handles'] extends { points?: infer P } ? P : never;
  annotationState.state.addAnnotation(annotation, instance.frameOfReferenceUID ?? '');
}
