// Contour suggestion on drawn images whose pixel counts are known: a blood pool in a dark ring, the
// same beside a bright right ventricle with a dark wall, an apex without cavity; what must give null
// (a bright vessel without a ring, a click in uniform tissue, noise); and the refused inputs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suggestContour, VolumetryInputError } from '../src/reading/volumetry/index.ts';
import { CrossingBudget, selfIntersects, signedArea } from '../src/reading/volumetry/polygon.ts';

const BLOOD = 900;
const MYOCARDIUM = 260;
const MEDIASTINUM = 620;

/** A seeded generator of normal deviates (Box–Muller on an LCG), so each drawing has the same noise. */
function noise(seed: number, sigma: number): () => number {
  let state = seed >>> 0;
  const uniform = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  return () => sigma * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

interface Drawing {
  pixels: Uint16Array;
  rows: number;
  columns: number;
  /** Pixels whose centre lies in the pool / inside the epicardium. */
  pool: number;
  disc: number;
}

/** Tissue at each pixel centre, hard edges (as the phantom draws), plus noise. */
function draw(rows: number, columns: number, tissue: (x: number, y: number) => number, sigma = 15, seed = 7): Uint16Array {
  const n = noise(seed, sigma);
  const pixels = new Uint16Array(rows * columns);
  for (let y = 0; y < rows; y++) for (let x = 0; x < columns; x++) pixels[y * columns + x] = Math.max(0, Math.round(tissue(x, y) + n()));
  return pixels;
}

function ventricle(options: { cx: number; cy: number; inner: number; outer: number; rv?: boolean }): Drawing {
  const rows = 160;
  const columns = 192;
  let pool = 0;
  let disc = 0;
  const { cx, cy, inner, outer } = options;
  const tissue = (x: number, y: number): number => {
    const r = Math.hypot(x - cx, y - cy);
    if (r <= inner) return BLOOD;
    if (r <= outer) return MYOCARDIUM;
    if (options.rv) {
      // A right ventricle against the septum: bright blood in a 2-pixel dark wall that meets the LV.
      const e = Math.hypot((x - (cx - outer - 12)) / 14, (y - cy) / 30);
      if (e <= 1) return BLOOD * 0.97;
      if (e <= 1.15) return MYOCARDIUM * 1.05;
    }
    return MEDIASTINUM;
  };
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const r = Math.hypot(x - cx, y - cy);
      if (r <= inner) pool++;
      if (r <= outer) disc++;
    }
  }
  return { pixels: draw(rows, columns, tissue), rows, columns, pool, disc };
}

const area = (points: [number, number][] | null) => Math.abs(signedArea(points!));
const relative = (a: number, b: number) => Math.abs(a - b) / b;

function assertWellFormed(points: [number, number][] | null, rows: number, columns: number): void {
  assert.ok(points, 'a contour');
  assert.ok(points.length >= 3 && points.length <= 4096);
  assert.ok(points.every(([x, y]) => x >= -0.5 && y >= -0.5 && x <= columns - 0.5 && y <= rows - 0.5));
  assert.equal(selfIntersects(points, new CrossingBudget(1e7)), false);
}

test('endocardium: the pool under the seed, its area within 0.5 % of its pixels, with far fewer points than its edge', () => {
  const d = ventricle({ cx: 90.3, cy: 70.6, inner: 18.2, outer: 25.4 });
  for (const seed of [[90, 70], [97, 64], [80, 75]] as [number, number][]) {
    const endo = suggestContour(d.pixels, d.rows, d.columns, seed, 'lv-endocardium');
    assertWellFormed(endo, d.rows, d.columns);
    assert.ok(relative(area(endo), d.pool) <= 0.005, `${area(endo)} vs ${d.pool}`);
    assert.ok(endo!.length < 80, `${endo!.length} points`);
  }
});

test('epicardium: the outer edge of the dark ring, within 1 % of its pixels', () => {
  const d = ventricle({ cx: 90.3, cy: 70.6, inner: 18.2, outer: 25.4 });
  const epi = suggestContour(d.pixels, d.rows, d.columns, [91, 71], 'lv-epicardium');
  assertWellFormed(epi, d.rows, d.columns);
  assert.ok(relative(area(epi), d.disc) <= 0.01, `${area(epi)} vs ${d.disc}`);
});

