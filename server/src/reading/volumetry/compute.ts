// Summation of discs: each contoured slice stands for a slab of the stack; a structure's volume at a
// phase is the sum of its contour areas (mm², from the image's pixel spacing) times the slab
// thickness along the stack normal. LV mass is the ED myocardial volume times 1.05 g/mL.
import { CARDIAC_PHASES, CONTOUR_STRUCTURES, type CardiacPhase, type Contour, type ContourStructure, type SliceGeometry, type VolumetryResult } from './types.ts';
import { VolumetryInputError } from './errors.ts';
import { boundingBox, boxesMeet, CrossingBudget, polygonsOverlap, selfIntersects, signedArea } from './polygon.ts';

export const MAX_CONTOURS = 2000;
export const MAX_POINTS = 4096;
export const MYOCARDIAL_DENSITY_G_PER_ML = 1.05;
/** Pair tests the self-intersection and overlap checks may spend in one computation. */
const CROSSING_BUDGET = 20_000_000;
/** Positions closer than this along the normal are the same slice (headers carry ~0.1 mm precision). */
const SAME_POSITION_MM = 0.05;
/** Normals within ~1.1° count as parallel slices (as in the QC series measures). */
const PARALLEL_COSINE = 0.9998;
/** A step larger than this times SpacingBetweenSlices leaves a slab uncounted. */
const GAP_FACTOR = 1.5;
/** Points may lie up to this far (pixels) beyond the image's edge: a spline can overshoot a little. */
const EDGE_TOLERANCE_PX = 0.5;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

type Vec3 = [number, number, number];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const crossProduct = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const round = (n: number, decimals = 2): number => Number(n.toFixed(decimals));
const mm = (n: number): string => `${round(n, 1)} mm`;

interface Plane {
  geometry: SliceGeometry;
  normal: Vec3;
  /** mm² per pixel² of polygon area. */
  pixelArea: number;
}

function invalidGeometry(sop: string, what: string): VolumetryInputError {
  return new VolumetryInputError('volumetry.invalid-geometry', `The geometry of image ${sop} is unusable: ${what}.`, { sopInstanceUID: sop });
}

const finite = (values: readonly number[]): boolean => values.every((v) => typeof v === 'number' && Number.isFinite(v));
const positiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;
const optionalPositive = (n: number | undefined): boolean => n === undefined || (Number.isFinite(n) && n !== 0);

function planeOf(sop: string, g: SliceGeometry): Plane {
  if (g.imagePositionPatient?.length !== 3 || !finite(g.imagePositionPatient)) throw invalidGeometry(sop, 'ImagePositionPatient is not three numbers');
  if (g.imageOrientationPatient?.length !== 6 || !finite(g.imageOrientationPatient)) throw invalidGeometry(sop, 'ImageOrientationPatient is not six numbers');
  if (g.pixelSpacing?.length !== 2 || !finite(g.pixelSpacing) || g.pixelSpacing[0] <= 0 || g.pixelSpacing[1] <= 0) throw invalidGeometry(sop, 'PixelSpacing is not two positive numbers');
  if (!positiveInteger(g.rows) || !positiveInteger(g.columns)) throw invalidGeometry(sop, 'Rows or Columns is not a positive integer');
  if (!optionalPositive(g.sliceThickness) || !optionalPositive(g.spacingBetweenSlices)) throw invalidGeometry(sop, 'SliceThickness or SpacingBetweenSlices is not a non-zero number');
  const o = g.imageOrientationPatient;
  const row: Vec3 = [o[0], o[1], o[2]];
  const column: Vec3 = [o[3], o[4], o[5]];
  const lengths = [Math.hypot(...row), Math.hypot(...column)];
  if (lengths.some((l) => Math.abs(l - 1) > 0.01)) throw invalidGeometry(sop, 'ImageOrientationPatient does not hold two unit vectors');
  const n = crossProduct(row, column);
  const sine = Math.hypot(...n) / (lengths[0]! * lengths[1]!);
  if (sine < 0.99) throw invalidGeometry(sop, 'the row and column directions of ImageOrientationPatient are not orthogonal');
  const length = Math.hypot(...n);
  // Rows advance by the row spacing (PixelSpacing[0]) along the column direction, columns by the column spacing.
  return { geometry: g, normal: [n[0] / length, n[1] / length, n[2] / length], pixelArea: g.pixelSpacing[0] * g.pixelSpacing[1] * sine };
}

