// The external auditor reads the project's audit trail: filters it, pages through it, verifies the
// chain and downloads the CSV export.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { systemContext } from '../server/src/access/actor.ts';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';

let corelab: RunningCorelab;
let browser: Browser;
let page: Page;

before(async () => {
  const started = startCorelab({
    prepare: async ({ services }, projectId) => {
      // More project events than one page holds, and a signed checkpoint, through the real audit service.
      await services.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 60; i++) {
          await services.audit.record(trx, systemContext(), { action: 'project.e2e-filler', targetType: 'project', targetId: projectId, projectId, details: { i } });
        }
      });
      await services.audit.signCheckpoint(systemContext(), 'browser test checkpoint');
    },
  });
  [corelab, browser] = await Promise.all([started, launchBrowser()]);
  page = await freshPage(browser);
  await signIn(page, corelab.url, 'auditor', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/auditor`);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
});

const actions = () => page.getByTestId('audit-events').locator('tbody tr td:nth-child(5)').allInnerTexts();
const sequences = async () => (await page.getByTestId('audit-events').locator('tbody tr td:nth-child(1)').allInnerTexts()).map(Number);

test('the auditor opens the project audit trail from the workspace and pages through it', async () => {
  await page.getByRole('link', { name: 'Ouvrir le journal d’audit du projet' }).click();
  await page.getByTestId('audit-events').waitFor();
  await settled(page);
  const first = await sequences();
  assert.equal(first.length, 50, 'a full first page');
  assert.deepEqual(first, [...first].sort((a, b) => b - a), 'newest first');
  await page.getByRole('button', { name: 'Plus anciens' }).click();
  await page.getByRole('button', { name: 'Plus récents' }).waitFor();
  // The button appears with the request; the rows change when its answer is drawn.
  await page.waitForFunction((oldest) => Number(document.querySelector('[data-testid=audit-events] tbody tr td:nth-child(1)')?.textContent) < oldest, first.at(-1)!);
  await settled(page);
  const second = await sequences();
  assert.ok(second.length > 0 && second[0]! < first.at(-1)!, 'the next page holds older events');
  await page.getByRole('button', { name: 'Plus récents' }).click();
  await page.getByRole('button', { name: 'Plus récents' }).waitFor({ state: 'detached' });
  assert.deepEqual(pageErrors(page), []);
});

test('the auditor filters by action prefix, actor and target type', async () => {
  await page.locator('input[name=action]').fill('membership.');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=audit-events] tbody tr td:nth-child(5)')].every((td) => td.textContent === 'membership.granted'));
  const granted = await actions();
  assert.equal(granted.length, 11, 'one grant per demo role holder');

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.locator('input[name=targetType]').fill('organisation');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=audit-events] tbody tr td:nth-child(5)')].every((td) => td.textContent === 'project.party-added'));
  assert.equal((await actions()).length, 6, 'one event per organisation taking part');

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.locator('select[name=actorUserId]').selectOption({ label: 'Olivier Auditeur (auditor)' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.getByText('Aucun événement ne correspond.').waitFor();
  await screenshot(page, 'audit-filtered');
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.getByTestId('audit-events').waitFor();
});

test('the auditor verifies the chain and sees the signed checkpoint', async () => {
  await page.getByRole('button', { name: 'Vérifier la chaîne' }).click();
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-ok'), 'true');
  assert.match(await result.innerText(), /^Chaîne intègre : \d+ événements vérifiés jusqu’au n° \d+, 1 points de contrôle signés vérifiés\.$/);
  assert.equal(await page.getByTestId('checkpoints').locator('tbody tr').count(), 1);
  await screenshot(page, 'audit-verified');
});

test('the CSV link downloads the filtered trail as CSV', async () => {
  await page.locator('input[name=action]').fill('project.party-added');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=audit-events] tbody tr').length === 6);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-csv').click()]);
  assert.equal(download.suggestedFilename(), 'corelab-project-audit.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  assert.match(lines[0]!, /^seq,occurredAt,actorUsername,/);
  assert.equal(lines.length, 1 + 6, 'the header and the six matching events');
  assert.ok(lines.slice(1).every((line) => line.includes('project.party-added')));
  assert.deepEqual(pageErrors(page), []);
});

test('the chain downloads as JSON lines for the standalone verifier', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-chain-export').click()]);
  const lines = fs.readFileSync((await download.path())!, 'utf8').trim().split('\n');
  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.ok(records.length > 60, 'every event of the chain, in full or redacted');
  assert.deepEqual(pageErrors(page), []);
});
