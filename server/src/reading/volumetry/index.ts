// Cardiac MR volumetry from a read's contours (summation of discs), body surface area, and contour
// suggestion from the image. Pure TypeScript: the server and the browser workstation both import it;
// geometry-source.ts (the only file here that reads the database) is imported on its own.
export type { CardiacPhase, Contour, ContourStructure, SliceGeometry, VolumetryResult, VolumetrySlice } from './types.ts';
export { CARDIAC_PHASES, CONTOUR_STRUCTURES } from './types.ts';
export { VolumetryInputError, type VolumetryErrorCode } from './errors.ts';
export { computeVolumetry, MAX_CONTOURS, MAX_POINTS, MYOCARDIAL_DENSITY_G_PER_ML } from './compute.ts';
export { bodySurfaceArea } from './body-surface-area.ts';
export { suggestContour, MAX_SUGGEST_SIDE, type SuggestPixels } from './suggest.ts';
