// Late gadolinium enhancement: a scar in one coronary territory, placed with the AHA 17-segment model
// (Cerqueira et al., Circulation 2002). Angles are measured around the long axis from the middle of
// the septum (0°) towards anterior (+90°); levels split the ventricle into equal thirds from the base
// plane to the endocardial apex, beyond which lies the apical cap (segment 17).
import type { HeartState, LeftVentricle } from './heart.ts';
import type { Random } from './random.ts';
import type { ScarTest } from './raster.ts';

export const TERRITORIES = {
  LAD: [1, 2, 7, 8, 13, 14, 17],
  RCA: [3, 4, 9, 10, 15],
  LCX: [5, 6, 11, 12, 16],
} as const;
export type Territory = keyof typeof TERRITORIES;

export interface Scar {
  territory: Territory;
  /** AHA segments holding scar. */
  segments: number[];
  /** Fraction of the wall, from the endocardium, that is scar (1 = transmural). */
  transmurality: number;
}

/** A six-segment ring index (0..5) from the angle, starting with anteroseptal at [0°, 60°). */
const RING_ORDER = [2, 1, 6, 5, 4, 3] as const;

export function ahaSegment(lv: LeftVentricle, state: HeartState, w: number, s: number, a: number): number {
  if (w > lv.endoApexW) return 17;
  const third = (lv.endoApexW - state.baseW) / 3;
  const degrees = ((Math.atan2(a, s) * 180) / Math.PI + 360) % 360;
  if (w < state.baseW + 2 * third) {
    const ring = RING_ORDER[Math.floor(degrees / 60) % 6]!;
    return w < state.baseW + third ? ring : ring + 6;
  }
  // Apical ring: septal [-45°, 45°), anterior [45°, 135°), lateral [135°, 225°), inferior [225°, 315°).
  const quadrant = Math.floor(((degrees + 45) % 360) / 90);
  return [14, 13, 16, 15][quadrant]!;
}

export function drawScar(random: Random): Scar {
  const territory = random.pick(Object.keys(TERRITORIES) as Territory[]);
  const all = TERRITORIES[territory];
  const count = random.int(2, Math.min(5, all.length));
  const first = random.int(0, all.length - count);
  return { territory, segments: all.slice(first, first + count).sort((x, y) => x - y), transmurality: random.pick([0.35, 0.5, 0.75, 1]) };
}

export function scarTest(scar: Scar, lv: LeftVentricle): ScarTest {
  const wanted = new Set(scar.segments);
  return (state, w, s, a) => {
    if (!wanted.has(ahaSegment(lv, state, w, s, a))) return false;
    if (w > lv.endoApexW) return true;
    const rho = Math.hypot(s, a);
    const zEndo = (w - state.endo.centreW) / state.endo.halfLength;
    const zEpi = (w - state.epi.centreW) / state.epi.halfLength;
    const rEndo = state.endo.radius * Math.sqrt(Math.max(0, 1 - zEndo * zEndo));
    const rEpi = state.epi.radius * Math.sqrt(Math.max(0, 1 - zEpi * zEpi));
    return rho - rEndo <= scar.transmurality * (rEpi - rEndo);
  };
}
