// Setting up QC in the browser, and the specific refusals of bad input: a consent CSV with bad lines
// (nothing imported, each line's reason shown; then the valid lines on request), an objection that
// stops a subject's processing, a protocol version that is not JSON or holds an inverted range (the
// server's code and field shown), a valid new version, and the waiting period.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { freshPage, launchBrowser, pageErrors, screenshot, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';

let corelab: RunningCorelab;
let browser: Browser;
let work: string;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-e2e-setup-'));
  [corelab, browser] = await Promise.all([startCorelab(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

test('a consent CSV with bad lines imports nothing and names each line; the valid lines on request; an objection stops processing', async () => {
  const csv = path.join(work, 'subjects.csv');
  fs.writeFileSync(csv, ['code,event,date,channel', 'CHUN-0101,written-consent,2025-03-02,', 'CHUN-0102,information-notice,2999-01-01,letter', 'CHUN-0103,hearsay,2025-03-02,letter', 'CHUN-0104,,,'].join('\n'));
  const page = await freshPage(browser);
  await signIn(page, corelab.url, 'datamanager', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/centre_data_manager`);
  await page.getByTestId('import-file').setInputFiles(csv);
  await page.getByTestId('import-submit').click();
  const errors = page.getByTestId('import-errors');
  await errors.waitFor();
  const lines = await errors.locator('tbody tr').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-line')} ${r.querySelector('.refusal-code')?.textContent}`));
  assert.deepEqual(lines, ['3 consent.date-in-future', '4 consent.unknown-event']);
  assert.match(await page.locator('[data-testid="import-subjects"] .refusal').innerText(), /subject-import\.invalid-lines/);
  assert.equal(await page.locator('[data-subject]').count(), 0, 'nothing imported from a file with bad lines');
  await screenshot(page, 'subjects-import-refused');

  await page.getByTestId('import-valid-lines').check();
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-result').waitFor();
  assert.match(await page.getByTestId('import-result').innerText(), /^2 sujets importés sur 4 ligne/);
  assert.equal(await page.getByTestId('import-errors').locator('tbody tr').count(), 2, 'the lines set aside are listed');
  await page.locator('[data-subject="CHUN-0104"] [data-consent="unknown"]').waitFor();
  await page.locator('[data-subject="CHUN-0101"] [data-consent="consented"]').waitFor();

  await page.locator('[data-subject="CHUN-0101"] a').click();
  await page.getByTestId('event-kind').selectOption('objection');
  await page.getByTestId('event-channel').selectOption('phone');
  assert.ok(await page.getByTestId('event-submit').isDisabled(), 'an objection is recorded only once its consequence is acknowledged');
  await page.getByTestId('event-understood').check();
  await page.getByTestId('event-submit').click();
  await page.locator('[data-testid="subject-status"] [data-consent="objected"]').waitFor();
  assert.equal(await page.getByTestId('record-event').count(), 0, 'nothing can follow an objection');
  assert.deepEqual(await page.getByTestId('consent-history').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event'))), ['written-consent', 'objection']);
  await screenshot(page, 'subject-objected');
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('the core-lab manager writes a protocol version: not JSON and an inverted range are refused by name, a valid one becomes current', async () => {
  const page = await freshPage(browser);
  await signIn(page, corelab.url, 'manager', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/core_lab_manager`);
  await page.getByTestId('definitions-link').click();
  await page.getByTestId('protocols-new').click();
  const text = page.getByTestId('protocols-text');
  await text.waitFor();
  const current = JSON.parse(await text.inputValue()) as { title: string; series: Array<{ rules: Array<{ id: string; min?: number; max?: number }> }> };
  await page.getByTestId('protocols-reason').fill('thinner slices allowed');

  await text.fill('{ "title": ');
  await page.getByTestId('protocols-save').click();
  assert.match(await page.locator('[data-testid="protocols-editor"] .refusal').innerText(), /definition\.not-json/);

  const inverted = structuredClone(current);
  const thickness = inverted.series[0]!.rules.find((r) => r.id === 'slice-thickness')!;
  thickness.min = 9;
  thickness.max = 5;
  await text.fill(JSON.stringify(inverted, null, 2));
  await page.getByTestId('protocols-save').click();
  await page.getByTestId('protocols-field').waitFor();
  assert.match(await page.locator('[data-testid="protocols-editor"] .refusal').innerText(), /protocol\.range-inverted/);
  assert.match(await page.getByTestId('protocols-field').innerText(), /\/definition\/series\/0\/rules\/\d+/);
  assert.equal(await page.locator('[data-testid="protocols-versions"] tr[data-version]').count(), 1, 'nothing saved');
  await screenshot(page, 'protocol-refused');

  thickness.min = 5;
  thickness.max = 8;
  inverted.title = `${current.title} (5–8 mm)`;
  await text.fill(JSON.stringify(inverted, null, 2));
  await page.getByTestId('protocols-save').click();
  await page.locator('[data-testid="protocols-versions"] tr[data-version="2"] .badge').waitFor();
  assert.equal(await page.locator('[data-testid="protocols-versions"] tr[data-version]').count(), 2);

  await page.goto(`${corelab.url}/projects/${corelab.projectId}/workspaces/core_lab_manager`);
  await page.getByTestId('waiting-days').fill('42');
  await page.getByTestId('waiting-reason').fill('ethics committee asked for six weeks');
  await page.getByTestId('waiting-save').click();
  assert.match(await page.locator('[data-testid="waiting-period"] .success').innerText(), /42 jours/);
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});
