// The core-lab manager's reading set-up in the browser: a form version refused with the field the
// server names, a design version accepted, a qualification recorded for a reader, reading planned,
// the readers' progress chart, the agreement page with too few reads to estimate anything, and every
// reading page in French and English.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PROJECT_CODE } from '../server/src/demo/demo-seed.ts';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';
import { assertTranslated } from './support/translated.ts';

let corelab: RunningCorelab;
let browser: Browser;
let page: Page;

before(async () => {
  [corelab, browser] = await Promise.all([startCorelab({ seed: { reading: true } }), launchBrowser()]);
  page = await freshPage(browser);
  await signIn(page, corelab.url, 'manager', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/core_lab_manager`);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
});

/** Replaces the editor's JSON with a change made to the latest version's definition. */
async function editDefinition(kind: 'forms' | 'designs', change: (definition: Record<string, unknown>) => Record<string, unknown>, reason: string): Promise<void> {
  const text = page.getByTestId(`reading-${kind}-text`);
  await text.waitFor();
  await page.waitForFunction((k) => (document.querySelector(`[data-testid="reading-${k}-text"]`) as HTMLTextAreaElement).value.length > 2, kind);
  const definition = JSON.parse(await text.inputValue()) as Record<string, unknown>;
  await text.fill(JSON.stringify(change(definition), null, 2));
  await page.getByTestId(`reading-${kind}-reason`).fill(reason);
  await page.getByTestId(`reading-${kind}-save`).click();
}

test('form and design versions: a refusal names its field, a valid version becomes current', async () => {
  await page.getByTestId('reading-set-up-link').click();
  const forms = page.getByTestId('reading-forms');
  await forms.locator('tr[data-version="1"]').waitFor();
  await settled(page);

  // Two fields with the same key: refused, the offending field named.
  await page.getByTestId('reading-forms-new').click();
  await editDefinition('forms', (d) => ({ ...d, fields: [...(d.fields as unknown[]), (d.fields as unknown[])[0]] }), 'a duplicated field');
  await page.getByTestId('reading-forms-field').first().waitFor();
  assert.match(await page.getByTestId('reading-forms-editor').locator('.refusal').innerText(), /\S/);
  assert.equal(await forms.locator('tr[data-version]').count(), 1, 'nothing was written');
  await screenshot(page, 'reading-set-up-1-refused');

  // A design version with single reading is accepted and becomes version 2.
  await page.getByTestId('reading-designs-new').click();
  await editDefinition('designs', (d) => ({ ...d, reread: { percent: 20, washoutDays: 14 } }), 'a larger re-read sample');
  await page.getByTestId('reading-designs').locator('tr[data-version="2"]').waitFor();
  await page.getByTestId('reading-designs').locator('tr[data-version="2"]').getByRole('button').click();
  assert.match(await page.getByTestId('reading-designs-json').innerText(), /"washoutDays": 14/);
  await screenshot(page, 'reading-set-up-2-design');
  assert.deepEqual(pageErrors(page), []);
});

test('planning with no exam passed by QC plans nothing, and says so', async () => {
  await page.getByTestId('plan-reading-button').click();
  assert.match(await page.getByTestId('plan-result').innerText(), /^0 /);
});

test('readers: a qualification is recorded and listed; progress per reader is charted', async () => {
  await page.goto(`${corelab.url}/projects/${corelab.projectId}/reading/readers`);
  await page.getByTestId('training-person').waitFor();
  await settled(page);
  const reader2 = await page.getByTestId('training-person').locator('option', { hasText: 'reader2' }).getAttribute('value');
  await page.getByTestId('training-person').selectOption(reader2!);
  await settled(page);
  const before = await page.locator('[data-testid="training-list"] tbody tr').count();
  await page.getByTestId('training-kind').selectOption('training');
  await page.getByTestId('training-evidence').fill('SOP-READ-003 session, certificate 2026-11');
  await page.getByTestId('training-submit').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="training-list"] tbody tr').length === n + 1, before);
  assert.equal(await page.locator('[data-testid="training-list"] tr[data-kind="training"][data-outcome="completed"]').count() >= 1, true);
  await page.getByTestId('reading-progress').locator('[data-reader]').first().waitFor();
  await page.locator('[data-testid="chart-reader-progress"] svg.recharts-surface').first().waitFor();
  assert.equal(await page.locator('[data-testid="reader-progress"] tr[data-reader="Romain Lecteur"]').getAttribute('data-qualified'), 'yes', 'the demo qualifies reader2');
  await screenshot(page, 'reading-set-up-3-readers');
  assert.deepEqual(pageErrors(page), []);
});

test('agreement with no reads yet says there is not enough to estimate it', async () => {
  await page.goto(`${corelab.url}/projects/${corelab.projectId}/reading/agreement`);
  await page.getByTestId('agreement-field').waitFor();
  assert.equal(await page.getByTestId('agreement-field').inputValue(), 'lvEf');
  await page.getByTestId('agreement-inter').waitFor();
  await settled(page);
  assert.match(await page.locator('[data-testid="agreement-inter"] [data-testid="agreement-not-enough"]').first().innerText(), /^0 paire de lectures/);
  assert.equal(await page.getByTestId('icc-table').count(), 0, 'no statistic from no reads');
  await screenshot(page, 'reading-set-up-4-agreement');
  assert.deepEqual(pageErrors(page), []);
});

/** What may read the same in French and English on the reading pages: data, not interface. */
function isDataValue(text: string): boolean {
  const names = DEMO_ACCOUNTS.flatMap((a) => [a.username, a.displayName, `${a.displayName} (${a.username})`]);
  return (
    names.includes(text) ||
    ['Corelab', DEMO_PROJECT_CODE, '—', 'mL', '%', 'g', 'mL/m²', 'g/m²', 'JSON'].includes(text) ||
    [
      /^Cardiac MR/, // the form's title, as written by the manager
      /^(single|double) reading, /, // a design's title, as the server records it
      /^demo set-up/, // reasons given for the demo's versions
      /^a larger re-read sample$/, // the reason given above
      /^[\d\s.,]+$/, // numbers
      /^[0-9a-f]{16}…$/, // a digest, shortened
      /^[0-9a-f]{64}$/, // a digest in full (the shortened one's title)
      /^\d{1,2} \S+ \d{4}( à|,) \d{2}:\d{2}$/, // dates
      /^\d{4}-\d{2}-\d{2}$/, // days
      /^\{\n[\s\S]*\n\}$/, // a definition as JSON
      /^SOP-READ-003/, // the evidence recorded above
      /^Core-lab training on |^Qualification set of /, // the demo's training evidence
    ].some((p) => p.test(text))
  );
}

test('the reading pages are wholly translated', async () => {
  await page.goto(`${corelab.url}/projects/${corelab.projectId}/reading/set-up`);
  await page.getByTestId('reading-forms').locator('tr[data-version]').first().waitFor();
  await assertTranslated(page, 'reading-set-up', isDataValue);
  await page.goto(`${corelab.url}/projects/${corelab.projectId}/reading/readers`);
  await page.locator('[data-testid="chart-reader-progress"] svg.recharts-surface').first().waitFor();
  await assertTranslated(page, 'reading-readers', isDataValue);
  await page.goto(`${corelab.url}/projects/${corelab.projectId}/reading/final-values`);
  await page.getByTestId('final-values').waitFor();
  await assertTranslated(page, 'reading-final-values', isDataValue);
  await page.goto(`${corelab.url}/projects/${corelab.projectId}/reading/agreement`);
  await page.getByTestId('agreement-inter').waitFor();
  await assertTranslated(page, 'reading-agreement', isDataValue);
  assert.deepEqual(pageErrors(page), []);
});
