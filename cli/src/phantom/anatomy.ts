// Where things are in the patient (LPS, mm): the heart's axes and the thorax around it, and the
// tissue found at a point. The thorax does not move over the cycle; the heart does.
import { insideSpheroid, type HeartState } from './heart.ts';
import type { Random } from './random.ts';
import { cross, normalize, orthogonalTo, type Vec3 } from './vec3.ts';

export const Tissue = {
  Air: 0,
  Fat: 1,
  Muscle: 2,
  Lung: 3,
  Liver: 4,
  Bone: 5,
  Aorta: 6,
  Mediastinum: 7,
  LvBlood: 8,
  LvMyocardium: 9,
  RvBlood: 10,
  RvWall: 11,
  AtrialBlood: 12,
  Scar: 13,
} as const;
export type Tissue = (typeof Tissue)[keyof typeof Tissue];
export const TISSUE_COUNT = 14;

export interface HeartFrame {
  /** Centre of the end-diastolic base plane. */
  baseCentre: Vec3;
  /** Long axis, base to apex. */
  axis: Vec3;
  /** Towards the right ventricle (the middle of the septum), orthogonal to the axis. */
  septal: Vec3;
  /** Anterior, orthogonal to both. */
  anterior: Vec3;
}

export interface Thorax {
  halfWidth: number;
  halfDepth: number;
  centreY: number;
  fatThickness: number;
}

export interface RightHeart {
  /** Distance of the right-ventricular axis from the left-ventricular one, along `septal`. */
  offset: number;
  radiusSeptal: number;
  radiusAnterior: number;
  halfLength: number;
}

export interface Anatomy {
  heart: HeartFrame;
  thorax: Thorax;
  rightHeart: RightHeart;
}

export function drawAnatomy(random: Random, epicardialRadiusEd: number): Anatomy {
  const axis = normalize([0.6 + random.uniform(-0.08, 0.08), -0.5 + random.uniform(-0.08, 0.08), -0.6 + random.uniform(-0.08, 0.08)]);
  const septal = orthogonalTo([-1, -0.6, 0], axis);
  const anterior = normalize(cross(septal, axis));
  return {
    heart: { baseCentre: [15 + random.uniform(-5, 5), -25 + random.uniform(-5, 5), 10], axis, septal, anterior },
    thorax: { halfWidth: random.uniform(140, 170), halfDepth: random.uniform(100, 120), centreY: 10, fatThickness: random.uniform(8, 20) },
    rightHeart: { offset: epicardialRadiusEd + 4, radiusSeptal: random.uniform(18, 24), radiusAnterior: random.uniform(36, 44), halfLength: random.uniform(45, 55) },
  };
}

const inEllipsoid = (x: number, y: number, z: number, c: Vec3, r: Vec3): boolean =>
  ((x - c[0]) / r[0]) ** 2 + ((y - c[1]) / r[1]) ** 2 + ((z - c[2]) / r[2]) ** 2 <= 1;

/** The tissue of the still thorax at a point, heart excluded. */
export function thoraxTissue(t: Thorax, heartCentre: Vec3, x: number, y: number, z: number): Tissue {
  const body = (x / t.halfWidth) ** 2 + ((y - t.centreY) / t.halfDepth) ** 2;
  if (body > 1) return Tissue.Air;
  const inner = (x / (t.halfWidth - t.fatThickness)) ** 2 + ((y - t.centreY) / (t.halfDepth - t.fatThickness)) ** 2;
  if (inner > 1) return Tissue.Fat;
  if ((x - 22) ** 2 + (y - 58) ** 2 <= 121) return Tissue.Aorta;
  if (x * x + (y - t.centreY - t.halfDepth * 0.72) ** 2 <= 400) return Tissue.Bone;
  const dx = x - heartCentre[0];
  const dy = y - heartCentre[1];
  const dz = z - heartCentre[2];
  if (dx * dx + dy * dy + dz * dz <= 72 * 72) return Tissue.Mediastinum;
  if (inEllipsoid(x, y, z, [-30, 5, -125], [115, 85, 72])) return Tissue.Liver;
  if (inEllipsoid(x, y, z, [t.halfWidth * 0.55, 12, 25], [t.halfWidth * 0.36, t.halfDepth * 0.72, 120])) return Tissue.Lung;
  if (inEllipsoid(x, y, z, [-t.halfWidth * 0.55, 12, 25], [t.halfWidth * 0.38, t.halfDepth * 0.72, 120])) return Tissue.Lung;
  return Tissue.Muscle;
}

/**
 * The cardiac tissue at heart-frame coordinates (w along the axis, s towards the septum, a anterior),
 * or -1 outside the heart. The left ventricle wins over everything else: the right ventricle and the
 * atria are drawn only where the left ventricle is not.
 */
export function heartTissue(state: HeartState, right: RightHeart, w: number, s: number, a: number): number {
  const rho2 = s * s + a * a;
  if (w >= state.baseW) {
    if (insideSpheroid(state.epi, w, rho2)) return insideSpheroid(state.endo, w, rho2) ? Tissue.LvBlood : Tissue.LvMyocardium;
  }
  const squeeze = 1 - 0.22 * state.contraction;
  const rs = right.radiusSeptal * squeeze;
  const ra = right.radiusAnterior * squeeze;
  const rc = right.halfLength * (1 - 0.08 * state.contraction);
  const rw = w - (state.baseW + rc * 0.55);
  const rvs = s - right.offset;
  if (w >= state.baseW - 4) {
    const inner = (rw / rc) ** 2 + (rvs / rs) ** 2 + (a / ra) ** 2;
    if (inner <= 1) return Tissue.RvBlood;
    if ((rw / (rc + 3)) ** 2 + (rvs / (rs + 3)) ** 2 + (a / (ra + 3)) ** 2 <= 1) return Tissue.RvWall;
  }
  if (w < state.baseW) {
    const grow = 1 + 0.12 * state.contraction;
    const la = ((w - state.baseW + 24) / 26) ** 2 + ((s + 6) / (22 * grow)) ** 2 + (a / (20 * grow)) ** 2;
    if (la <= 1) return Tissue.AtrialBlood;
    const raDist = ((w - state.baseW + 22) / 24) ** 2 + ((s - right.offset - 6) / (20 * grow)) ** 2 + (a / (22 * grow)) ** 2;
    if (raDist <= 1) return Tissue.AtrialBlood;
  }
  return -1;
}