function validateContours(contours: readonly Contour[]): void {
  if (!Array.isArray(contours)) throw new VolumetryInputError('volumetry.invalid-contour', 'The contours must be a list.');
  if (contours.length > MAX_CONTOURS) throw new VolumetryInputError('volumetry.too-many-contours', `A read holds at most ${MAX_CONTOURS} contours; ${contours.length} were given.`);
  const ids = new Set<string>();
  for (const c of contours) {
    const id = typeof c?.id === 'string' && ID_PATTERN.test(c.id) ? c.id : undefined;
    if (!id) throw new VolumetryInputError('volumetry.invalid-contour', 'A contour id must be 1 to 64 letters, digits, "_" or "-".');
    if (ids.has(id)) throw new VolumetryInputError('volumetry.duplicate-contour-id', `Two contours have the id ${id}.`, { contourId: id });
    ids.add(id);
    if (!CONTOUR_STRUCTURES.includes(c.structure)) throw new VolumetryInputError('volumetry.invalid-contour', `Contour ${id}: the structure must be one of ${CONTOUR_STRUCTURES.join(', ')}.`, { contourId: id });
    if (!CARDIAC_PHASES.includes(c.phase)) throw new VolumetryInputError('volumetry.invalid-contour', `Contour ${id}: the phase must be ED or ES.`, { contourId: id });
    if (typeof c.sopInstanceUID !== 'string' || c.sopInstanceUID === '' || typeof c.seriesInstanceUID !== 'string' || c.seriesInstanceUID === '') {
      throw new VolumetryInputError('volumetry.invalid-contour', `Contour ${id}: the series and image UIDs are required.`, { contourId: id });
    }
    if (c.frameNumber !== 1) throw new VolumetryInputError('volumetry.frame-not-supported', `Contour ${id}: volumetry reads single-frame images (frame 1); frame ${String(c.frameNumber)} was given.`, { contourId: id });
    if (!Array.isArray(c.points) || c.points.length < 3 || c.points.length > MAX_POINTS) {
      throw new VolumetryInputError('volumetry.invalid-contour', `Contour ${id}: a contour has 3 to ${MAX_POINTS} points.`, { contourId: id });
    }
    for (const p of c.points) {
      if (!Array.isArray(p) || p.length !== 2 || !finite(p)) throw new VolumetryInputError('volumetry.not-finite', `Contour ${id}: every point must be two finite numbers (column, row).`, { contourId: id });
    }
  }
}

function checkInsideImage(c: Contour, g: SliceGeometry): void {
  const low = -0.5 - EDGE_TOLERANCE_PX;
  const outside = c.points.find(([x, y]) => x < low || y < low || x > g.columns - 0.5 + EDGE_TOLERANCE_PX || y > g.rows - 0.5 + EDGE_TOLERANCE_PX);
  if (outside) {
    throw new VolumetryInputError('volumetry.point-outside-image', `Contour ${c.id}: the point (${outside[0]}, ${outside[1]}) lies outside the ${g.columns} × ${g.rows} image.`, { contourId: c.id });
  }
}

interface Disc {
  position: number;
  sops: string[];
  areaMm2: number;
  thicknessMm?: number;
}

/** The slices of one structure at one phase, ordered along the normal, with their slab thickness. */
function discsOf(key: string, contours: Contour[], areas: Map<string, number>, planes: Map<string, Plane>, normal: Vec3, warnings: string[]): Disc[] {
  const bySop = new Map<string, number>();
  for (const c of contours) bySop.set(c.sopInstanceUID, (bySop.get(c.sopInstanceUID) ?? 0) + areas.get(c.id)!);
  const located = [...bySop].map(([sop, area]) => ({ sop, area, at: dot(planes.get(sop)!.geometry.imagePositionPatient, normal) })).sort((a, b) => a.at - b.at);
  const discs: Disc[] = [];
  for (const l of located) {
    const last = discs.at(-1);
    if (last && l.at - last.position < SAME_POSITION_MM) {
      last.sops.push(l.sop);
      last.areaMm2 += l.area;
      warnings.push(`${key}: images ${last.sops.join(' and ')} lie at the same slice position: their areas are added.`);
    } else discs.push({ position: l.at, sops: [l.sop], areaMm2: l.area });
  }
  discs.forEach((d, i) => {
    const g = planes.get(d.sops[0]!)!.geometry;
    const spacing = g.spacingBetweenSlices === undefined ? undefined : Math.abs(g.spacingBetweenSlices);
    if (spacing !== undefined) d.thicknessMm = spacing;
    else if (discs.length > 1) {
      // Measured spacing: the slab reaches half-way to each neighbour, and as far out as the one step beyond the ends.
      const before = i > 0 ? d.position - discs[i - 1]!.position : discs[i + 1]!.position - d.position;
      const after = i < discs.length - 1 ? discs[i + 1]!.position - d.position : before;
      d.thicknessMm = (before + after) / 2;
    } else if (g.sliceThickness !== undefined) d.thicknessMm = Math.abs(g.sliceThickness);
    if (i > 0 && spacing !== undefined) {
      const step = d.position - discs[i - 1]!.position;
      if (step > GAP_FACTOR * spacing) warnings.push(`${key}: a gap of ${mm(step)} between the slices of images ${discs[i - 1]!.sops[0]} and ${d.sops[0]} (spacing ${mm(spacing)}): the slab between them is not counted.`);
    }
  });
  return discs;
}

