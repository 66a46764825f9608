// The annotations of a read as the reading contract (reading-spec.md) fixes them: contours by structure
// and phase, measurements, in image pixel coordinates.
export type Structure = 'lv-endocardium' | 'lv-epicardium' | 'rv-endocardium';
export type Phase = 'ED' | 'ES';
export type Point = [number, number];

export interface Contour {
  id: string;
  structure: Structure;
  phase: Phase;
  seriesInstanceUID: string;
  sopInstanceUID: string;
  frameNumber: number;
  points: Point[];
  tool: 'freehand' | 'spline' | 'suggested';
}

export interface Measurement {
  id: string;
  kind: 'length' | 'probe' | 'roi';
  seriesInstanceUID: string;
  sopInstanceUID: string;
  frameNumber: number;
  points: Point[];
  value: number;
  unit: string;
  label?: string;
}

export interface ReadAnnotations {
  contours: Contour[];
  measurements: Measurement[];
}

export const MAX_CONTOUR_POINTS = 4096;
