// Volumetry on exact shapes: areas of known polygons on known grids, slab thickness from the three
// sources, slices with gaps, oblique and anisotropic geometry, EF and mass; each warning and each
// class of impossible input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodySurfaceArea, computeVolumetry, VolumetryInputError, type Contour, type SliceGeometry } from '../src/reading/volumetry/index.ts';

type Vec3 = [number, number, number];
const AXIAL: SliceGeometry['imageOrientationPatient'] = [1, 0, 0, 0, 1, 0];

function slice(sop: string, z: number, extra: Partial<SliceGeometry> = {}): SliceGeometry {
  return { sopInstanceUID: sop, imagePositionPatient: [0, 0, z], imageOrientationPatient: AXIAL, pixelSpacing: [1, 1], rows: 256, columns: 256, ...extra };
}

/** A square of side s pixels (area s²) with its corner at (x, y). */
const square = (x: number, y: number, s: number): [number, number][] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s]];
/** A regular n-gon of radius r (pixels) around (cx, cy). */
const polygon = (cx: number, cy: number, r: number, n = 720): [number, number][] =>
  Array.from({ length: n }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)]);
const ngonArea = (r: number, n = 720) => (n / 2) * r * r * Math.sin((2 * Math.PI) / n);

let next = 0;
function contour(structure: Contour['structure'], phase: Contour['phase'], sop: string, points: [number, number][], series = '1.2.3'): Contour {
  return { id: `c${++next}`, structure, phase, seriesInstanceUID: series, sopInstanceUID: sop, frameNumber: 1, points, tool: 'freehand' };
}
const geometryMap = (...slices: SliceGeometry[]) => new Map(slices.map((s) => [s.sopInstanceUID, s]));

test('a square of known area: pixel area × SpacingBetweenSlices, in mL', () => {
  const g = geometryMap(slice('a', 0, { pixelSpacing: [1.5, 1.5], spacingBetweenSlices: 8, sliceThickness: 6 }));
  const r = computeVolumetry([contour('lv-endocardium', 'ED', 'a', square(10, 10, 20))], g);
  assert.deepEqual(r.slices, [{ sopInstanceUID: 'a', phase: 'ED', structure: 'lv-endocardium', areaMm2: 900, thicknessMm: 8 }]);
  assert.equal(r.lvEdvMl, 7.2); // 400 px × 2.25 mm² × 8 mm
  assert.equal(r.method, 'summation-of-discs');
  assert.equal(r.myocardialDensityGPerMl, 1.05);
});

test('anisotropic pixel spacing: the area uses row spacing × column spacing whatever the polygon orientation', () => {
  const g = geometryMap(slice('a', 0, { pixelSpacing: [2, 0.5], sliceThickness: 10 }));
  // 40 columns wide, 10 rows high: 40 × 0.5 mm by 10 × 2 mm.
  const wide: [number, number][] = [[0, 0], [40, 0], [40, 10], [0, 10]];
  const r = computeVolumetry([contour('lv-endocardium', 'ED', 'a', wide)], g);
  assert.equal(r.slices[0]!.areaMm2, 400);
  assert.equal(r.lvEdvMl, 4); // single slice: SliceThickness
});

test('a circle: the area of the polygon, clockwise or not', () => {
  const g = geometryMap(slice('a', 0, { pixelSpacing: [1.25, 1.25], spacingBetweenSlices: 10 }));
  const points = polygon(100, 120, 20);
  const r = computeVolumetry([contour('lv-endocardium', 'ED', 'a', [...points].reverse())], g);
  assert.ok(Math.abs(r.slices[0]!.areaMm2 - ngonArea(20) * 1.5625) < 0.01);
  assert.ok(Math.abs(r.slices[0]!.areaMm2 - Math.PI * 400 * 1.5625) / (Math.PI * 400 * 1.5625) < 1e-4);
});

