// The reading viewer (Cornerstone3D) in headless Chromium on a phantom exam's short-axis cine
// (12 slices × 25 phases): the first image and the whole stack load, slices and phases are stepped by
// keys and the wheel, the cine plays and stops, the window changes with the mouse, a freehand contour
// drawn with the mouse comes out as the reading contract's Contour (structure, phase, SOP instance,
// pixel coordinates, area), a length as a Measurement, and both are drawn back after a reload. Then
// the same viewer in a Chromium without WebGL draws with Cornerstone's CPU renderer.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freshPage, launchBrowser, pageErrors, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';
import { issueUploadToken, uploadPhantomExam, type PhantomExam } from './support/phantom-exam.ts';

let corelab: RunningCorelab;
let browser: Browser;
let work: string;
let exam: PhantomExam;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-e2e-viewer-'));
  let token = '';
  [corelab, browser] = await Promise.all([startCorelab({ prepare: async (runtime) => void (token = await issueUploadToken(runtime)) }), launchBrowser()]);
  exam = await uploadPhantomExam(work, corelab.url, corelab.projectId, token);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

interface Position {
  slice: number;
  phase: number;
  slices: number;
  phases: number;
  playing: boolean;
  sop: string;
  rows: number;
  columns: number;
}

async function position(page: Page): Promise<Position> {
  const el = page.locator('[data-active="true"] [data-testid="pane-position"]');
  const attrs = await el.evaluate((e) => ({ ...(e as HTMLElement).dataset }));
  return {
    slice: Number(attrs.slice),
    phase: Number(attrs.phase),
    slices: Number(attrs.slices),
    phases: Number(attrs.phases),
    playing: attrs.playing === 'true',
    sop: attrs.sop ?? '',
    rows: Number(attrs.rows),
    columns: Number(attrs.columns),
  };
}

interface Output {
  contours: Array<{ id: string; structure: string; phase: string; seriesInstanceUID: string; sopInstanceUID: string; frameNumber: number; points: [number, number][]; tool: string }>;
  measurements: Array<{ id: string; kind: string; sopInstanceUID: string; points: [number, number][]; value: number; unit: string }>;
}

async function output(page: Page): Promise<Output> {
  return JSON.parse(await page.getByTestId('viewer-annotations').textContent() ?? '{}') as Output;
}

