// Pixels of one image plane. The still thorax is drawn once per plane (with the coil's smooth
// sensitivity), then each cardiac phase redraws only the box around the heart and adds noise. Each
// pixel shows the tissue at its centre, with hard edges, so a perfect reader who counts the pixels
// of the cavity gets exactly the counts returned here.
import { heartTissue, thoraxTissue, Tissue, TISSUE_COUNT, type Anatomy } from './anatomy.ts';
import type { HeartState } from './heart.ts';
import { add, cross, dot, scale, sub, type Vec3 } from './vec3.ts';

export interface Plane {
  /** Centre of the first pixel (ImagePositionPatient). */
  origin: Vec3;
  /** Direction of increasing column index (first triplet of ImageOrientationPatient). */
  rowDirection: Vec3;
  /** Direction of increasing row index (second triplet). */
  columnDirection: Vec3;
  spacing: number;
  rows: number;
  columns: number;
}

export const planeNormal = (p: Plane): Vec3 => cross(p.rowDirection, p.columnDirection);

/** A plane of rows × columns pixels centred on a point. */
export function planeAround(centre: Vec3, rowDirection: Vec3, columnDirection: Vec3, spacing: number, rows: number, columns: number): Plane {
  const origin = sub(sub(centre, scale(rowDirection, (spacing * (columns - 1)) / 2)), scale(columnDirection, (spacing * (rows - 1)) / 2));
  return { origin, rowDirection, columnDirection, spacing, rows, columns };
}

/** Signal of each tissue in a sequence, and its noise. */
export interface Contrast {
  signal: Float32Array;
  noise: number;
}

export function contrastOf(values: Record<keyof typeof Tissue, number>, noise: number): Contrast {
  const signal = new Float32Array(TISSUE_COUNT);
  for (const [name, tissue] of Object.entries(Tissue)) signal[tissue] = values[name as keyof typeof Tissue];
  return { signal, noise };
}

/** Decides whether a point of left-ventricular myocardium (heart-frame coordinates) is scar. */
export type ScarTest = (state: HeartState, w: number, s: number, a: number) => boolean;

interface Box {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

export interface PreparedPlane {
  plane: Plane;
  anatomy: Anatomy;
  contrast: Contrast;
  bias: Float32Array;
  background: Float32Array;
  heartBox: Box | null;
}

const HEART_REACH_MM = 105;

function heartBox(plane: Plane, anatomy: Anatomy): Box | null {
  const centre = add(anatomy.heart.baseCentre, scale(anatomy.heart.axis, 30));
  const d = sub(centre, plane.origin);
  const distance = dot(d, planeNormal(plane));
  if (Math.abs(distance) >= HEART_REACH_MM) return null;
  const half = Math.sqrt(HEART_REACH_MM ** 2 - distance ** 2) / plane.spacing;
  const ci = dot(d, plane.rowDirection) / plane.spacing;
  const cj = dot(d, plane.columnDirection) / plane.spacing;
  const box = {
    i0: Math.max(0, Math.floor(ci - half)),
    i1: Math.min(plane.columns - 1, Math.ceil(ci + half)),
    j0: Math.max(0, Math.floor(cj - half)),
    j1: Math.min(plane.rows - 1, Math.ceil(cj + half)),
  };
  return box.i0 > box.i1 || box.j0 > box.j1 ? null : box;
}

/** Shrinks the box to the pixels the heart covers at end-diastole or full contraction, plus a margin. */
function tightBox(plane: Plane, anatomy: Anatomy, box: Box | null, extremes: readonly HeartState[]): Box | null {
  if (!box) return null;
  let found: Box | null = null;
  for (const state of extremes) {
    forEachHeartPixel(plane, anatomy, box, state, (i, j) => {
      if (!found) found = { i0: i, i1: i, j0: j, j1: j };
      else {
        if (i < found.i0) found.i0 = i;
        if (i > found.i1) found.i1 = i;
        if (j < found.j0) found.j0 = j;
        if (j > found.j1) found.j1 = j;
      }
      return -1;
    });
  }
  const f = found as Box | null;
  if (!f) return null;
  const m = 3;
  return { i0: Math.max(box.i0, f.i0 - m), i1: Math.min(box.i1, f.i1 + m), j0: Math.max(box.j0, f.j0 - m), j1: Math.min(box.j1, f.j1 + m) };
}

/** Calls visit(i, j, tissue) for every heart pixel of the box. */
function forEachHeartPixel(plane: Plane, anatomy: Anatomy, box: Box, state: HeartState, visit: (i: number, j: number, tissue: number, w: number, s: number, a: number) => void): void {
  const frame = anatomy.heart;
  const rel = sub(plane.origin, frame.baseCentre);
  const axes = [frame.axis, frame.septal, frame.anterior] as const;
  const [w0, s0, a0] = axes.map((e) => dot(rel, e)) as [number, number, number];
  const [wc, sc, ac] = axes.map((e) => dot(plane.rowDirection, e) * plane.spacing) as [number, number, number];
  const [wr, sr, ar] = axes.map((e) => dot(plane.columnDirection, e) * plane.spacing) as [number, number, number];
  for (let j = box.j0; j <= box.j1; j++) {
    for (let i = box.i0; i <= box.i1; i++) {
      const w = w0 + i * wc + j * wr;
      const s = s0 + i * sc + j * sr;
      const a = a0 + i * ac + j * ar;
      const tissue = heartTissue(state, anatomy.rightHeart, w, s, a);
      if (tissue >= 0) visit(i, j, tissue, w, s, a);
    }
  }
}

/** Draws the still thorax of a plane (the heart region included, as mediastinum). */
export function preparePlane(plane: Plane, anatomy: Anatomy, contrast: Contrast, extremes: readonly HeartState[]): PreparedPlane {
  const { rows, columns, spacing, origin, rowDirection: r, columnDirection: c } = plane;
  const heartCentre = add(anatomy.heart.baseCentre, scale(anatomy.heart.axis, 35));
  const bias = new Float32Array(rows * columns);
  const background = new Float32Array(rows * columns);
  const anteriorWall = anatomy.thorax.centreY - anatomy.thorax.halfDepth;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < columns; i++) {
      const x = origin[0] + spacing * (i * r[0] + j * c[0]);
      const y = origin[1] + spacing * (i * r[1] + j * c[1]);
      const z = origin[2] + spacing * (i * r[2] + j * c[2]);
      // Anterior surface coil: more signal near the chest wall, less towards the back.
      const gain = 0.7 + 0.55 * Math.exp(-(((y - anteriorWall) / 170) ** 2)) - 0.0004 * Math.abs(x);
      const k = j * columns + i;
      bias[k] = gain;
      background[k] = contrast.signal[thoraxTissue(anatomy.thorax, heartCentre, x, y, z)]! * gain;
    }
  }
  return { plane, anatomy, contrast, bias, background, heartBox: tightBox(plane, anatomy, heartBox(plane, anatomy), extremes) };
}