test('EDV, ESV, SV, EF over a stack; LV mass from epicardium minus endocardium at ED × 1.05', () => {
  const sops = [0, 1, 2, 3].map((i) => `s${i}`);
  const g = geometryMap(...sops.map((s, i) => slice(s, 10 * i, { spacingBetweenSlices: 10 })));
  const contours = sops.flatMap((s) => [
    contour('lv-endocardium', 'ED', s, square(50, 50, 30)), // 900 mm² × 10 mm = 9 mL per slice
    contour('lv-endocardium', 'ES', s, square(55, 55, 20)), // 400 mm² → 4 mL
    contour('lv-epicardium', 'ED', s, square(45, 45, 40)), // 1600 mm² → 16 mL
  ]);
  const r = computeVolumetry(contours, g);
  assert.equal(r.lvEdvMl, 36);
  assert.equal(r.lvEsvMl, 16);
  assert.equal(r.lvSvMl, 20);
  assert.equal(r.lvEfPercent, 55.56);
  assert.equal(r.lvMassG, 29.4); // (64 − 36) mL × 1.05
  assert.equal(r.rvEdvMl, undefined);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.slices.length, 12);
});

test('RV volumes when rv-endocardium contours exist', () => {
  const g = geometryMap(slice('a', 0, { spacingBetweenSlices: 8 }), slice('b', 8, { spacingBetweenSlices: 8 }));
  const r = computeVolumetry(
    [contour('rv-endocardium', 'ED', 'a', square(0, 0, 50)), contour('rv-endocardium', 'ED', 'b', square(0, 0, 50)), contour('rv-endocardium', 'ES', 'a', square(0, 0, 25)), contour('rv-endocardium', 'ES', 'b', square(0, 0, 25))],
    g,
  );
  assert.equal(r.rvEdvMl, 40);
  assert.equal(r.rvEsvMl, 10);
  assert.equal(r.rvSvMl, 30);
  assert.equal(r.rvEfPercent, 75);
  assert.equal(r.lvEdvMl, undefined);
});

test('without SpacingBetweenSlices the slab is the measured spacing, and a gap is shared by its neighbours', () => {
  // Slices at 0, 8, 24 and 32 mm (the one at 16 is missing): slabs 8, 12, 12, 8 = the 40 mm the stack covers.
  const positions = [0, 8, 24, 32];
  const g = geometryMap(...positions.map((z, i) => slice(`s${i}`, z, { sliceThickness: 6 })));
  const r = computeVolumetry(positions.map((_, i) => contour('lv-endocardium', 'ED', `s${i}`, square(0, 0, 10))), g);
  assert.deepEqual(r.slices.map((s) => s.thicknessMm), [8, 12, 12, 8]);
  assert.equal(r.lvEdvMl, 4);
});

test('with SpacingBetweenSlices a gap in the stack is a warning, and its slab is not counted', () => {
  const positions = [0, 8, 24, 32];
  const g = geometryMap(...positions.map((z, i) => slice(`s${i}`, z, { spacingBetweenSlices: 8 })));
  const r = computeVolumetry(positions.map((_, i) => contour('lv-endocardium', 'ED', `s${i}`, square(0, 0, 10))), g);
  assert.equal(r.lvEdvMl, 3.2);
  assert.equal(r.warnings.filter((w) => /gap of 16 mm/.test(w)).length, 1);
});

test('slices are ordered along the normal of an oblique stack, not by their UIDs or z', () => {
  // A double-oblique short-axis orientation; slices 7 mm apart along its normal, given in shuffled order.
  const row: Vec3 = [0.6, -0.48, 0.64];
  const column: Vec3 = [0.8, 0.36, -0.48];
  const normal: Vec3 = [row[1] * column[2] - row[2] * column[1], row[2] * column[0] - row[0] * column[2], row[0] * column[1] - row[1] * column[0]];
  const origin: Vec3 = [-40, 25, 60];
  const at = (k: number): Vec3 => [origin[0] + 7 * k * normal[0] + 3 * row[0], origin[1] + 7 * k * normal[1] + 3 * row[1], origin[2] + 7 * k * normal[2] + 3 * row[2]];
  const order = [2, 0, 3, 1];
  const g = geometryMap(...order.map((k) => ({ ...slice(`k${k}`, 0), imagePositionPatient: at(k), imageOrientationPatient: [...row, ...column] as SliceGeometry['imageOrientationPatient'], pixelSpacing: [1.4, 1.4] as [number, number] })));
  // Areas grow with k so a wrong order would change the slabs: 1, 4, 9, 16 × 100 px.
  const r = computeVolumetry(order.map((k) => contour('lv-endocardium', 'ED', `k${k}`, square(0, 0, 10 * (k + 1)))), g);
  assert.deepEqual(r.slices.map((s) => s.sopInstanceUID), ['k0', 'k1', 'k2', 'k3']);
  assert.ok(r.slices.every((s) => Math.abs(s.thicknessMm - 7) < 1e-3));
  assert.ok(Math.abs(r.lvEdvMl! - (30 * 100 * 1.96 * 7) / 1000) < 0.01);
  assert.ok(!r.warnings.some((w) => /parallel|gap|same slice position/.test(w)), JSON.stringify(r.warnings));
});