function area(points: [number, number][]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

async function openViewer(page: Page): Promise<void> {
  await page.goto(`${corelab.url}/projects/${corelab.projectId}/reading/viewer/${exam.studyInstanceUid}`);
  await page.getByTestId('reading-viewer').waitFor();
  await page.waitForFunction(() => window.corelabViewer?.firstImageMs !== null && window.corelabViewer?.firstImageMs !== undefined, null, { timeout: 30_000 });
}

test('the reading viewer scrolls, plays, windows, and turns a freehand contour into the contract’s Contour', { timeout: 300_000 }, async () => {
  const page = await freshPage(browser);
  await signIn(page, corelab.url, 'datamanager', DEMO_PASSWORD);
  await openViewer(page);
  const mode = await page.getByTestId('reading-viewer').getAttribute('data-render-mode');
  assert.ok(mode === 'gpu' || mode === 'cpu', `rendered by WebGL or the CPU (${mode})`);
  console.log(`# render mode: ${mode}`);

  // The short-axis cine is shown first: 12 slices × 25 phases, from the middle slice; all frames load.
  const start = await position(page);
  assert.equal(start.slices * start.phases, exam.shortAxisInstances);
  assert.equal(start.phases, 25);
  assert.equal(start.phase, 0);
  await page.waitForFunction(() => window.corelabViewer!.stacks[0]?.loadedMs !== null && window.corelabViewer!.stacks[0]?.loadedMs !== undefined, null, { timeout: 60_000 });

  // Keys (the viewer has the focus) and the wheel move by slice and by phase.
  await page.getByTestId('reading-viewer').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  let now = await position(page);
  assert.deepEqual([now.slice, now.phase], [start.slice + 1, 2]);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await position(page)).phase, 24, 'phases wrap around');
  const canvas = page.locator('[data-active="true"] [data-testid="viewer-canvas"]');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -100);
  await page.waitForFunction((slice) => document.querySelector('[data-active="true"] [data-testid="pane-position"]')?.getAttribute('data-slice') === String(slice), start.slice);
  const sops = new Set<string>();
  for (let i = 0; i < 3; i++) {
    sops.add((await position(page)).sop);
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(sops.size, 3, 'each phase is another instance');

  // Cine: plays through the phases of the slice, then stops.
  await page.getByTestId('cine-fps').fill('30');
  await page.getByTestId('cine-toggle').click();
  const before = await position(page);
  assert.equal(before.playing, true);
  await page.waitForFunction((phase) => {
    const el = document.querySelector('[data-active="true"] [data-testid="pane-position"]');
    return el && Math.abs(Number(el.getAttribute('data-phase')) - phase) >= 3;
  }, before.phase);
  await page.getByTestId('cine-toggle').click();
  const stopped = await position(page);
  assert.equal(stopped.playing, false);
  assert.equal(stopped.slice, before.slice, 'the cine stays on its slice');
  await page.waitForTimeout(300);
  assert.equal((await position(page)).phase, stopped.phase, 'stopped means stopped');

  // Window/level: a drag on the image changes the window.
  await page.getByTestId('tool-windowLevel').click();
  const windowBefore = await page.locator('[data-active="true"] [data-testid="pane-window"]').getAttribute('data-width');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction((w) => document.querySelector('[data-active="true"] [data-testid="pane-window"]')?.getAttribute('data-width') !== w, windowBefore);
  await page.getByTestId('view-reset').click();

  // A freehand contour of the LV epicardium at end-systole, drawn with the mouse as a circle.
  await page.getByTestId('viewer-structure').selectOption('lv-epicardium');
  await page.getByTestId('viewer-phase').selectOption('ES');
  await page.getByTestId('reading-viewer').focus();
  await page.keyboard.press('f');
  assert.equal(await page.getByTestId('reading-viewer').getAttribute('data-tool'), 'freehand');
  const shown = await position(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const radius = Math.min(box.width, box.height) * 0.2;
  await page.mouse.move(cx + radius, cy);
  await page.mouse.down();
  for (let i = 1; i <= 48; i++) {
    const angle = (i / 48) * 2 * Math.PI;
    await page.mouse.move(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), { steps: 2 });
  }
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('[data-testid="viewer-annotations"]')?.getAttribute('data-contours') === '1');
  const [contour] = (await output(page)).contours;
  assert.ok(contour);
  assert.equal(contour.structure, 'lv-epicardium');
  assert.equal(contour.phase, 'ES');
  assert.equal(contour.tool, 'freehand');
  assert.equal(contour.sopInstanceUID, shown.sop, 'on the image shown');
  assert.equal(contour.frameNumber, 1);
  assert.match(contour.id, /^[A-Za-z0-9_-]{1,64}$/);
  assert.ok(contour.points.length >= 3 && contour.points.length <= 4096);
  // The image fills the canvas' smaller side: a circle of 0.2 × that side has this radius in pixels.
  const scale = Math.min(box.width / shown.columns, box.height / shown.rows);
  const expected = Math.PI * (radius / scale) ** 2;
  const drawn = area(contour.points);
  assert.ok(Math.abs(drawn - expected) / expected < 0.1, `area ${drawn.toFixed(0)} px² near ${expected.toFixed(0)} px²`);
  const centroid = contour.points.reduce(([x, y], [px, py]) => [x + px / contour.points.length, y + py / contour.points.length], [0, 0]);
  assert.ok(Math.abs(centroid[0] - (shown.columns - 1) / 2) < 1.5 && Math.abs(centroid[1] - (shown.rows - 1) / 2) < 1.5, `centred on the image (${centroid.map((v) => v.toFixed(1)).join(', ')})`);

  // A length measurement, in mm.
  await page.keyboard.press('l');
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 20 + 3 * scale * 10, box.y + 20, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('[data-testid="viewer-annotations"]')?.getAttribute('data-measurements') === '1');
  const [length] = (await output(page)).measurements;
  assert.equal(length?.kind, 'length');
  assert.equal(length?.unit, 'mm');
  assert.ok(length && length.value > 0);

  // A probe (a click) and a rectangle ROI (a drag) become measurements too.
  await page.keyboard.press('i');
  await page.mouse.click(cx, cy - radius / 2);
  await page.waitForFunction(() => document.querySelector('[data-testid="viewer-annotations"]')?.getAttribute('data-measurements') === '2');
  await page.keyboard.press('r');
  await page.mouse.move(cx - 20, cy + radius + 20);
  await page.mouse.down();
  await page.mouse.move(cx + 30, cy + radius + 60, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('[data-testid="viewer-annotations"]')?.getAttribute('data-measurements') === '3');
  const kinds = (await output(page)).measurements.map((m) => `${m.kind}:${m.unit}`);
  assert.deepEqual(kinds.map((k) => k.split(':')[0]).sort(), ['length', 'probe', 'roi']);

  // The suggested contour: a click in the LV cavity at the image's centre, for the LV endocardium.
  await page.getByTestId('viewer-structure').selectOption('lv-endocardium');
  await page.getByTestId('reading-viewer').focus();
  await page.keyboard.press('g');
  await page.mouse.click(cx, cy);
  await page.getByTestId('suggestion-notice').waitFor();
  const outcome = await page.getByTestId('suggestion-notice').getAttribute('data-outcome');
  console.log(`# suggested contour: ${outcome}`);
  if (outcome === 'drawn') {
    await page.waitForFunction(() => document.querySelector('[data-testid="viewer-annotations"]')?.getAttribute('data-contours') === '2');
    const suggested = (await output(page)).contours.find((c) => c.tool === 'suggested');
    assert.equal(suggested?.structure, 'lv-endocardium');
    assert.equal(suggested?.sopInstanceUID, shown.sop);
  } else assert.equal(outcome, 'none', 'a seed that finds nothing says so');
  await screenshot(page, 'reading-viewer-1-contour');

  // Reloaded, the page draws the kept contour back on its image (and only there), and gives the
  // annotations back unchanged.
  const kept = await output(page);
  await page.reload();
  await page.getByTestId('reading-viewer').waitFor();
  await page.waitForFunction(() => window.corelabViewer?.firstImageMs !== null && window.corelabViewer?.firstImageMs !== undefined);
  await page.getByTestId('reading-viewer').focus();
  // Cornerstone draws a freehand contour as an SVG path.
  const paths = () => page.locator('[data-active="true"] [data-testid="viewer-canvas"] svg path').count();
  const reopened = await position(page);
  for (let i = 0; i < Math.abs(shown.slice - reopened.slice); i++) await page.keyboard.press(shown.slice > reopened.slice ? 'ArrowDown' : 'ArrowUp');
  for (let i = 0; i < shown.phase; i++) await page.keyboard.press('ArrowRight');
  assert.equal((await position(page)).sop, shown.sop);
  await page.waitForFunction(() => document.querySelectorAll('[data-active="true"] [data-testid="viewer-canvas"] svg path').length > 0);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelectorAll('[data-active="true"] [data-testid="viewer-canvas"] svg path').length === 0);
  assert.equal(await paths(), 0, 'not on another slice');
  await page.keyboard.press('ArrowUp');
  // Moving the drawn-back contour's handles is a change; looking at it is not.
  await page.waitForTimeout(400);
  assert.deepEqual(await output(page), kept);

  // Four panes side by side, each drawing its series.
  await page.getByTestId('layout-2x2').click();
  assert.equal(await page.getByTestId('viewer-pane').count(), 4);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="viewer-canvas"]')].every((e) => Number((e as HTMLElement).dataset.rendered ?? 0) > 0), null, { timeout: 30_000 });
  await screenshot(page, 'reading-viewer-2-layout');
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('without WebGL the viewer draws on the CPU, and contours still come out in image pixels', { timeout: 300_000 }, async () => {
  // --disable-3d-apis takes WebGL away: Cornerstone's init falls back to its CPU renderer.
  const noWebGl = await chromium.launch({
    executablePath: process.env.CORELAB_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-3d-apis', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await freshPage(noWebGl);
    await signIn(page, corelab.url, 'datamanager', DEMO_PASSWORD);
    await openViewer(page);
    assert.equal(await page.getByTestId('reading-viewer').getAttribute('data-render-mode'), 'cpu');
    const canvas = page.locator('[data-active="true"] [data-testid="viewer-canvas"]');
    const box = (await canvas.boundingBox())!;
    // The image is drawn: the canvas is not all black.
    const lit = await canvas.locator('canvas').evaluate((c) => {
      const data = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 20) n++;
      return n;
    });
    assert.ok(lit > 1000, `the CPU renderer drew the image (${lit} lit pixels)`);
    await page.getByTestId('reading-viewer').focus();
    await page.keyboard.press('ArrowRight');
    const shown = await position(page);
    assert.equal(shown.phase, 1);
    await page.getByTestId('viewer-structure').selectOption('rv-endocardium');
    await page.keyboard.press('f');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const radius = Math.min(box.width, box.height) * 0.15;
    await page.mouse.move(cx + radius, cy);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) await page.mouse.move(cx + radius * Math.cos((i / 40) * 2 * Math.PI), cy + radius * Math.sin((i / 40) * 2 * Math.PI), { steps: 2 });
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('[data-testid="viewer-annotations"]')?.getAttribute('data-contours') === '1');
    const [contour] = (await output(page)).contours;
    assert.equal(contour?.structure, 'rv-endocardium');
    assert.equal(contour?.phase, 'ED');
    assert.equal(contour?.sopInstanceUID, shown.sop);
    const scale = Math.min(box.width / shown.columns, box.height / shown.rows);
    const expected = Math.PI * (radius / scale) ** 2;
    assert.ok(Math.abs(area(contour!.points) - expected) / expected < 0.1, `area ${area(contour!.points).toFixed(0)} px² near ${expected.toFixed(0)} px²`);
    // A spline contour: control points clicked around, closed on the first one.
    await page.keyboard.press('s');
    const corners = Array.from({ length: 6 }, (_, i) => [cx + 2 * radius * Math.cos((i / 6) * 2 * Math.PI), cy + 2 * radius * Math.sin((i / 6) * 2 * Math.PI)] as const);
    for (const [x, y] of [...corners, corners[0]!]) await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('[data-testid="viewer-annotations"]')?.getAttribute('data-contours') === '2');
    const spline = (await output(page)).contours.find((c) => c.tool === 'spline');
    assert.equal(spline?.structure, 'rv-endocardium');
    assert.ok(spline && spline.points.length >= 6, 'the spline is sampled between its control points');
    // Inside the circle through its control points (a hexagon fills 0.83 of it; Cornerstone's default
    // spline smooths the corners off), and not far from it.
    const splineArea = area(spline.points);
    const circle = Math.PI * ((2 * radius) / scale) ** 2;
    assert.ok(splineArea > 0.65 * circle && splineArea < 1.02 * circle, `spline area ${splineArea.toFixed(0)} px² within ${(0.65 * circle).toFixed(0)}–${circle.toFixed(0)}`);
    await screenshot(page, 'reading-viewer-3-cpu');
    assert.deepEqual(pageErrors(page), []);
  } finally {
    await noWebGl.close();
  }
});
