// The QC done-when in headless Chromium: a centre data manager registers a subject, uploads a
// phantom exam whose LGE stack lacks two slices, declares it complete; the missing-slices rule fails
// and a query opens to the centre; the centre re-sends the series and declares the exam complete
// again, which answers the query; the QC reviewer (another organisation) views the images, fills in
// the checklist and passes the exam; the core-lab manager's dashboard counts it, and exports it as
// CSV and as a PDF report.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { newCentreKeys } from '../cli/src/upload/centre-keys.ts';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';

const CLI = path.resolve(import.meta.dirname, '../bin/corelab.js');
const SUBJECT = 'CHUN-0042';
let corelab: RunningCorelab;
let browser: Browser;
let work: string;
/** The exam as first sent: every series, the LGE stack without two mid-ventricular slices. */
let firstSend: string;
/** The complete LGE series, re-sent after the query. */
let lgeSeries: string;
let keyFile: string;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-e2e-qc-'));
  const phantom = path.join(work, 'phantom');
  await promisify(execFile)(process.execPath, [CLI, 'phantom', '--subjects', '1', '--seed', '1', '--out', phantom], { maxBuffer: 1 << 24 });
  // Exam 2 of the seed-1 phantom has no deliberate defect (truth.json); the flaw is made here.
  const truth = JSON.parse(fs.readFileSync(path.join(phantom, 'truth.json'), 'utf8')) as { subjects: Array<{ exams: Array<{ defect: unknown; series: Array<{ kind: string; directory: string }> }> }> };
  const exam = truth.subjects[0]!.exams.find((e) => e.defect === null)!;
  firstSend = path.join(work, 'first-send');
  for (const series of exam.series) {
    const from = path.join(phantom, series.directory);
    const to = path.join(firstSend, path.basename(series.directory));
    fs.mkdirSync(to, { recursive: true });
    const files = fs.readdirSync(from).sort();
    const kept = series.kind === 'lge-sax' ? files.filter((_, i) => i !== 4 && i !== 5) : files;
    for (const file of kept) fs.copyFileSync(path.join(from, file), path.join(to, file));
    if (series.kind === 'lge-sax') lgeSeries = from;
  }
  [corelab, browser] = await Promise.all([startCorelab(), launchBrowser()]);
  const db = corelab.runtime.services.db;
  const north = await db.selectFrom('organisation').select('id').where('name', '=', 'CHU Nord (démo)').executeTakeFirstOrThrow();
  keyFile = path.join(work, 'centre-keys.json');
  fs.writeFileSync(keyFile, JSON.stringify(newCentreKeys(corelab.projectId, north.id, new Uint8Array(randomBytes(32)))));
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

const workspace = (role: string) => `/projects/${corelab.projectId}/workspaces/${role}`;

/** Sends the picked folder through the upload panel and waits until every file has its outcome. */
async function uploadFolder(page: Page, input: 'folder-input' | 'files-input', files: string | string[]): Promise<void> {
  await page.getByTestId(input).setInputFiles(files);
  await page.waitForFunction(() => document.querySelector('[data-status="reading"]') === null, undefined, { timeout: 120_000 });
  await page.getByTestId('upload-start').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-status="waiting"], [data-status="deidentifying"], [data-status="uploading"]').length === 0, undefined, { timeout: 300_000 });
  await assertNothingRefused(page);
}

async function assertNothingRefused(page: Page): Promise<void> {
  const refused = page.locator('[data-testid="file-progress"] [data-status="refused"]');
  const first = (await refused.count()) > 0 ? await refused.first().innerText() : '';
  assert.equal(await refused.count(), 0, `${await page.getByTestId('upload-summary').innerText()} ${first}`);
}