test('warnings: slices not parallel, epicardium missing, overlaps, mixed series, missing phase, self-crossing', () => {
  const tilted: SliceGeometry['imageOrientationPatient'] = [1, 0, 0, 0, Math.cos(0.2), Math.sin(0.2)];
  const g = geometryMap(slice('a', 0, { spacingBetweenSlices: 8 }), slice('b', 8, { spacingBetweenSlices: 8, imageOrientationPatient: tilted }));
  const r = computeVolumetry(
    [
      contour('lv-endocardium', 'ED', 'a', square(10, 10, 20)),
      contour('lv-endocardium', 'ED', 'a', square(20, 20, 20)),
      contour('lv-endocardium', 'ED', 'b', square(10, 10, 20), '9.9.9'),
      contour('lv-epicardium', 'ED', 'a', [[0, 0], [40, 40], [40, 0], [0, 40]]),
    ],
    g,
  );
  const has = (pattern: RegExp) => assert.ok(r.warnings.some((w) => pattern.test(w)), `${pattern} in ${JSON.stringify(r.warnings)}`);
  has(/not parallel/);
  has(/lv-endocardium without lv-epicardium at ED on image b/);
  has(/contours c\d+ and c\d+ overlap on image a/);
  has(/lv-endocardium at ED: contours on 2 different series are mixed/);
  has(/lv-endocardium: no contour at ES/);
  has(/crosses itself/);
  assert.equal(r.lvEsvMl, undefined);
  assert.equal(r.lvEfPercent, undefined);
  assert.ok(r.lvEdvMl! > 0);
});

test('two separate contours of one structure on an image add up without a warning', () => {
  const g = geometryMap(slice('a', 0, { spacingBetweenSlices: 10 }));
  const r = computeVolumetry([contour('lv-endocardium', 'ED', 'a', square(0, 0, 10)), contour('lv-endocardium', 'ED', 'a', square(50, 50, 10))], g);
  assert.equal(r.lvEdvMl, 2);
  assert.ok(!r.warnings.some((w) => /overlap/.test(w)), JSON.stringify(r.warnings));
});

test('no slab thickness at all: no volume, and a warning', () => {
  const r = computeVolumetry([contour('lv-endocardium', 'ED', 'a', square(0, 0, 10))], geometryMap(slice('a', 0)));
  assert.equal(r.lvEdvMl, undefined);
  assert.ok(r.warnings.some((w) => /slab thickness of image a is unknown/.test(w)));
});

test('hostile input costs bounded work: crossing checks stop at their budget and say so', () => {
  // Stars whose 4096 edges are all near-diameters: every pair of edges crosses.
  const star: [number, number][] = Array.from({ length: 4096 }, (_, k) => [128 + 100 * Math.cos((2 * Math.PI * 2047 * k) / 4096), 128 + 100 * Math.sin((2 * Math.PI * 2047 * k) / 4096)]);
  const contours = Array.from({ length: 200 }, () => contour('lv-endocardium', 'ED', 'a', star));
  const started = process.cpuUsage();
  const r = computeVolumetry(contours, geometryMap(slice('a', 0, { spacingBetweenSlices: 8 })));
  const cpu = process.cpuUsage(started);
  assert.ok(r.warnings.some((w) => /contour\(s\) too complex to check for self-crossing/.test(w)));
  assert.ok(r.warnings.some((w) => /pair\(s\) of contours too complex to check for overlap/.test(w)));
  assert.ok(r.lvEdvMl! > 0);
  // Generous: the budget is 2·10⁷ pair tests, well under a second of CPU on an ordinary machine.
  assert.ok((cpu.user + cpu.system) / 1e6 < 10, `${(cpu.user + cpu.system) / 1e6} s of CPU`);
});

