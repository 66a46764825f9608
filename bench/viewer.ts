// `npm run bench:viewer`: the reading viewer (Cornerstone3D) in headless Chromium over loopback on one
// phantom exam whose short-axis cine is 12 slices × 25 phases = 300 instances. A fresh server (embedded
// database in a temporary folder, the demo seeded, the built web app) receives the exam as a centre
// sends it; each run opens the viewer in a fresh browser context (empty HTTP cache) and reads, in the
// page, performance.now() — milliseconds from the navigation's start — when the first image is drawn
// (Cornerstone's IMAGE_RENDERED) and when all 300 frames are decoded in Cornerstone's cache. Median
// (min–max) of 5 runs, with WebGL (SwiftShader here: Chromium runs with --disable-gpu) and with
// Cornerstone's CPU renderer (WebGL taken away), against the targets: first image < 1 s, stack < 5 s.
// No peer viewer is run, so the targets are printed instead of a ratio. Writes bench-results/viewer.json.
//
// Until the reading-task routes exist the viewer is opened on the study (/projects/{p}/reading/viewer/{study}),
// the same component the reading task page shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_PASSWORD, startCorelab } from '../e2e/support/corelab.ts';
import { issueUploadToken, uploadPhantomExam } from '../e2e/support/phantom-exam.ts';
import { describeEnvironment, packageVersion } from './support/environment.ts';
import { formatSpread, spread, type Spread } from './support/stats.ts';

const RUNS = Number(process.env.CORELAB_BENCH_RUNS ?? 5);
const TARGET_FIRST_MS = 1000;
const TARGET_STACK_MS = 5000;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function sessionCookie(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'datamanager', password: DEMO_PASSWORD }) });
  if (response.status !== 200) throw new Error(`sign-in: HTTP ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('corelab_session='));
  if (!cookie) throw new Error('sign-in: no session cookie');
  return cookie.slice('corelab_session='.length);
}

interface Run {
  renderMode: string;
  viewerStartedMs: number;
  firstImageMs: number;
  stackMs: number;
  images: number;
}

async function measure(browser: Browser, baseUrl: string, pagePath: string, cookie: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addCookies([{ name: 'corelab_session', value: cookie, url: baseUrl }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl + pagePath);
    await page.waitForFunction(() => {
      const stack = window.corelabViewer?.stacks[0];
      return stack !== undefined && stack.loadedMs !== null;
    }, null, { timeout: 120_000, polling: 50 });
    if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
    const timings = (await page.evaluate(() => window.corelabViewer))!;
    const stack = timings.stacks[0]!;
    return { renderMode: timings.renderMode, viewerStartedMs: timings.startedMs, firstImageMs: timings.firstImageMs!, stackMs: stack.loadedMs!, images: stack.images };
  } finally {
    await context.close();
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-bench-viewer-'));
let token = '';
const corelab = await startCorelab({ prepare: async (runtime) => void (token = await issueUploadToken(runtime)) });
const results: Record<string, { renderMode: string; images: number; viewerStartedMs: Spread; firstImageMs: Spread; stackMs: Spread; runs: Run[] }> = {};
try {
  const exam = await uploadPhantomExam(work, corelab.url, corelab.projectId, token);
  console.log(`phantom exam stored: short-axis cine of ${exam.shortAxisInstances} instances`);
  const cookie = await sessionCookie(corelab.url);
  const pagePath = `/projects/${corelab.projectId}/reading/viewer/${encodeURIComponent(exam.studyInstanceUid)}`;
  for (const [label, extra] of [['webgl', []], ['cpu', ['--disable-3d-apis']]] as const) {
    const browser = await chromium.launch({ executablePath: process.env.CORELAB_CHROMIUM ?? '/usr/bin/chromium', args: [...FLAGS, ...extra] });
    try {
      // One run to warm the server (its first WADO-RS requests compile the hot code), not counted.
      await measure(browser, corelab.url, pagePath, cookie);
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, corelab.url, pagePath, cookie));
      const first = spread(runs.map((r) => r.firstImageMs));
      const stack = spread(runs.map((r) => r.stackMs));
      const started = spread(runs.map((r) => r.viewerStartedMs));
      results[label] = { renderMode: runs[0]!.renderMode, images: runs[0]!.images, viewerStartedMs: started, firstImageMs: first, stackMs: stack, runs };
      const verdict = (s: Spread, target: number) => (s.median < target ? 'meets' : 'MISSES');
      console.log(`${label} (Cornerstone ${runs[0]!.renderMode} rendering), ${RUNS} runs, ms from the navigation's start, median (min–max); load average ${os.loadavg()[0]!.toFixed(1)}:`);
      console.log(`  (viewer code running: ${formatSpread(started)} ms — the app, the page and Cornerstone's chunk loaded and started)`);
      console.log(`  first image drawn: ${formatSpread(first)} ms — target < ${TARGET_FIRST_MS} ms: ${verdict(first, TARGET_FIRST_MS)}`);
      console.log(`  ${runs[0]!.images}-image stack loaded: ${formatSpread(stack)} ms — target < ${TARGET_STACK_MS} ms: ${verdict(stack, TARGET_STACK_MS)}`);
    } finally {
      await browser.close();
    }
  }
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(
    path.join('bench-results', 'viewer.json'),
    `${JSON.stringify({ targets: { firstImageMs: TARGET_FIRST_MS, stackMs: TARGET_STACK_MS }, cornerstone: packageVersion('@cornerstonejs/core'), environment: describeEnvironment(null), results }, null, 2)}\n`,
  );
  console.log('written: bench-results/viewer.json');
} finally {
  await corelab.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
