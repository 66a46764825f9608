// The French/English switch changes every string a person sees, on every kind of page: each text
// seen in French is compared with the same text in English, and only data values may stay the same.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PROJECT_CODE } from '../server/src/demo/demo-seed.ts';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';
import { visibleTexts } from './support/visible-text.ts';

/** Data values: the same in both languages by nature. Everything else must change. */
const DATA_VALUES = new Set<string>([
  'Corelab', // the product's name
  ...DEMO_ACCOUNTS.flatMap((a) => [a.username, a.displayName, `${a.displayName} (${a.username})`]),
  'Corelab Platform',
  'CHU Nord (démo)',
  'Hôpital Sud (démo)',
  'Core lab imagerie cardiaque (démo)',
  'Unité de biostatistique (démo)',
  'Promoteur académique (démo)',
  'Comité scientifique SFR-SFC (démo)',
  'Paris',
  'Lille',
  'Marseille',
  'Lyon',
  'FR', // country code
  DEMO_PROJECT_CODE,
  'Démonstration — IRM cardiaque multicentrique / Multi-centre cardiac MR demo',
  'Demo project: LV volumes, ejection fraction and LGE read by blinded experts across two centres.',
  'demo set-up', // a reason recorded on the audit trail
  // Codes recorded on the audit trail (acting roles, target types), shown as recorded.
  'demo-seed',
  'system',
  'platform_admin',
  'auditor',
  'auditor|dpo',
  'user',
  'project',
  'membership',
  'organisation',
  'audit_trail',
  'audit_chain',
  'api_token',
  'centre_data_manager', // the upload page lists the centre's subjects
  'subject',
  'code,event,date,channel', // the CSV header the subject import reads
  'CHUN-0777', // a subject code
  'JSON',
  '—', // no value
  'Cardiac MR — LV function and viability', // the demo protocol's title, and its version's reason
  'Cardiac MR image quality',
  // The demo's QC set-up as recorded on the audit trail: target types and reasons.
  'qc_protocol_version',
  'qc_checklist_version',
  'demo set-up: the cardiac MR protocol',
  'demo set-up: the cardiac MR QC checklist',
]);
const DATA_PATTERNS = [
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // ids
  /^\d+$/, // sequence numbers
  /^[a-z]+(\.[a-z-]+)+$/, // audit actions, e.g. membership.granted
  /^[0-9a-f]{16}…$/, // a hash, shortened
  /^ed25519:[0-9a-f]{16}$/, // a key id
  /^\d{1,2} \S+ \d{4}( à|,) \d{2}:\d{2}$/, // dates
  /^\d{4}-\d{2}-\d{2}$/, // calendar days (consent events, due dates)
  /^\{\n[\s\S]*\n\}$/, // a protocol or checklist definition, as JSON in the editor
];
const isDataValue = (text: string) => DATA_VALUES.has(text) || DATA_PATTERNS.some((p) => p.test(text));

let corelab: RunningCorelab;
let browser: Browser;

// The provider is only named on the sign-in page here, never reached (discovery happens on use).
const OIDC = { CORELAB_OIDC_ISSUER: 'http://127.0.0.1:9/realms/hospital', CORELAB_OIDC_CLIENT_ID: 'corelab', CORELAB_OIDC_CLIENT_SECRET: 'e2e-secret', CORELAB_OIDC_LABEL: 'Keycloak CHU' };