test('no contours: an empty result', () => {
  const r = computeVolumetry([], new Map());
  assert.deepEqual(r, { method: 'summation-of-discs', myocardialDensityGPerMl: 1.05, slices: [], warnings: [] });
});

test('impossible input is refused with a stable code', () => {
  const g = geometryMap(slice('a', 0, { spacingBetweenSlices: 8 }));
  const ok = () => contour('lv-endocardium', 'ED', 'a', square(0, 0, 10));
  const refuses = (code: string, contours: unknown[], geometry: Map<string, SliceGeometry> = g) =>
    assert.throws(() => computeVolumetry(contours as Contour[], geometry), (e: unknown) => e instanceof VolumetryInputError && e.code === code && e.kind === 'invalid', code);
  refuses('volumetry.not-finite', [{ ...ok(), points: [[0, 0], [Number.NaN, 1], [1, 1]] }]);
  refuses('volumetry.not-finite', [{ ...ok(), points: [[0, 0], [Infinity, 1], [1, 1]] }]);
  refuses('volumetry.not-finite', [{ ...ok(), points: [[0, 0], ['1', 1], [1, 1]] }]);
  refuses('volumetry.invalid-contour', [{ ...ok(), points: [[0, 0], [1, 1]] }]);
  refuses('volumetry.invalid-contour', [{ ...ok(), points: Array.from({ length: 4097 }, (_, i) => [i % 200, i % 7]) }]);
  refuses('volumetry.invalid-contour', [{ ...ok(), structure: 'la-endocardium' }]);
  refuses('volumetry.invalid-contour', [{ ...ok(), phase: 'MD' }]);
  refuses('volumetry.invalid-contour', [{ ...ok(), id: 'has space' }]);
  refuses('volumetry.duplicate-contour-id', [{ ...ok(), id: 'x' }, { ...ok(), id: 'x' }]);
  refuses('volumetry.too-many-contours', Array.from({ length: 2001 }, ok));
  refuses('volumetry.frame-not-supported', [{ ...ok(), frameNumber: 2 }]);
  refuses('volumetry.point-outside-image', [{ ...ok(), points: [[0, 0], [300, 0], [0, 10]] }]);
  refuses('volumetry.geometry-missing', [{ ...ok(), sopInstanceUID: 'unknown' }]);
  refuses('volumetry.invalid-geometry', [ok()], geometryMap(slice('a', 0, { pixelSpacing: [0, 1] })));
  refuses('volumetry.invalid-geometry', [ok()], geometryMap(slice('a', 0, { imageOrientationPatient: [1, 0, 0, 1, 0, 0] })));
  refuses('volumetry.invalid-geometry', [ok()], geometryMap(slice('a', 0, { imageOrientationPatient: [2, 0, 0, 0, 1, 0] })));
  refuses('volumetry.invalid-geometry', [ok()], geometryMap(slice('a', Number.NaN)));
  refuses('volumetry.invalid-geometry', [ok()], geometryMap(slice('a', 0, { rows: 0 })));
});

test('Mosteller body surface area, undefined outside a person’s bounds', () => {
  assert.equal(bodySurfaceArea(1.8, 81), Math.sqrt((180 * 81) / 3600)); // 2.01 m²
  assert.ok(Math.abs(bodySurfaceArea(1.7, 70)! - 1.8181) < 1e-4);
  for (const [h, w] of [[0.29, 70], [2.51, 70], [1.7, 0.9], [1.7, 401], [Number.NaN, 70], [1.7, Infinity]] as const) assert.equal(bodySurfaceArea(h, w), undefined, `${h} m, ${w} kg`);
});