export interface RenderedImage {
  pixels: Uint16Array;
  /** Pixels whose centre lies in the left-ventricular cavity / myocardium (scar included). */
  cavityPixels: number;
  myocardiumPixels: number;
}

/** A table of standard normal deviates shared by all images (indexing it is cheaper than drawing). */
export class NoiseTable {
  static readonly SIZE = 1 << 20;
  readonly values = new Float32Array(NoiseTable.SIZE);
  constructor(normal: () => number) {
    for (let i = 0; i < NoiseTable.SIZE; i++) this.values[i] = normal();
  }
}

let scratch = new Float32Array(0);

export function renderPhase(prepared: PreparedPlane, state: HeartState, noise: NoiseTable, noiseOffset: number, scar?: ScarTest): RenderedImage {
  const { plane, anatomy, contrast, bias, background } = prepared;
  const { rows, columns } = plane;
  if (scratch.length !== rows * columns) scratch = new Float32Array(rows * columns);
  const image = scratch;
  image.set(background);
  let cavityPixels = 0;
  let myocardiumPixels = 0;
  if (prepared.heartBox) {
    forEachHeartPixel(plane, anatomy, prepared.heartBox, state, (i, j, found, w, s, a) => {
      let tissue = found;
      if (tissue === Tissue.LvBlood) cavityPixels++;
      else if (tissue === Tissue.LvMyocardium) {
        myocardiumPixels++;
        if (scar && scar(state, w, s, a)) tissue = Tissue.Scar;
      }
      const k = j * columns + i;
      image[k] = contrast.signal[tissue]! * bias[k]!;
    });
  }
  const pixels = new Uint16Array(rows * columns);
  const table = noise.values;
  const mask = NoiseTable.SIZE - 1;
  const sigma = contrast.noise;
  for (let k = 0; k < pixels.length; k++) {
    // Magnitude images: the noise folds at zero, as in a real (Rician) background.
    const v = Math.abs(image[k]! + sigma * table[(noiseOffset + k) & mask]!) + 0.5;
    pixels[k] = v > 4095 ? 4095 : v;
  }
  return { pixels, cavityPixels, myocardiumPixels };
}
