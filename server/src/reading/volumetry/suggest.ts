// Contour suggestion from one image, for the reader to correct: the endocardium is the bright blood
// pool connected to the seed (Otsu threshold in a window round the seed, refined to half-way between
// the pool and its rim, region growing, holes filled), outlined along pixel edges and simplified
// within 0.5 % of its area; the epicardium is the outer edge of the dark myocardial ring, found along
// rays from the pool's centroid and smoothed, or, where there is no pool (the apex), the dark disc
// under the seed. Work is bounded by the image size and the window; null when nothing plausible.
import { VolumetryInputError } from './errors.ts';
import { crackBoundary, edgeMidpoints, mergeCollinear, simplifyKeepingArea } from './outline.ts';
import { CrossingBudget, selfIntersects } from './polygon.ts';
import { MAX_POINTS } from './compute.ts';

export type SuggestPixels = Int16Array | Uint16Array | Uint8Array;
export const MAX_SUGGEST_SIDE = 1024;
/** Half the side of the square searched round the seed (pixels): a dilated LV at 0.7 mm fits. */
const WINDOW_HALF = 80;
/** How far from the seed the click may miss the pool (pixels). */
const SEED_REACH = 2;
/** The outline may change the pool's area by this fraction at most. */
const MAX_AREA_CHANGE = 0.005;
/** Pair tests allowed to check a simplified outline for self-crossing. */
const CROSSING_CHECK_BUDGET = 2_000_000;
const RAYS = 180;
const RAY_STEP = 0.25;
/**
 * A ray whose edge lies further than OUTLIER_PX from the circular median of MEDIAN_RAYS neighbours
 * (30°) takes that median: it ran on through tissue as dark as myocardium (an RV insertion). A plain
 * median would also shave the ring's true extremes, so the others keep their edge.
 */
const MEDIAN_RAYS = 15;
const OUTLIER_PX = 1.5;
/** How far beyond the smoothed edge a ring pixel's centre may lie (pixels). */
const EDGE_ALLOWANCE_PX = 0.35;
/** Rays without an edge that a plausible ring may have. */
const MAX_LOST_RAYS = 0.3;
/** A ventricle's rim is darker than its blood by at least this fraction of the blood (SSFP: ~0.7). */
const MIN_RIM_CONTRAST = 0.4;
/** ... and one tissue: its spread stays under this fraction of that contrast (noise, coil shading). */
const MAX_RIM_SPREAD = 0.25;
/** Blood is one tissue: a pool where more than this fraction is much brighter than its median holds something else (atria in the mediastinum). */
const MAX_BRIGHTER_FRACTION = 0.05;

interface Image {
  pixels: SuggestPixels;
  rows: number;
  columns: number;
}

interface Window {
  x0: number;
  y0: number;
  w: number;
  h: number;
}

/** A region inside a window: mask over the window, 1 = inside. */
interface Region {
  window: Window;
  mask: Uint8Array;
  count: number;
}

function validate(pixels: SuggestPixels, rows: number, columns: number, seed: [number, number]): void {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 8 || columns < 8 || rows > MAX_SUGGEST_SIDE || columns > MAX_SUGGEST_SIDE) {
    throw new VolumetryInputError('volumetry.invalid-image', `Contour suggestion reads images of 8 to ${MAX_SUGGEST_SIDE} rows and columns; ${rows} × ${columns} was given.`);
  }
  if (pixels.length !== rows * columns) throw new VolumetryInputError('volumetry.invalid-image', `The image holds ${pixels.length} pixels, not rows × columns = ${rows * columns}.`);
  if (!Array.isArray(seed) || seed.length !== 2 || !seed.every(Number.isFinite) || seed[0] < -0.5 || seed[1] < -0.5 || seed[0] > columns - 0.5 || seed[1] > rows - 0.5) {
    throw new VolumetryInputError('volumetry.invalid-seed', 'The seed must be a (column, row) point inside the image.');
  }
}

function windowAround(image: Image, x: number, y: number): Window {
  const x0 = Math.max(0, x - WINDOW_HALF);
  const y0 = Math.max(0, y - WINDOW_HALF);
  return { x0, y0, w: Math.min(image.columns, x + WINDOW_HALF + 1) - x0, h: Math.min(image.rows, y + WINDOW_HALF + 1) - y0 };
}