before(async () => {
  [corelab, browser] = await Promise.all([startCorelab({ env: OIDC }), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
});

async function showIn(page: Page, language: 'fr' | 'en'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== language) await page.getByTestId('language-switch').click();
  await page.locator(`html[lang="${language}"]`).waitFor();
  await settled(page);
}

/** Reads the page in French then in English and asserts that every non-data text changed. */
async function assertTranslated(page: Page, name: string): Promise<void> {
  await showIn(page, 'fr');
  const french = await visibleTexts(page);
  await showIn(page, 'en');
  const english = await visibleTexts(page);
  await screenshot(page, `language-${name}-en`);
  assert.equal(english.length, french.length, `${name}: the same texts in both languages\nfr: ${french.join(' | ')}\nen: ${english.join(' | ')}`);
  const unchanged = french.filter((text, i) => text === english[i] && !isDataValue(text));
  assert.deepEqual(unchanged, [], `${name}: texts left untranslated`);
  assert.ok(french.length > 3, `${name}: the page shows something`);
  await showIn(page, 'fr');
}

test('the login page is French by default and wholly English after the switch', async () => {
  const page = await freshPage(browser);
  await page.goto(corelab.url);
  await page.locator('input[name=username]').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  const provider = page.getByRole('link', { name: 'Se connecter avec Keycloak CHU' });
  assert.equal(await provider.getAttribute('href'), '/api/auth/oidc/login');
  await screenshot(page, 'language-login-fr');
  await assertTranslated(page, 'login');
  await page.getByTestId('language-switch').click();
  await page.reload();
  await page.locator('html[lang="en"]').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Sign in to Corelab', 'the choice is remembered in this browser');
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('project list, workspace, project audit trail and API tokens are wholly translated', async () => {
  const page = await freshPage(browser);
  await signIn(page, corelab.url, 'auditor', DEMO_PASSWORD);
  await page.getByTestId('project-list').waitFor();
  await assertTranslated(page, 'project-list');

  await page.goto(`${corelab.url}/projects/${corelab.projectId}/workspaces/auditor`);
  await page.getByTestId('membership-list').waitFor();
  await assertTranslated(page, 'workspace-auditor');

  await page.goto(`${corelab.url}/projects/${corelab.projectId}/audit`);
  await page.getByTestId('audit-events').waitFor();
  await page.getByRole('button', { name: 'Vérifier la chaîne' }).click();
  await page.getByTestId('verify-result').waitFor();
  await assertTranslated(page, 'project-audit');

  await page.goto(`${corelab.url}/tokens`);
  await page.locator('#create-token').waitFor();
  await assertTranslated(page, 'tokens');

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH');
  await page.getByTestId('language-switch').click();
  assert.equal((await saved).status(), 200);
  const session = (await (await page.request.get(`${corelab.url}/api/auth/session`)).json()) as { user: { preferredLanguage: string } };
  assert.equal(session.user.preferredLanguage, 'en', 'the choice is kept on the account');
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test("the centre data manager's imaging upload page is wholly translated", async () => {
  const page = await freshPage(browser);
  await signIn(page, corelab.url, 'datamanager', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/centre_data_manager`);
  await page.getByTestId('upload-panel').waitFor();
  await page.getByTestId('create-key').click();
  await page.getByTestId('key-state').locator('strong').waitFor();
  await assertTranslated(page, 'workspace-centre-data-manager');
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('administration pages and the platform audit trail are wholly translated', async () => {
  const page = await freshPage(browser);
  await signIn(page, corelab.url, 'admin', DEMO_PASSWORD);
  for (const [path, ready] of [
    ['/admin/organisations', 'organisations'],
    ['/admin/users', 'users'],
    ['/admin/projects', 'admin-projects'],
    [`/admin/projects/${corelab.projectId}`, 'admin-memberships'],
    ['/admin/audit', 'audit-events'],
  ] as const) {
    await page.goto(corelab.url + path);
    await page.getByTestId(ready).waitFor();
    await assertTranslated(page, path.split('/').slice(1, 3).join('-'));
  }
  assert.deepEqual(pageErrors(page), []);
  await page.context().close();
});

test('quality-control pages are wholly translated: protocol and checklist, dashboard, QC queue, a subject', async () => {
  const manager = await freshPage(browser);
  await signIn(manager, corelab.url, 'manager', DEMO_PASSWORD, `/projects/${corelab.projectId}/qc/definitions`);
  await manager.getByTestId('protocols-new').click();
  await manager.getByTestId('protocols-text').waitFor();
  await assertTranslated(manager, 'qc-definitions');
  await manager.goto(`${corelab.url}/projects/${corelab.projectId}/qc/dashboard`);
  await manager.getByTestId('dashboard-figures').waitFor();
  await assertTranslated(manager, 'qc-dashboard');
  assert.deepEqual(pageErrors(manager), []);
  await manager.context().close();

  const qc = await freshPage(browser);
  await signIn(qc, corelab.url, 'qc', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/qc_reviewer`);
  await qc.getByTestId('review-queue').waitFor();
  await assertTranslated(qc, 'workspace-qc-reviewer');
  assert.deepEqual(pageErrors(qc), []);
  await qc.context().close();

  const centre = await freshPage(browser);
  await signIn(centre, corelab.url, 'datamanager', DEMO_PASSWORD, `/projects/${corelab.projectId}/workspaces/centre_data_manager`);
  await centre.getByTestId('register-code').fill('CHUN-0777');
  await centre.getByTestId('register-submit').click();
  await centre.locator('[data-subject="CHUN-0777"] a').click();
  await centre.getByTestId('record-event').waitFor();
  await centre.getByTestId('event-kind').selectOption('objection');
  await assertTranslated(centre, 'subject');
  assert.deepEqual(pageErrors(centre), []);
  await centre.context().close();
});