test('a flawed exam is caught, queried, re-sent and passed; the dashboard counts it', { timeout: 900_000 }, async () => {
  const centre = await freshPage(browser);
  await centre.addInitScript('delete window.showSaveFilePicker');
  await signIn(centre, corelab.url, 'datamanager', DEMO_PASSWORD, workspace('centre_data_manager'));
  await centre.getByTestId('subjects-panel').waitFor();
  await settled(centre);

  // The subject is registered with its written consent before any imaging.
  await centre.getByTestId('register-code').fill(SUBJECT);
  await centre.getByTestId('register-submit').click();
  await centre.locator(`[data-subject="${SUBJECT}"] [data-consent="consented"]`).waitFor();

  await centre.getByTestId('key-file-input').setInputFiles(keyFile);
  await centre.getByTestId('key-state').filter({ hasText: /0 sujet/ }).waitFor();
  await centre.getByTestId('folder-input').setInputFiles(firstSend);
  await centre.getByTestId('patient-groups').waitFor();
  await centre.getByTestId('subject-select').selectOption(SUBJECT);
  await centre.getByTestId('subject-assign').click();
  await centre.getByTestId('subject-code').waitFor();
  const download = centre.waitForEvent('download');
  await centre.getByTestId('save-key').click();
  fs.copyFileSync(await (await download).path(), keyFile);
  await centre.waitForFunction(() => document.querySelector('[data-status="reading"]') === null, undefined, { timeout: 120_000 });
  await centre.getByTestId('upload-start').click();
  await centre.waitForFunction(() => document.querySelectorAll('[data-status="waiting"], [data-status="deidentifying"], [data-status="uploading"]').length === 0, undefined, { timeout: 300_000 });
  await assertNothingRefused(centre);

  // "Declare the exam complete" is offered at once; the checks run and one rule fails.
  const offer = centre.locator(`[data-testid="declare-complete"] [data-exam="${SUBJECT}"]`);
  await offer.getByTestId('submit-exam-button').click();
  await offer.locator('[data-state="checks-failed"]').waitFor();
  await screenshot(centre, 'qc-1-submitted-checks-failed');
  await offer.getByRole('link', { name: SUBJECT }).click();
  await centre.getByTestId('conformance').waitFor();
  const failed = await centre.locator('[data-verdict="fail"][data-rule]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
  assert.ok(failed.includes('lge-sax/missing-slices'), `the missing LGE slices are caught: ${failed.join(', ')}`);
  assert.ok(failed.every((rule) => rule!.startsWith('lge-sax/')), `only LGE rules fail: ${failed.join(', ')}`);
  // The failed checks opened a query to the centre, naming the rule.
  const examQuery = centre.locator('[data-testid="exam-queries"] tr[data-origin="conformance"]');
  await examQuery.waitFor();
  assert.equal(await examQuery.getAttribute('data-state'), 'open');
  await examQuery.getByTestId('query-toggle').click();
  assert.match(await centre.getByTestId('query-thread').innerText(), /lge-sax \/ .*\(missing-slices\)/);
  await screenshot(centre, 'qc-2-conformance-failed');

  // The centre's workspace lists the open query.
  await centre.goto(corelab.url + workspace('centre_data_manager'));
  const centreQuery = centre.locator('[data-testid="centre-queries"] tr[data-origin="conformance"]');
  await centreQuery.waitFor();
  assert.match(await centreQuery.innerText(), /\d{4}-\d{2}-\d{2}/, 'with its due date');

  // The centre re-sends the complete LGE series and declares the exam complete again.
  await centre.goto(corelab.url + workspace('centre_data_manager'));
  await centre.getByTestId('upload-panel').waitFor();
  await settled(centre);
  await centre.getByTestId('key-file-input').setInputFiles(keyFile);
  await centre.getByTestId('key-state').filter({ hasText: /1 sujet/ }).waitFor();
  await uploadFolder(centre, 'files-input', fs.readdirSync(lgeSeries).map((f) => path.join(lgeSeries, f)));
  const again = centre.locator(`[data-testid="declare-complete"] [data-exam="${SUBJECT}"]`);
  await again.getByTestId('submit-exam-button').click();
  await again.locator('[data-state="awaiting-review"]').waitFor();
  await screenshot(centre, 'qc-3-resubmitted');
  // Re-submitting answered the query.
  await centre.goto(corelab.url + workspace('centre_data_manager'));
  await centre.locator('[data-testid="centre-queries"] tr[data-origin="conformance"][data-state="answered"]').waitFor();
  assert.deepEqual(pageErrors(centre), []);
  await centre.context().close();

  // The QC reviewer, of the core lab (not the exam's centre), reviews the exam.
  const qc = await freshPage(browser);
  await signIn(qc, corelab.url, 'qc', DEMO_PASSWORD, workspace('qc_reviewer'));
  const entry = qc.locator(`[data-testid="review-queue"] tr[data-exam="${SUBJECT}"]`);
  await entry.waitFor();
  assert.equal(await entry.getAttribute('data-state'), 'awaiting-review');
  await entry.getByTestId('review-link').click();
  await qc.getByTestId('review-claim').click();
  await qc.getByTestId('verdict-form').waitFor();

  // The viewer shows the images: scrolling moves to the next one, the window can be set.
  const canvas = qc.getByTestId('viewer-canvas');
  await qc.locator('[data-testid="viewer-canvas"][data-rendered="1"]').waitFor();
  await canvas.hover();
  await qc.mouse.wheel(0, 120);
  await qc.locator('[data-testid="viewer-canvas"][data-rendered="2"]').waitFor();
  await qc.getByTestId('viewer-width').fill('400');
  assert.equal(await qc.getByTestId('viewer-width').inputValue(), '400');
  const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let lit = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 0) lit++;
    return { width: c.width, lit };
  });
  assert.ok(painted.width > 0 && painted.lit > painted.width, `the canvas shows an image: ${JSON.stringify(painted)}`);

  // The conformance results are there, all rules now met; each series is graded, then the verdict.
  assert.equal(await qc.getByTestId('conformance').locator('[data-verdict="fail"]').count(), 0);
  const forms = qc.locator('form.checklist-series');
  const names = await forms.evaluateAll((all) => all.map((f) => f.getAttribute('data-series')!));
  assert.deepEqual([...names].sort(), ['cine-4ch', 'cine-sax', 'lge-sax']);
  for (const name of names) {
    await qc.getByTestId(`grade-${name}-good`).check();
    await qc.getByTestId(`grade-${name}-save`).click();
    await qc.locator(`form.checklist-series[data-series="${name}"][data-graded="yes"]`).waitFor();
  }
  await qc.getByTestId('verdict-pass').check();
  await screenshot(qc, 'qc-4-review');
  await qc.getByTestId('verdict-submit').click();
  await qc.locator('[data-testid="exam-state"] [data-state="qc-passed"]').waitFor();
  await screenshot(qc, 'qc-5-passed');
  assert.deepEqual(pageErrors(qc), []);
  await qc.context().close();

  // The core-lab manager's dashboard counts the passed exam, draws its charts and exports it.
  const manager = await freshPage(browser);
  await signIn(manager, corelab.url, 'manager', DEMO_PASSWORD, workspace('core_lab_manager'));
  await manager.getByTestId('dashboard-link').click();
  const total = manager.locator('[data-testid="dashboard-figures"] tr[data-centre="total"]');
  await total.waitFor();
  assert.equal(await total.getAttribute('data-passed'), '1');
  assert.equal(await total.getAttribute('data-reviewed'), '1');
  const north = manager.locator('[data-testid="dashboard-figures"] tr', { hasText: 'CHU Nord (démo)' });
  assert.match(await north.innerText(), /100 %/, 'the centre passed every exam reviewed');
  for (const chart of ['chart-pass-rate', 'chart-grades', 'chart-failures', 'chart-turnaround']) {
    await manager.locator(`[data-testid="${chart}"] svg.recharts-surface`).first().waitFor();
  }
  assert.ok((await manager.locator('[data-testid="chart-pass-rate"] .recharts-bar-rectangle').count()) >= 1, 'a pass-rate bar is drawn');
  assert.match(await manager.getByTestId('chart-failures').innerText(), /lge-sax\/missing-slices/, 'the failed rule is among the most frequent');
  await screenshot(manager, 'qc-6-dashboard');

  const csv = manager.waitForEvent('download');
  await manager.getByTestId('csv-centres').click();
  const table = fs.readFileSync(await (await csv).path(), 'utf8');
  const northLine = table.split(/\r?\n/).find((line) => line.includes('CHU Nord'));
  assert.ok(northLine, `the CSV has a line for the centre:\n${table}`);
  const pdf = manager.waitForEvent('download');
  await manager.getByTestId('pdf-report').click();
  const report = fs.readFileSync(await (await pdf).path());
  assert.equal(report.subarray(0, 5).toString('latin1'), '%PDF-', 'the QC report is a PDF');
  assert.ok(report.length > 2000, `the report has content (${report.length} bytes)`);
  assert.deepEqual(pageErrors(manager), []);
  await manager.context().close();
});
