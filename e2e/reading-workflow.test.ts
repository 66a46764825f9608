// The reading done-when in headless Chromium: a phantom exam from CHU Nord is uploaded, submitted and
// passed by QC (through the API: the QC pages have their own browser test); two readers of other
// organisations each take their task, draw contours on the short-axis cine, fill in the form with
// ejection fractions more than 5 points apart and submit; the discordance opens an adjudication, which
// the adjudicator resolves by choosing a read for LVEF with a reason; the core-lab manager sees the
// final values with their provenance; the auditor finds every step on the audit trail. A first test
// shows the form's validation errors in the browser.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';
import { assertTranslated } from './support/translated.ts';

const CLI = path.resolve(import.meta.dirname, '../bin/corelab.js');
const run = promisify(execFile);
let corelab: RunningCorelab;
let browser: Browser;
let work: string;
let study: string;

/** A signed-in API session (cookie and CSRF token), for the steps done without the browser. */
interface Session {
  headers: Record<string, string>;
}

async function apiSignIn(username: string): Promise<Session> {
  const response = await fetch(`${corelab.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  assert.equal(response.status, 200, await response.clone().text());
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('corelab_session='))!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}

async function call(session: Session, method: string, pathname: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${corelab.url}/api/projects/${corelab.projectId}${pathname}`, {
    method,
    headers: { ...session.headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-e2e-reading-'));
  const phantom = path.join(work, 'phantom');
  await run(process.execPath, [CLI, 'phantom', '--subjects', '1', '--seed', '1', '--out', phantom], { maxBuffer: 1 << 24 });
  const truth = JSON.parse(fs.readFileSync(path.join(phantom, 'truth.json'), 'utf8')) as { subjects: Array<{ exams: Array<{ defect: unknown; series: Array<{ directory: string }> }> }> };
  const exam = truth.subjects[0]!.exams.find((e) => e.defect === null)!;
  const examDir = path.dirname(path.join(phantom, exam.series[0]!.directory));
  let token = '';
  [corelab, browser] = await Promise.all([
    startCorelab({
      seed: { reading: true },
      prepare: async (runtime) => {
        const user = await runtime.services.db.selectFrom('app_user').select(['id', 'organisation_id']).where('username', '=', 'datamanager').executeTakeFirstOrThrow();
        const actor = { userId: user.id, username: 'datamanager', organisationId: user.organisation_id, isPlatformAdmin: false, via: 'session' as const, scopes: 'all' as const, tokenProjectId: null };
        token = (await runtime.services.tokens.issue({ actor, requestId: null }, { name: 'reading e2e upload', scopes: ['projects:read', 'imaging:read', 'imaging:write'], expiresInDays: 1 })).token;
      },
    }),
    launchBrowser(),
  ]);
  // The centre sends the exam as a centre does: de-identified on its machine by the CLI.
  const tokenFile = path.join(work, 'token');
  fs.writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  await run(
    process.execPath,
    [CLI, 'upload', examDir, '--project', 'DEMO-CMR', '--centre', 'CHU Nord (démo)', '--server', corelab.url, '--token-file', tokenFile, '--key-store', path.join(work, 'keys'), '--register-subjects', '--consent-status', 'consented'],
    { env: { PATH: process.env.PATH, CORELAB_KEYSTORE_PASSPHRASE: 'reading e2e key store passphrase' }, maxBuffer: 1 << 24 },
  );
  const centre = await apiSignIn('datamanager');
  const exams = (await call(centre, 'GET', '/exams')).json as Array<{ studyInstanceUid: string }>;
  assert.equal(exams.length, 1, 'the uploaded exam is listed');
  study = exams[0]!.studyInstanceUid;
  const submitted = await call(centre, 'POST', `/exams/${study}/submit`);
  assert.equal(submitted.status, 200, JSON.stringify(submitted.json));
  assert.equal((submitted.json as { state: string }).state, 'awaiting-review', 'the phantom exam meets the protocol');
  // QC passes it.
  const qc = await apiSignIn('qc');
  assert.equal((await call(qc, 'POST', `/exams/${study}/review`)).status, 201);
  for (const series of ['cine-sax', 'cine-4ch', 'lge-sax']) {
    const graded = await call(qc, 'PUT', `/exams/${study}/review/grades/${series}`, { grade: 'good', artefacts: [] });
    assert.equal(graded.status, 200, JSON.stringify(graded.json));
  }
  const verdict = await call(qc, 'POST', `/exams/${study}/review/verdict`, { verdict: 'pass' });
  assert.equal(verdict.status, 200, JSON.stringify(verdict.json));
  // Planning is idempotent: it plans the passed exam unless its verdict already did.
  const planned = await call(await apiSignIn('manager'), 'POST', '/reading/plan');
  assert.equal(planned.status, 200, JSON.stringify(planned.json));
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const workspace = (role: string) => `/projects/${corelab.projectId}/workspaces/${role}`;

/** Opens the reader's task: the one in progress if any, otherwise the next case of the worklist. */
async function openTask(page: Page, username: string): Promise<void> {
  await signIn(page, corelab.url, username, DEMO_PASSWORD, workspace('reader'));
  await page.getByTestId('reader-worklist').waitFor();
  await settled(page);
  const inProgress = page.locator('[data-testid="tasks-in-progress"] [data-testid="task-link"]');
  if ((await inProgress.count()) > 0) await inProgress.first().click();
  else await page.getByTestId('next-case').click();
  await page.getByTestId('workstation').waitFor();
  await page.getByTestId('reading-form').waitFor();
  await settled(page);
}

/** Where the viewer's active pane stands: slice and phase as the viewer numbers them. */
async function position(page: Page): Promise<{ slice: number; phase: number }> {
  const pane = page.locator('[data-testid="viewer-pane"][data-active="true"] [data-testid="pane-position"]');
  return { slice: Number(await pane.getAttribute('data-slice')), phase: Number(await pane.getAttribute('data-phase')) };
}

/** Moves the viewer to a slice and phase with its arrow keys (↑/↓ slices, ←/→ phases). */
async function goTo(page: Page, slice: number, phase: number): Promise<void> {
  await page.getByTestId('reading-viewer').focus();
  for (let guard = 0; guard < 100; guard++) {
    const at = await position(page);
    if (at.slice === slice && at.phase === phase) return;
    await page.keyboard.press(at.slice < slice ? 'ArrowDown' : at.slice > slice ? 'ArrowUp' : at.phase < phase ? 'ArrowRight' : 'ArrowLeft');
  }
  assert.fail(`the viewer did not reach slice ${slice}, phase ${phase}: ${JSON.stringify(await position(page))}`);
}

/**
 * A closed contour dragged with the mouse on the viewer's image with its freehand tool: a circle of
 * the given radius (a fraction of the image), on the slice the viewer opened at end-diastole (the
 * phantom's first phase) or end-systole (its eleventh).
 */
async function drawContour(page: Page, structure: string, phase: 'ED' | 'ES', radius: number, first: { slice: number; phase: number }): Promise<void> {
  await page.getByTestId('active-structure').selectOption(structure);
  await page.getByTestId(`phase-${phase}`).check();
  await goTo(page, first.slice, first.phase + (phase === 'ED' ? 0 : 10));
  await page.getByTestId('tool-freehand').click();
  const canvas = page.locator('[data-testid="viewer-pane"][data-active="true"] [data-testid="viewer-canvas"]');
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = Math.min(box.width, box.height) * radius;
  const before = Number(await page.getByTestId('contour-count').getAttribute('data-count'));
  await page.mouse.move(cx + r, cy);
  await page.mouse.down();
  for (let i = 1; i <= 36; i++) {
    const angle = (i / 36) * 2 * Math.PI;
    await page.mouse.move(cx + r * Math.cos(angle), cy + r * Math.sin(angle), { steps: 2 });
  }
  await page.mouse.up();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="contour-count"]')?.getAttribute('data-count')) > n, before);
}

/** Types a number into a field of the form. */
async function fill(page: Page, key: string, value: string): Promise<void> {
  await page.getByTestId(`input-${key}`).fill(value);
}

/** The entered number fields of the default cardiac MR form, with the values a reader gives. */
function readerValues(lvEsv: number): Record<string, string> {
  return { lvEdv: '150', lvEsv: String(lvEsv), lvMass: '110', rvEdv: '160', rvEsv: '70' };
}

async function fillForm(page: Page, lvEsv: number): Promise<void> {
  for (const [key, value] of Object.entries(readerValues(lvEsv))) await fill(page, key, value);
  await page.getByTestId('option-lgePresent-no').check();
}

test('the form shows the server’s validation errors on their fields, and the draft is kept', { timeout: 300_000 }, async () => {
  const page = await freshPage(browser);
  await openTask(page, 'reader1');
  assert.match(await page.getByTestId('case-label').innerText(), /\S/, 'the case has a blinded label');
  assert.ok(!(await page.getByTestId('workstation').innerText()).includes('CHU Nord'), 'the centre is never shown to the reader');
  const label = await page.getByTestId('case-label').innerText();
  // The workstation speaks the reader's language; data (the case label, series, units, numbers) stay.
  await assertTranslated(page, 'reading-workstation', (text) =>
    // 'Zoom' is the word in both languages; '*' marks a required field.
    [label, 'Corelab', 'DEMO-CMR', 'Zoom', '*', '—', 'mL', '%', 'g', 'mL/m²', 'g/m²', 'ED', 'ES', 'Cardiac MR — LV/RV function and LGE'].includes(text) ||
    [/^cine_SSFP|^LGE_PSIR/, /^[\d\s.,/×:-]+$/, /^\d+ \/ \d+$/, /^[A-Z]$/, /^\d{1,2} \S+ \d{4}( à|,) \d{2}:\d{2}$/, /^Ctrl\+/, /^Alt\+/, /^\?$/].some((p) => p.test(text)),
  );

  // Conditional fields appear with the answer they depend on.
  assert.equal(await page.getByTestId('field-lgePattern').count(), 0, 'the LGE pattern is asked only when LGE is present');
  await page.getByTestId('option-lgePresent-yes').check();
  await page.getByTestId('field-lgePattern').waitFor();
  await page.getByTestId('segments-lgeSegments').locator('[data-segment="7"]').click();
  await page.getByTestId('segments-lgeSegments').locator('[data-segment="13"]').click();
  assert.equal(await page.getByTestId('segments-lgeSegments').getAttribute('data-selected'), '7,13');

  // Out of range, not a number, too long a comment, and the pattern left unanswered.
  await fill(page, 'lvEdv', '5000');
  await page.getByTestId('input-comment').fill('x'.repeat(2100));
  await page.locator('[data-testid="save-indicator"]:is([data-status="saved"], [data-status="failed"])').waitFor({ timeout: 15_000 });
  // A draft may be out of range, never of the wrong type: the server refuses it and the indicator says so.
  await fill(page, 'lvEsv', 'abc');
  await page.locator('[data-testid="save-indicator"][data-status="failed"]').waitFor({ timeout: 15_000 });
  await page.getByTestId('read-submit').click();
  await page.getByTestId('submit-errors').waitFor();
  for (const key of ['lvEdv', 'lvEsv', 'comment']) await page.getByTestId(`error-${key}`).first().waitFor();
  assert.match(await page.getByTestId('error-lvEdv').first().getAttribute('data-code') ?? '', /range/);
  assert.equal(await page.locator('[data-testid="field-lvEdv"].invalid').count(), 1, 'the field is marked');
  await screenshot(page, 'reading-1-validation-errors');

  // The keyboard help lists the shortcuts.
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await page.getByTestId('shortcuts-help').waitFor();
  assert.match(await page.getByTestId('shortcuts-help').innerText(), /Ctrl\+S/);
  await page.keyboard.press('?');

  // The draft saved on the server comes back when the page is opened again.
  await fill(page, 'lvEdv', '150');
  await fill(page, 'lvEsv', '60');
  await page.getByTestId('input-comment').fill('');
  await page.keyboard.press('Control+s');
  await page.locator('[data-testid="save-indicator"][data-status="saved"]').waitFor();
  await page.reload();
  await page.getByTestId('reading-form').waitFor();
  assert.equal(await page.getByTestId('input-lvEdv').inputValue(), '150');
  assert.equal(await page.getByTestId('segments-lgeSegments').getAttribute('data-selected'), '7,13');
  // The refused draft and submit (422) are expected answers.
  assert.deepEqual(pageErrors(page).filter((e) => !/status of 422/.test(e)), []);
  await page.context().close();
});

test('two readers disagree on LVEF, the adjudicator resolves it, the final values and the audit trail show it', { timeout: 600_000 }, async () => {
  // Reader 1 (core lab) and reader 2 (Hôpital Sud) read the CHU Nord exam; their ESVs give LVEFs 60 % and 46.7 %.
  for (const [username, lvEsv, shot] of [['reader1', 60, 'reading-2-reader1'], ['reader2', 80, 'reading-3-reader2']] as const) {
    const page = await freshPage(browser);
    await openTask(page, username);
    // The short-axis cine is shown in the active pane; it opens on its middle slice at the first phase,
    // where the contours go.
    const paneSeries = page.locator('[data-testid="viewer-pane"][data-active="true"] [data-testid="pane-series"]');
    const sax = await paneSeries.locator('option', { hasText: 'SAX_stack' }).getAttribute('value');
    await paneSeries.selectOption(sax!);
    await page.locator('[data-testid="viewer-pane"][data-active="true"] [data-testid="pane-loaded"]:not([data-loaded="0"])').waitFor({ timeout: 30_000 });
    const first = await position(page);
    await drawContour(page, 'lv-endocardium', 'ED', 0.12, first);
    await drawContour(page, 'lv-epicardium', 'ED', 0.18, first);
    await drawContour(page, 'lv-endocardium', 'ES', 0.08, first);
    // The contours' volumetry is proposed beside the volume fields once the draft is saved.
    await page.locator('[data-testid="save-indicator"][data-status="saved"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('proposal-lvEdv').waitFor();
    await page.getByTestId('option-lgePresent-no').check();
    await page.getByTestId('input-comment').fill('');
    await fillForm(page, lvEsv);
    await page.locator('[data-testid="save-indicator"][data-status="saved"]').waitFor({ timeout: 15_000 });
    await screenshot(page, shot);
    await page.getByTestId('read-submit').click();
    const done = page.getByTestId('read-submitted');
    await done.waitFor();
    assert.match(await done.innerText(), /[0-9a-f]{64}/, 'the submitted read shows its digest');
    assert.deepEqual(pageErrors(page), []);
    await page.context().close();
  }

  // The adjudicator takes the adjudication the discordance opened.
  const adjudicator = await freshPage(browser);
  await signIn(adjudicator, corelab.url, 'adjudicator', DEMO_PASSWORD, workspace('adjudicator'));
  const entry = adjudicator.locator('[data-testid="adjudication-queue"] tr[data-adjudication]');
  await entry.waitFor();
  assert.match(await entry.innerText(), /lvEf/, 'LVEF is among the discordant fields');
  await entry.getByTestId('adjudication-claim').click();
  await adjudicator.getByTestId('resolve-form').waitFor();
  const lvEf = adjudicator.locator('[data-testid="reads-side-by-side"] tr[data-field="lvEf"]');
  assert.equal(await lvEf.getAttribute('data-discordant'), 'yes');
  assert.match(await lvEf.innerText(), /60[,.]0/);
  assert.match(await lvEf.innerText(), /46[,.]7/);
  // Which reader's read is A depends on the slots they were given, not on who read first.
  const readA = (await adjudicator.getByTestId('read-a-lvEf').innerText()).match(/\d+[,.]\d/)![0]!;
  assert.ok(!(await adjudicator.getByTestId('adjudication').innerText()).match(/reader1|reader2|Rachel|Romain/), 'the readers stay anonymous');
  // Every discordant field is decided: LVEF from read A with a reason, any other from read A too.
  const decisions = await adjudicator.locator('[data-testid^="decision-"]').evaluateAll((all) => all.map((d) => d.getAttribute('data-testid')!.slice('decision-'.length)));
  assert.ok(decisions.includes('lvEf'));
  for (const field of decisions) {
    await adjudicator.getByTestId(`choice-${field}-read-a`).check();
    await adjudicator.getByTestId(`reason-${field}`).fill(field === 'lvEf' ? 'ES contour of read B misses the basal slice' : 'read A contours checked');
  }
  await adjudicator.getByTestId('reading-viewer').waitFor();
  await screenshot(adjudicator, 'reading-4-adjudication');
  await adjudicator.getByTestId('adjudication-resolve').click();
  await adjudicator.getByTestId('adjudication-resolved').waitFor();
  assert.deepEqual(pageErrors(adjudicator), []);
  await adjudicator.context().close();

  // The manager sees the final values and where they come from.
  const manager = await freshPage(browser);
  await signIn(manager, corelab.url, 'manager', DEMO_PASSWORD, workspace('core_lab_manager'));
  await manager.getByTestId('final-values-link').click();
  const row = manager.locator('[data-testid="final-values"] tr[data-exam]');
  await row.waitFor();
  assert.equal(await row.count(), 1);
  const ef = row.locator('td[data-field="lvEf"]');
  assert.equal(await ef.getAttribute('data-source'), 'adjudication');
  assert.ok((await ef.innerText()).includes(readA), `read A’s LVEF (${readA}) is the final value: ${await ef.innerText()}`);
  assert.match(await row.locator('td[data-field="lvMass"]').getAttribute('data-source') ?? '', /mean-of-reads|agreed/, 'the agreeing LV mass is the mean of the reads');
  await screenshot(manager, 'reading-5-final-values');
  const csv = manager.waitForEvent('download');
  await manager.getByTestId('final-values-csv').click();
  const table = fs.readFileSync(await (await csv).path(), 'utf8');
  assert.match(table, /lvEf/, `the CSV has the LVEF column:\n${table}`);
  assert.deepEqual(pageErrors(manager), []);
  await manager.context().close();

  // The auditor finds each step on the audit trail.
  const auditor = await freshPage(browser);
  await signIn(auditor, corelab.url, 'auditor', DEMO_PASSWORD, `/projects/${corelab.projectId}/audit`);
  await auditor.getByTestId('audit-events').waitFor();
  for (const [prefix, count] of [['reading.read-submitted', 2], ['adjudication.opened', 1], ['adjudication.resolved', 1], ['reading.final-values-defined', 1]] as const) {
    await auditor.locator('input[name=action]').fill(prefix);
    await auditor.getByRole('button', { name: 'Filtrer' }).click();
    await auditor.waitForFunction(
      ([p, n]) => {
        const cells = [...document.querySelectorAll('[data-testid=audit-events] tbody tr td:nth-child(5)')];
        return cells.length === n && cells.every((td) => td.textContent === p);
      },
      [prefix, count] as const,
    );
  }
  await screenshot(auditor, 'reading-6-audit');
  assert.deepEqual(pageErrors(auditor), []);
  await auditor.context().close();
});
