// The left ventricle of the phantom: two coaxial prolate spheroids (endocardium, epicardium) cut by
// the mitral (base) plane. Coordinates along the long axis: w, in mm from the end-diastolic base
// plane towards the apex. The endocardial apex stays fixed over the cycle; the base descends, the
// cavity narrows and shortens, and the epicardium follows so that the myocardial volume is constant
// (muscle is incompressible), which thickens the wall in systole as in a real heart.
import type { Random } from './random.ts';

export interface Spheroid {
  /** Position of the centre on the long axis (mm). */
  centreW: number;
  /** Short-axis radius (mm). */
  radius: number;
  /** Long semi-axis (mm). */
  halfLength: number;
}

export interface HeartState {
  /** 0 at end-diastole, 1 at full contraction. */
  contraction: number;
  /** Base plane position (mm); only w >= baseW belongs to the ventricle. */
  baseW: number;
  endo: Spheroid;
  epi: Spheroid;
}

export interface LeftVentricle {
  endoRadiusEd: number;
  endoHalfLengthEd: number;
  /** Endocardial apex position (fixed over the cycle). */
  endoApexW: number;
  /** Myocardium beyond the endocardial apex (mm). */
  apicalWall: number;
  myocardialVolumeMm3: number;
  radialShortening: number;
  longitudinalShortening: number;
  baseDescent: number;
  /** Fraction of the R–R interval at which contraction is complete. */
  endSystoleFraction: number;
}

/** Volume of the part of a spheroid beyond the plane w = baseW (mm³). */
export function truncatedVolume(s: Spheroid, baseW: number): number {
  const c = s.halfLength;
  const z1 = Math.min(c, Math.max(-c, baseW - s.centreW));
  return Math.PI * s.radius * s.radius * (c - z1 - (c ** 3 - z1 ** 3) / (3 * c * c));
}

export function insideSpheroid(s: Spheroid, w: number, rho2: number): boolean {
  const z = (w - s.centreW) / s.halfLength;
  return z * z + rho2 / (s.radius * s.radius) <= 1;
}

/** The contraction curve: a cosine ramp to end-systole, then a slower cosine relaxation. */
export function contractionAt(cycleFraction: number, endSystoleFraction: number): number {
  const f = cycleFraction - Math.floor(cycleFraction);
  if (f <= endSystoleFraction) return (1 - Math.cos((Math.PI * f) / endSystoleFraction)) / 2;
  const x = (f - endSystoleFraction) / (1 - endSystoleFraction);
  return ((1 + Math.cos(Math.PI * Math.min(1, x * 1.25))) / 2) ** 1.3;
}

function endocardium(lv: LeftVentricle, k: number): Spheroid {
  const halfLength = lv.endoHalfLengthEd * (1 - lv.longitudinalShortening * k);
  return { centreW: lv.endoApexW - halfLength, radius: lv.endoRadiusEd * (1 - lv.radialShortening * k), halfLength };
}

export function stateAt(lv: LeftVentricle, k: number): HeartState {
  const baseW = lv.baseDescent * k;
  const endo = endocardium(lv, k);
  const halfLength = endo.halfLength + lv.apicalWall;
  const unit = truncatedVolume({ centreW: endo.centreW, radius: 1, halfLength }, baseW);
  const radius = Math.sqrt((lv.myocardialVolumeMm3 + truncatedVolume(endo, baseW)) / unit);
  return { contraction: k, baseW, endo, epi: { centreW: endo.centreW, radius, halfLength } };
}

export const cavityVolumeMm3 = (s: HeartState): number => truncatedVolume(s.endo, s.baseW);
export const myocardialVolumeMm3 = (s: HeartState): number => truncatedVolume(s.epi, s.baseW) - cavityVolumeMm3(s);

export interface LeftVentricleTargets {
  endoRadiusEd: number;
  endoHalfLengthEd: number;
  wallThicknessEd: number;
  ejectionFraction: number;
  baseDescent: number;
  endSystoleFraction: number;
  longitudinalShortening: number;
}

/** Builds the ventricle and solves the radial shortening that gives the target ejection fraction. */
export function buildLeftVentricle(t: LeftVentricleTargets): LeftVentricle {
  const baseToCentre = 0.18 * t.endoHalfLengthEd;
  const endoApexW = baseToCentre + t.endoHalfLengthEd;
  const apicalWall = Math.max(5, t.wallThicknessEd * 0.7);
  const endoEd: Spheroid = { centreW: baseToCentre, radius: t.endoRadiusEd, halfLength: t.endoHalfLengthEd };
  const epiEd: Spheroid = { centreW: baseToCentre, radius: t.endoRadiusEd + t.wallThicknessEd, halfLength: t.endoHalfLengthEd + apicalWall };
  const base: LeftVentricle = {
    endoRadiusEd: t.endoRadiusEd,
    endoHalfLengthEd: t.endoHalfLengthEd,
    endoApexW,
    apicalWall,
    myocardialVolumeMm3: truncatedVolume(epiEd, 0) - truncatedVolume(endoEd, 0),
    radialShortening: 0,
    longitudinalShortening: t.longitudinalShortening,
    baseDescent: t.baseDescent,
    endSystoleFraction: t.endSystoleFraction,
  };
  const ef = (radial: number): number => {
    const lv = { ...base, radialShortening: radial };
    return 1 - cavityVolumeMm3(stateAt(lv, 1)) / cavityVolumeMm3(stateAt(lv, 0));
  };
  let low = 0;
  let high = 0.8;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (ef(mid) < t.ejectionFraction) low = mid;
    else high = mid;
  }
  return { ...base, radialShortening: (low + high) / 2 };
}

/** A plausible ventricle: mostly normal, some dilated with a reduced ejection fraction. */
export function drawTargets(random: Random, sex: 'M' | 'F', baseDescent: number, endSystoleFraction: number): LeftVentricleTargets {
  const dilated = random.chance(0.25);
  const size = sex === 'M' ? 1 : 0.92;
  return {
    endoRadiusEd: random.uniform(24, 28.5) * size * (dilated ? 1.13 : 1),
    endoHalfLengthEd: random.uniform(54, 64) * size * (dilated ? 1.06 : 1),
    wallThicknessEd: random.uniform(7.5, 10.5) * (sex === 'M' ? 1.05 : 0.95),
    ejectionFraction: dilated ? random.uniform(0.25, 0.45) : random.uniform(0.52, 0.7),
    baseDescent,
    endSystoleFraction,
    longitudinalShortening: random.uniform(0.06, 0.1),
  };
}