/** Returns how many pairs of contours could not be checked for overlap within the budget. */
function warnSeriesAndOverlaps(key: string, contours: Contour[], warnings: string[], budget: CrossingBudget): number {
  const series = new Set(contours.map((c) => c.seriesInstanceUID));
  if (series.size > 1) warnings.push(`${key}: contours on ${series.size} different series are mixed.`);
  const bySop = new Map<string, Contour[]>();
  for (const c of contours) {
    const list = bySop.get(c.sopInstanceUID);
    if (list) list.push(c);
    else bySop.set(c.sopInstanceUID, [c]);
  }
  let unchecked = 0;
  for (const [sop, onImage] of bySop) {
    const boxes = onImage.map((c) => boundingBox(c.points));
    for (let i = 0; i < onImage.length; i++) {
      for (let j = i + 1; j < onImage.length; j++) {
        if (!boxesMeet(boxes[i]!, boxes[j]!)) continue;
        const overlap = polygonsOverlap(onImage[i]!.points, onImage[j]!.points, budget);
        if (overlap === undefined) unchecked++;
        else if (overlap) warnings.push(`${key}: contours ${onImage[i]!.id} and ${onImage[j]!.id} overlap on image ${sop}: both areas are counted.`);
      }
    }
  }
  return unchecked;
}

