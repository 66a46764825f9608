// Each demo person signs in and is offered exactly the workspaces of the roles they hold; the
// address of another role's workspace is refused with a sentence saying so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../server/src/demo/demo-seed.ts';
import { IMAGING_ROLES, PROJECT_ROLES, type ProjectRole } from '../server/src/access/roles.ts';
import { fr } from '../web/src/i18n/fr.ts';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';

let corelab: RunningCorelab;
let browser: Browser;

before(async () => {
  [corelab, browser] = await Promise.all([startCorelab(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
});

const PEOPLE = ['admin', 'committee', 'pi', 'datamanager', 'qc', 'reader1', 'adjudicator', 'manager', 'statistician', 'auditor', 'dpo'];
const AUDIT_ROLES: ProjectRole[] = ['auditor', 'dpo'];
/** Workspaces whose modules are built show their first panel instead of what later modules bring. */
const BUILT_PANELS: Partial<Record<ProjectRole, string>> = { centre_data_manager: 'centre-queries', qc_reviewer: 'review-queue', reader: 'reader-worklist', adjudicator: 'adjudication-queue' };

function rolesOf(username: string): ProjectRole[] {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  return account.role === 'platform_admin' ? [] : [account.role];
}

for (const username of PEOPLE) {
  test(`${username} sees the workspaces of their own roles only`, async () => {
    const held = rolesOf(username);
    const page = await freshPage(browser);
    await signIn(page, corelab.url, username, DEMO_PASSWORD, `/projects/${corelab.projectId}`);
    await settled(page);

    const offered = await page.locator('[data-workspace]').evaluateAll((links) => links.map((a) => a.getAttribute('data-workspace')));
    assert.deepEqual(offered, held, `${username} is offered ${offered.join(', ') || 'nothing'}`);
    assert.equal(await page.getByTestId('admin-nav').count(), username === 'admin' ? 1 : 0, 'administration is offered to platform administrators only');
    assert.equal(await page.getByTestId('project-audit-link').count(), held.some((r) => AUDIT_ROLES.includes(r)) ? 1 : 0);
    if (username === 'statistician') assert.ok(!offered.some((role) => IMAGING_ROLES.includes(role as ProjectRole)), 'no imaging workspace for the statistician');

    if (held.length === 0) {
      await page.getByTestId('no-role').waitFor();
      await screenshot(page, `workspace-${username}`);
    } else {
      const own = held[0]!;
      await page.locator(`[data-workspace="${own}"]`).click();
      await page.getByTestId(`workspace-${own}`).waitFor();
      await settled(page);
      const built = BUILT_PANELS[own];
      if (built) await page.getByTestId(built).waitFor();
      else assert.ok((await page.getByTestId('later-module').count()) > 0, 'the workspace says what later modules bring');
      await screenshot(page, `workspace-${username}`);
    }

    const other = PROJECT_ROLES.find((role) => !held.includes(role) && (username !== 'statistician' || IMAGING_ROLES.includes(role)))!;
    await page.goto(`${corelab.url}/projects/${corelab.projectId}/workspaces/${other}`);
    const refusal = page.getByTestId('workspace-refused');
    await refusal.waitFor();
    const text = await refusal.innerText();
    assert.match(text, /^Vous ne détenez pas le rôle/);
    assert.ok(text.includes(fr.roles[other]), `the refusal names the role: ${text}`);
    assert.equal(await page.getByTestId(`workspace-${other}`).count(), 0);
    assert.deepEqual(pageErrors(page), []);
    await page.context().close();
  });
}