/**
 * Otsu's threshold over the window's pixels (256 bins between its minimum and maximum), and the
 * floor that contrasts are measured from: 0 for MR magnitudes, the window's minimum for values
 * that go below 0 (signed data with an offset).
 */
function otsu(image: Image, win: Window): { threshold: number; floor: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let y = win.y0; y < win.y0 + win.h; y++) {
    for (let x = win.x0; x < win.x0 + win.w; x++) {
      const v = image.pixels[y * image.columns + x]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const floor = Math.min(0, min);
  if (max === min) return { threshold: max + 1, floor };
  const bins = new Float64Array(256);
  const scale = 255 / (max - min);
  for (let y = win.y0; y < win.y0 + win.h; y++) {
    for (let x = win.x0; x < win.x0 + win.w; x++) bins[Math.round((image.pixels[y * image.columns + x]! - min) * scale)]!++;
  }
  const total = win.w * win.h;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * bins[i]!;
  let weightLow = 0;
  let sumLow = 0;
  let best = 0;
  let bestVariance = -1;
  for (let i = 0; i < 255; i++) {
    weightLow += bins[i]!;
    sumLow += i * bins[i]!;
    const weightHigh = total - weightLow;
    if (weightLow === 0 || weightHigh === 0) continue;
    const between = weightLow * weightHigh * (sumLow / weightLow - (sumAll - sumLow) / weightHigh) ** 2;
    if (between > bestVariance) {
      bestVariance = between;
      best = i;
    }
  }
  return { threshold: min + (best + 0.5) / scale, floor };
}

/** The 4-connected region of pixels accepted by `keep` that holds the start; null when it reaches the window's edge. */
function grow(image: Image, win: Window, startX: number, startY: number, keep: (v: number) => boolean): Region | null {
  const mask = new Uint8Array(win.w * win.h);
  const queue = new Int32Array(win.w * win.h);
  let head = 0;
  let tail = 0;
  const first = (startY - win.y0) * win.w + (startX - win.x0);
  mask[first] = 1;
  queue[tail++] = first;
  while (head < tail) {
    const k = queue[head++]!;
    const lx = k % win.w;
    const ly = (k - lx) / win.w;
    if (lx === 0 || ly === 0 || lx === win.w - 1 || ly === win.h - 1) return null;
    for (const n of [k - 1, k + 1, k - win.w, k + win.w]) {
      if (mask[n] === 1) continue;
      const nx = n % win.w;
      const ny = (n - nx) / win.w;
      if (keep(image.pixels[(ny + win.y0) * image.columns + nx + win.x0]!)) {
        mask[n] = 1;
        queue[tail++] = n;
      }
    }
  }
  return { window: win, mask, count: tail };
}

/** Fills what the outside cannot reach (4-connected from the window's edge): papillary muscles, noise. */
function fillHoles(region: Region): Region {
  const { w, h } = region.window;
  const outside = new Uint8Array(w * h);
  const queue = new Int32Array(w * h);
  let tail = 0;
  for (let x = 0; x < w; x++) for (const y of [0, h - 1]) if (region.mask[y * w + x] === 0 && outside[y * w + x] === 0) (outside[y * w + x] = 1), (queue[tail++] = y * w + x);
  for (let y = 0; y < h; y++) for (const x of [0, w - 1]) if (region.mask[y * w + x] === 0 && outside[y * w + x] === 0) (outside[y * w + x] = 1), (queue[tail++] = y * w + x);
  for (let head = 0; head < tail; head++) {
    const k = queue[head]!;
    const x = k % w;
    for (const n of [x > 0 ? k - 1 : -1, x < w - 1 ? k + 1 : -1, k - w, k + w]) {
      if (n < 0 || n >= w * h || outside[n] === 1 || region.mask[n] === 1) continue;
      outside[n] = 1;
      queue[tail++] = n;
    }
  }
  const mask = new Uint8Array(w * h);
  let count = 0;
  for (let k = 0; k < mask.length; k++) if (outside[k] === 0) (mask[k] = 1), count++;
  return { window: region.window, mask, count };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Pixel values of the region, and of the pixels 4-adjacent to it outside (its rim). */
function levels(image: Image, region: Region): { inside: number[]; rim: number[] } {
  const { x0, y0, w, h } = region.window;
  const inside: number[] = [];
  const rim: number[] = [];
  for (let k = 0; k < region.mask.length; k++) {
    const x = k % w;
    const y = (k - x) / w;
    const v = image.pixels[(y + y0) * image.columns + x + x0]!;
    if (region.mask[k] === 1) inside.push(v);
    else if ((x > 0 && region.mask[k - 1] === 1) || (x < w - 1 && region.mask[k + 1] === 1) || (y > 0 && region.mask[k - w] === 1) || (y < h - 1 && region.mask[k + w] === 1)) rim.push(v);
  }
  return { inside, rim };
}

/** The seed pixel, or the nearest pixel within reach of it that `keep` accepts. */
function startNear(image: Image, seed: [number, number], keep: (v: number) => boolean): [number, number] | null {
  const sx = Math.min(image.columns - 1, Math.max(0, Math.round(seed[0])));
  const sy = Math.min(image.rows - 1, Math.max(0, Math.round(seed[1])));
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let dy = -SEED_REACH; dy <= SEED_REACH; dy++) {
    for (let dx = -SEED_REACH; dx <= SEED_REACH; dx++) {
      const x = sx + dx;
      const y = sy + dy;
      if (x < 0 || y < 0 || x >= image.columns || y >= image.rows || !keep(image.pixels[y * image.columns + x]!)) continue;
      const d = dx * dx + dy * dy;
      if (d < bestDistance) (best = [x, y]), (bestDistance = d);
    }
  }
  return best;
}

interface Pool {
  region: Region;
  /** Levels above the window's floor. */
  blood: number;
  rim: number;
  floor: number;
}

/** The bright pool connected to the seed, with its level and its rim's. */
function bloodPool(image: Image, seed: [number, number]): Pool | null {
  const win = windowAround(image, Math.round(seed[0]), Math.round(seed[1]));
  const { threshold: first, floor } = otsu(image, win);
  const start = startNear(image, seed, (v) => v >= first);
  if (!start) return null;
  const rough = grow(image, windowAround(image, start[0], start[1]), start[0], start[1], (v) => v >= first);
  if (!rough) return null;
  const rough1 = levels(image, rough);
  // Half-way between the pool and its rim: the edge of a blurred step, whatever Otsu's window held.
  const threshold = (median(rough1.inside) + median(rough1.rim)) / 2;
  const start2 = startNear(image, seed, (v) => v >= threshold) ?? start;
  const refined = grow(image, rough.window, start2[0], start2[1], (v) => v >= threshold);
  if (!refined) return null;
  const region = fillHoles(refined);
  const final = levels(image, region);
  const blood = median(final.inside) - floor;
  const rim = median(final.rim) - floor;
  const spread = 1.4826 * median(final.rim.map((v) => Math.abs(v - floor - rim)));
  // Not ringed by one darker tissue: an atrium in the mediastinum, or a pool that leaked.
  if (blood - rim < MIN_RIM_CONTRAST * blood || spread > MAX_RIM_SPREAD * (blood - rim)) return null;
  const brighter = final.inside.filter((v) => v - floor > blood + MAX_RIM_SPREAD * (blood - rim)).length;
  if (brighter > MAX_BRIGHTER_FRACTION * final.inside.length) return null;
  return { region, blood, rim, floor };
}

/** The outline of a region in image coordinates, simplified within MAX_AREA_CHANGE of its pixel count. */
function outlineOf(region: Region): [number, number][] | null {
  const crack = crackBoundary(region.mask, region.window.w, region.window.h);
  if (crack.length < 4) return null;
  const exact = mergeCollinear(crack);
  let points = simplifyKeepingArea(edgeMidpoints(crack), exact, region.count, MAX_AREA_CHANGE);
  // Simplification can fold a narrow neck over itself; the edge-following outline never crosses.
  if (selfIntersects(points, new CrossingBudget(CROSSING_CHECK_BUDGET)) !== false) points = exact;
  if (points.length > MAX_POINTS) return null;
  // Corner (X, Y) of the window is (x0 + X − 0.5, y0 + Y − 0.5) with (0, 0) at the top-left pixel's centre.
  return points.map(([x, y]) => [region.window.x0 + x - 0.5, region.window.y0 + y - 0.5]);
}

function bilinear(image: Image, x: number, y: number): number {
  if (x < 0 || y < 0 || x > image.columns - 1 || y > image.rows - 1) return Number.NaN;
  const ix = Math.min(image.columns - 2, Math.floor(x));
  const iy = Math.min(image.rows - 2, Math.floor(y));
  const fx = x - ix;
  const fy = y - iy;
  const p = image.pixels;
  const c = image.columns;
  const k = iy * c + ix;
  return (p[k]! * (1 - fx) + p[k + 1]! * fx) * (1 - fy) + (p[k + c]! * (1 - fx) + p[k + c + 1]! * fx) * fy;
}

function circularFilter(values: number[], width: number, pick: (window: number[]) => number): number[] {
  const n = values.length;
  const half = width >> 1;
  return values.map((_, i) => pick(Array.from({ length: width }, (_, k) => values[(i + k - half + n) % n]!)));
}

/** The epicardium round a pool: on each ray, where the myocardial level gives way to another tissue. */
function ringAround(image: Image, pool: Pool): [number, number][] | null {
  const { region } = pool;
  const { x0, y0, w } = region.window;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < region.mask.length; k++) if (region.mask[k] === 1) (sx += k % w), (sy += Math.floor(k / w));
  const cx = x0 + sx / region.count;
  const cy = y0 + sy / region.count;
  const inPool = (x: number, y: number) => {
    const lx = Math.round(x) - x0;
    const ly = Math.round(y) - y0;
    return lx >= 0 && ly >= 0 && lx < w && ly < region.window.h && region.mask[ly * w + lx] === 1;
  };
  const radius = Math.sqrt(region.count / Math.PI);
  const reach = Math.max(12, 1.2 * radius);
  const rays = Array.from({ length: RAYS }, (_, i) => {
    const angle = (2 * Math.PI * i) / RAYS;
    const dx = Math.cos(angle);
    const dy = Math.sin(angle);
    let r = 0;
    while (inPool(cx + r * dx, cy + r * dy) && r < 2 * WINDOW_HALF) r += RAY_STEP;
    return { dx, dy, inner: r };
  });
  const rimSamples: number[] = [];
  for (const ray of rays) for (const d of [0.75, 1.25]) rimSamples.push(bilinear(image, cx + (ray.inner + d) * ray.dx, cy + (ray.inner + d) * ray.dy));
  const finite = rimSamples.filter(Number.isFinite);
  if (finite.length < RAYS) return null;
  const myocardium = median(finite);
  const spread = 1.4826 * median(finite.map((v) => Math.abs(v - myocardium)));
  const contrast = pool.blood + pool.floor - myocardium;
  // No dark ring: the pool is not a ventricle (an atrium, a vessel), or the seed missed.
  if (contrast < 6 * spread || contrast < MIN_RIM_CONTRAST * pool.blood) return null;
  const tolerance = Math.max(5 * spread, 0.15 * contrast);
  const differs = (v: number) => !Number.isFinite(v) || Math.abs(v - myocardium) > tolerance;
  const outer = rays.map((ray) => {
    const at = (r: number) => bilinear(image, cx + r * ray.dx, cy + r * ray.dy);
    for (let r = ray.inner + RAY_STEP; r <= ray.inner + reach; r += RAY_STEP) {
      if (!differs(at(r)) || !differs(at(r + 0.5))) continue;
      const beyond = at(r + 1.5);
      if (!Number.isFinite(beyond)) return Number.NaN;
      // The edge: where the profile crosses half-way between the myocardium and what lies beyond.
      const edge = (myocardium + beyond) / 2;
      let back = r;
      while (back > ray.inner && (at(back - RAY_STEP) - edge) * (beyond - edge) > 0) back -= RAY_STEP;
      const before = at(back - RAY_STEP);
      const after = at(back);
      const t = after === before ? 0 : (edge - before) / (after - before);
      return back - RAY_STEP + Math.max(0, Math.min(1, t)) * RAY_STEP;
    }
    return Number.NaN;
  });
  const lost = outer.filter((r) => !Number.isFinite(r)).length;
  if (lost > MAX_LOST_RAYS * RAYS) return null;
  const filled = outer.map((r, i) => {
    if (Number.isFinite(r)) return r;
    let before = i;
    let after = i;
    while (!Number.isFinite(outer[(before + RAYS) % RAYS]!)) before--;
    while (!Number.isFinite(outer[after % RAYS]!)) after++;
    const a = outer[(before + RAYS) % RAYS]!;
    const b = outer[after % RAYS]!;
    return a + ((b - a) * (i - before)) / (after - before);
  });
  const reference = circularFilter(filled, MEDIAN_RAYS, median);
  const kept = filled.map((r, i) => (Math.abs(r - reference[i]!) > OUTLIER_PX ? reference[i]! : r));
  const smooth = circularFilter(kept, 3, (v) => (v[0]! + v[1]! + v[2]!) / 3);
  const walls = smooth.map((r, i) => r - rays[i]!.inner);
  if (median(walls) < 1) return null;
  // The ring's pixels: as dark as myocardium, reached from the pool, and within the smoothed edge
  // (plus most of a pixel, so that the edge pixels count whole); outlined like the pool.
  const limit = (x: number, y: number): number => {
    const turn = ((Math.atan2(y - cy, x - cx) + 2 * Math.PI) % (2 * Math.PI)) / (2 * Math.PI) * RAYS;
    const i = Math.floor(turn) % RAYS;
    const f = turn - Math.floor(turn);
    return smooth[i]! * (1 - f) + smooth[(i + 1) % RAYS]! * f + EDGE_ALLOWANCE_PX;
  };
  const ring = new Uint8Array(region.mask);
  const queue: number[] = [];
  for (let k = 0; k < ring.length; k++) if (ring[k] === 1) queue.push(k);
  const { h } = region.window;
  for (let head = 0; head < queue.length; head++) {
    const k = queue[head]!;
    const x = k % w;
    for (const n of [x > 0 ? k - 1 : -1, x < w - 1 ? k + 1 : -1, k >= w ? k - w : -1, k + w < w * h ? k + w : -1]) {
      if (n < 0 || ring[n] === 1) continue;
      const nx = (n % w) + x0;
      const ny = Math.floor(n / w) + y0;
      if (Math.abs(image.pixels[ny * image.columns + nx]! - myocardium) > tolerance || Math.hypot(nx - cx, ny - cy) > limit(nx, ny)) continue;
      ring[n] = 1;
      queue.push(n);
    }
  }
  const disc = fillHoles({ window: region.window, mask: ring, count: queue.length });
  if (disc.count <= region.count) return null;
  return outlineOf(disc);
}