test('a right ventricle whose wall meets the ring: the epicardium does not follow the RV wall', () => {
  const d = ventricle({ cx: 110.5, cy: 80.2, inner: 20.5, outer: 28.1, rv: true });
  const endo = suggestContour(d.pixels, d.rows, d.columns, [110, 80], 'lv-endocardium');
  const epi = suggestContour(d.pixels, d.rows, d.columns, [110, 80], 'lv-epicardium');
  assert.ok(relative(area(endo), d.pool) <= 0.005, `${area(endo)} vs ${d.pool}`);
  assert.ok(relative(area(epi), d.disc) <= 0.02, `${area(epi)} vs ${d.disc}`);
});

test('the apex without cavity: no endocardium, the epicardium is the dark disc under the seed', () => {
  const d = ventricle({ cx: 90.5, cy: 70.5, inner: 0, outer: 9.3 });
  assert.equal(suggestContour(d.pixels, d.rows, d.columns, [90, 70], 'lv-endocardium'), null);
  const epi = suggestContour(d.pixels, d.rows, d.columns, [90, 70], 'lv-epicardium');
  assertWellFormed(epi, d.rows, d.columns);
  assert.ok(relative(area(epi), d.disc) <= 0.01, `${area(epi)} vs ${d.disc}`);
});

test('nothing plausible gives null: a bright vessel without a dark ring, uniform tissue, noise', () => {
  const vessel = draw(128, 128, (x, y) => (Math.hypot(x - 64, y - 64) <= 10 ? BLOOD : MEDIASTINUM));
  assert.equal(suggestContour(vessel, 128, 128, [64, 64], 'lv-endocardium'), null);
  assert.equal(suggestContour(vessel, 128, 128, [64, 64], 'lv-epicardium'), null);
  const uniform = draw(128, 128, () => MEDIASTINUM);
  assert.equal(suggestContour(uniform, 128, 128, [30, 90], 'lv-endocardium'), null);
  assert.equal(suggestContour(uniform, 128, 128, [30, 90], 'lv-epicardium'), null);
  const n = noise(3, 400);
  const random = Uint16Array.from({ length: 1024 * 1024 }, () => Math.max(0, Math.round(800 + n())));
  assert.equal(suggestContour(random, 1024, 1024, [512, 512], 'lv-endocardium'), null);
});

test('8-bit and signed (offset) 16-bit images give the same contours', () => {
  const d = ventricle({ cx: 90.3, cy: 70.6, inner: 18.2, outer: 25.4 });
  const apex = ventricle({ cx: 90.5, cy: 70.5, inner: 0, outer: 9.3 });
  const variants = (pixels: Uint16Array) => [Uint8Array.from(pixels, (v) => Math.min(255, v >> 2)), Int16Array.from(pixels, (v) => v - 1024)];
  for (const pixels of variants(d.pixels)) {
    assert.ok(relative(area(suggestContour(pixels, d.rows, d.columns, [90, 70], 'lv-endocardium')), d.pool) <= 0.005);
    assert.ok(relative(area(suggestContour(pixels, d.rows, d.columns, [90, 70], 'lv-epicardium')), d.disc) <= 0.01);
  }
  for (const pixels of variants(apex.pixels)) assert.ok(relative(area(suggestContour(pixels, apex.rows, apex.columns, [90, 70], 'lv-epicardium')), apex.disc) <= 0.01);
});

test('refused input: image size, pixel count, seed', () => {
  const refuses = (code: string, run: () => unknown) => assert.throws(run, (e: unknown) => e instanceof VolumetryInputError && e.code === code, code);
  const small = new Uint16Array(64 * 64);
  refuses('volumetry.invalid-image', () => suggestContour(new Uint16Array(1025 * 8), 1025, 8, [1, 1], 'lv-endocardium'));
  refuses('volumetry.invalid-image', () => suggestContour(small, 64, 63, [1, 1], 'lv-endocardium'));
  refuses('volumetry.invalid-image', () => suggestContour(small, 64.5, 64, [1, 1], 'lv-endocardium'));
  refuses('volumetry.invalid-seed', () => suggestContour(small, 64, 64, [Number.NaN, 1], 'lv-endocardium'));
  refuses('volumetry.invalid-seed', () => suggestContour(small, 64, 64, [64, 1], 'lv-epicardium'));
  refuses('volumetry.invalid-seed', () => suggestContour(small, 64, 64, [1] as unknown as [number, number], 'lv-epicardium'));
});