export function computeVolumetry(contours: Contour[], geometry: ReadonlyMap<string, SliceGeometry>): VolumetryResult {
  validateContours(contours);
  const warnings: string[] = [];
  const planes = new Map<string, Plane>();
  for (const c of contours) {
    if (planes.has(c.sopInstanceUID)) continue;
    const g = geometry.get(c.sopInstanceUID);
    if (!g) throw new VolumetryInputError('volumetry.geometry-missing', `Contour ${c.id}: no geometry (ImagePositionPatient, ImageOrientationPatient, PixelSpacing of a single-frame image of this project) is known for image ${c.sopInstanceUID}.`, { contourId: c.id, sopInstanceUID: c.sopInstanceUID });
    planes.set(c.sopInstanceUID, planeOf(c.sopInstanceUID, g));
  }
  const budget = new CrossingBudget(CROSSING_BUDGET);
  const areas = new Map<string, number>();
  let unchecked = 0;
  for (const c of contours) {
    checkInsideImage(c, planes.get(c.sopInstanceUID)!.geometry);
    const area = Math.abs(signedArea(c.points)) * planes.get(c.sopInstanceUID)!.pixelArea;
    areas.set(c.id, area);
    if (area === 0) warnings.push(`Contour ${c.id} encloses no area.`);
    const crossing = selfIntersects(c.points, budget);
    if (crossing === undefined) unchecked++;
    else if (crossing) warnings.push(`Contour ${c.id} crosses itself: its area is the net area of its loops.`);
  }

  const result: VolumetryResult = { method: 'summation-of-discs', myocardialDensityGPerMl: MYOCARDIAL_DENSITY_G_PER_ML, slices: [], warnings };
  if (contours.length === 0) return result;
  const normal = planes.get(contours[0]!.sopInstanceUID)!.normal;
  if ([...planes.values()].some((p) => Math.abs(dot(p.normal, normal)) < PARALLEL_COSINE)) warnings.push('The contoured slices are not parallel: positions are taken along the normal of the first one.');

  let uncheckedPairs = 0;
  const volumesMm3 = new Map<string, number | undefined>();
  const discsByKey = new Map<string, Disc[]>();
  for (const structure of CONTOUR_STRUCTURES) {
    for (const phase of CARDIAC_PHASES) {
      const group = contours.filter((c) => c.structure === structure && c.phase === phase);
      if (group.length === 0) continue;
      const key = `${structure} at ${phase}`;
      uncheckedPairs += warnSeriesAndOverlaps(key, group, warnings, budget);
      const discs = discsOf(key, group, areas, planes, normal, warnings);
      discsByKey.set(`${structure}/${phase}`, discs);
      const unknown = discs.filter((d) => d.thicknessMm === undefined);
      if (unknown.length > 0) warnings.push(`${key}: the slab thickness of image ${unknown[0]!.sops[0]} is unknown (no SpacingBetweenSlices, no neighbour, no SliceThickness): no volume.`);
      volumesMm3.set(`${structure}/${phase}`, unknown.length > 0 ? undefined : discs.reduce((sum, d) => sum + d.areaMm2 * d.thicknessMm!, 0));
      for (const d of discs) {
        for (const sop of d.sops) {
          const area = group.filter((c) => c.sopInstanceUID === sop).reduce((sum, c) => sum + areas.get(c.id)!, 0);
          result.slices.push({ sopInstanceUID: sop, phase, structure, areaMm2: round(area), thicknessMm: round(d.thicknessMm ?? 0, 3) });
        }
      }
    }
  }
  if (unchecked > 0) warnings.push(`${unchecked} contour(s) too complex to check for self-crossing.`);
  if (uncheckedPairs > 0) warnings.push(`${uncheckedPairs} pair(s) of contours too complex to check for overlap.`);
  fillVentricle(result, 'lv', volumesMm3, 'lv-endocardium', warnings);
  fillVentricle(result, 'rv', volumesMm3, 'rv-endocardium', warnings);
  fillMass(result, volumesMm3, discsByKey, warnings);
  return result;
}

function fillVentricle(result: VolumetryResult, side: 'lv' | 'rv', volumes: Map<string, number | undefined>, structure: ContourStructure, warnings: string[]): void {
  const has = (phase: CardiacPhase) => volumes.has(`${structure}/${phase}`);
  if (!has('ED') && !has('ES')) return;
  for (const phase of CARDIAC_PHASES) if (!has(phase)) warnings.push(`${structure}: no contour at ${phase}: ${side === 'lv' ? 'LV' : 'RV'} stroke volume and ejection fraction not computed.`);
  const ed = volumes.get(`${structure}/ED`);
  const es = volumes.get(`${structure}/ES`);
  if (ed !== undefined) result[`${side}EdvMl`] = round(ed / 1000);
  if (es !== undefined) result[`${side}EsvMl`] = round(es / 1000);
  if (ed !== undefined && es !== undefined) {
    result[`${side}SvMl`] = round((ed - es) / 1000);
    if (ed > 0) result[`${side}EfPercent`] = round((100 * (ed - es)) / ed);
  }
}

function fillMass(result: VolumetryResult, volumes: Map<string, number | undefined>, discs: Map<string, Disc[]>, warnings: string[]): void {
  const endo = discs.get('lv-endocardium/ED');
  const epi = discs.get('lv-epicardium/ED');
  if (!epi) {
    if (endo) warnings.push('No lv-epicardium contour at ED: LV mass not computed.');
    return;
  }
  if (!endo) {
    warnings.push('No lv-endocardium contour at ED: LV mass not computed.');
    return;
  }
  for (const d of endo) {
    if (!epi.some((e) => Math.abs(e.position - d.position) < SAME_POSITION_MM)) warnings.push(`lv-endocardium without lv-epicardium at ED on image ${d.sops[0]}: its cavity is subtracted without an epicardium, so the LV mass is underestimated.`);
  }
  const outer = volumes.get('lv-epicardium/ED');
  const inner = volumes.get('lv-endocardium/ED');
  if (outer === undefined || inner === undefined) return;
  if (outer < inner) {
    warnings.push('The epicardial volume at ED is smaller than the endocardial one: LV mass not computed.');
    return;
  }
  result.lvMassG = round(((outer - inner) / 1000) * MYOCARDIAL_DENSITY_G_PER_ML);
}