/** The dark disc under the seed, where the ventricle has no cavity (the apex). */
function darkDisc(image: Image, seed: [number, number]): [number, number][] | null {
  const win = windowAround(image, Math.round(seed[0]), Math.round(seed[1]));
  const { threshold, floor } = otsu(image, win);
  const start = startNear(image, seed, (v) => v < threshold);
  if (!start) return null;
  const neighbourhood: number[] = [];
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) neighbourhood.push(bilinear(image, start[0] + dx, start[1] + dy));
  const level = median(neighbourhood.filter(Number.isFinite));
  // As far below the muscle's level as the threshold is above it: darker is lung or air, not myocardium.
  const region = grow(image, windowAround(image, start[0], start[1]), start[0], start[1], (v) => v < threshold && v > 2 * level - threshold);
  if (!region || region.count < 4) return null;
  const disc = fillHoles(region);
  const found = levels(image, disc);
  const inside = median(found.inside);
  const rim = median(found.rim);
  // The disc must stand out from what surrounds it as myocardium does from blood and mediastinum.
  if (rim - inside < MIN_RIM_CONTRAST * (rim - floor)) return null;
  return outlineOf(disc);
}

export function suggestContour(pixels: SuggestPixels, rows: number, columns: number, seed: [number, number], structure: 'lv-endocardium' | 'lv-epicardium'): [number, number][] | null {
  validate(pixels, rows, columns, seed);
  const image: Image = { pixels, rows, columns };
  const pool = bloodPool(image, seed);
  if (structure === 'lv-endocardium') return pool ? outlineOf(pool.region) : null;
  return pool ? ringAround(image, pool) : darkDisc(image, seed);
}
