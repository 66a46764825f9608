// The shapes volumetry reads and returns (reading-spec: annotations and volumetry). Pure: the browser
// workstation imports them too.

export type ContourStructure = 'lv-endocardium' | 'lv-epicardium' | 'rv-endocardium';
export type CardiacPhase = 'ED' | 'ES';
export const CONTOUR_STRUCTURES: readonly ContourStructure[] = ['lv-endocardium', 'lv-epicardium', 'rv-endocardium'];
export const CARDIAC_PHASES: readonly CardiacPhase[] = ['ED', 'ES'];

export interface Contour {
  id: string;
  structure: ContourStructure;
  phase: CardiacPhase;
  seriesInstanceUID: string;
  sopInstanceUID: string;
  /** 1-based. */
  frameNumber: number;
  /** Closed polygon, (column, row) in image pixels; (0, 0) is the centre of the top-left pixel. */
  points: [number, number][];
  tool: 'freehand' | 'spline' | 'suggested';
}

export interface SliceGeometry {
  sopInstanceUID: string;
  imagePositionPatient: [number, number, number];
  imageOrientationPatient: [number, number, number, number, number, number];
  /** [row spacing, column spacing] in mm, as DICOM PixelSpacing. */
  pixelSpacing: [number, number];
  sliceThickness?: number;
  spacingBetweenSlices?: number;
  rows: number;
  columns: number;
}

export interface VolumetrySlice {
  sopInstanceUID: string;
  phase: CardiacPhase;
  structure: ContourStructure;
  areaMm2: number;
  thicknessMm: number;
}

export interface VolumetryResult {
  lvEdvMl?: number;
  lvEsvMl?: number;
  lvSvMl?: number;
  lvEfPercent?: number;
  lvMassG?: number;
  rvEdvMl?: number;
  rvEsvMl?: number;
  rvSvMl?: number;
  rvEfPercent?: number;
  method: 'summation-of-discs';
  myocardialDensityGPerMl: 1.05;
  slices: VolumetrySlice[];
  warnings: string[];
}
