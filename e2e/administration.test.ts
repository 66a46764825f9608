// The platform administrator registers an organisation, adds it to the project, creates an account
// in it and grants a role; a grant that breaks separation of duties is refused with its rule shown.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchBrowser, pageErrors, screenshot, settled, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, startCorelab, type RunningCorelab } from './support/corelab.ts';

let corelab: RunningCorelab;
let browser: Browser;
let page: Page;

before(async () => {
  [corelab, browser] = await Promise.all([startCorelab(), launchBrowser()]);
  page = await freshPage(browser);
  await signIn(page, corelab.url, 'admin', DEMO_PASSWORD);
});

after(async () => {
  await browser?.close();
  await corelab?.stop();
});

const ORGANISATION = 'Centre hospitalier de Nantes (e2e)';

/** Picks the option whose text is exactly `text` in the select named `name` within `scope`. */
async function choose(scope: ReturnType<Page['locator']>, name: string, text: string): Promise<void> {
  await scope.locator(`select[name=${name}]`).selectOption({ label: text });
}

test('the administrator registers an organisation and adds it to the project as a centre', async () => {
  await page.getByRole('link', { name: 'Organismes' }).click();
  await page.getByTestId('organisations').waitFor();
  const form = page.locator('form[aria-labelledby=create-organisation]');
  await form.locator('input[name=name]').fill(ORGANISATION);
  await choose(form, 'kind', 'centre investigateur');
  await form.locator('input[name=city]').fill('Nantes');
  await form.getByRole('button', { name: 'Créer' }).click();
  await form.getByRole('status').filter({ hasText: `Organisme « ${ORGANISATION} » enregistré.` }).waitFor();
  await page.getByTestId('organisations').getByRole('cell', { name: ORGANISATION, exact: true }).waitFor();
  await screenshot(page, 'admin-organisations');

  await page.goto(`${corelab.url}/admin/projects/${corelab.projectId}`);
  await page.getByTestId('admin-memberships').waitFor();
  const addParty = page.locator('form[aria-labelledby=add-party]');
  await choose(addParty, 'organisationId', ORGANISATION);
  await choose(addParty, 'part', 'centre investigateur');
  await addParty.getByRole('button', { name: 'Rattacher un organisme' }).click();
  await addParty.getByRole('status').waitFor();
  await page.locator('#project-parties').locator('..').getByRole('cell', { name: ORGANISATION, exact: true }).waitFor();
  assert.deepEqual(pageErrors(page), []);
});

test('the administrator creates an account in that organisation and grants it a role', async () => {
  await page.getByRole('link', { name: 'Comptes' }).click();
  await page.getByTestId('users').waitFor();
  const form = page.locator('form[aria-labelledby=create-user]');
  await form.locator('input[name=username]').fill('nantes-dm');
  await form.locator('input[name=displayName]').fill('Nadia Nantes');
  await choose(form, 'organisationId', ORGANISATION);
  await form.locator('input[name=password]').fill('e2e-password-nantes');
  await form.getByRole('button', { name: 'Créer' }).click();
  await form.getByRole('status').filter({ hasText: 'Compte « nantes-dm » créé.' }).waitFor();
  const row = page.locator('tr[data-username="nantes-dm"]');
  await row.getByRole('cell', { name: ORGANISATION }).waitFor();

  await page.goto(`${corelab.url}/admin/projects/${corelab.projectId}`);
  await page.getByTestId('admin-memberships').waitFor();
  const grant = page.getByTestId('grant-role');
  await choose(grant, 'userId', 'Nadia Nantes (nantes-dm)');
  await choose(grant, 'role', 'Gestionnaire de données du centre');
  await grant.locator('input[name=reason]').fill('centre joins the project');
  await grant.getByRole('button', { name: 'Attribuer un rôle' }).click();
  await grant.getByRole('status').filter({ hasText: 'Rôle attribué.' }).waitFor();
  await page.locator('tr[data-membership="nantes-dm:centre_data_manager"]').waitFor();
  await screenshot(page, 'admin-project-granted');
  assert.deepEqual(pageErrors(page), []);
});

test('granting the statistician role to a reader is refused, naming the separation-of-duties rule', async () => {
  const grant = page.getByTestId('grant-role');
  await choose(grant, 'userId', 'Rachel Lectrice (reader1)');
  await choose(grant, 'role', 'Statisticien indépendant');
  await grant.getByRole('button', { name: 'Attribuer un rôle' }).click();
  const refusal = grant.getByRole('alert');
  await refusal.waitFor();
  const text = await refusal.innerText();
  assert.match(text, /Refus du serveur/);
  assert.match(text, /the statistician role cannot be held together with an imaging role \(reader\) in the same project/, 'the server sentence, verbatim');
  assert.match(text, /separation-of-duties\.imaging-and-statistics-separated/, 'the stable code');
  assert.match(text, /règle appliquée : imaging-and-statistics-separated/, 'the rule');
  assert.equal(await page.locator('tr[data-membership="reader1:statistician"]').count(), 0);
  await screenshot(page, 'admin-separation-of-duties-refused');
});

test('the administrator revokes a role with a reason, and disables then enables an account', async () => {
  const row = page.locator('tr[data-membership="nantes-dm:centre_data_manager"]');
  await row.getByRole('button', { name: 'Retirer' }).click();
  await row.locator('input[name=reason]').fill('granted by mistake');
  await row.getByRole('button', { name: 'Confirmer le retrait' }).click();
  await row.waitFor({ state: 'detached' });

  await page.goto(`${corelab.url}/admin/users`);
  const account = page.locator('tr[data-username="nantes-dm"]');
  await account.getByRole('button', { name: 'Désactiver' }).click();
  await account.getByRole('button', { name: 'Réactiver' }).waitFor();
  assert.match(await account.innerText(), /désactivé/);
  await account.getByRole('button', { name: 'Réactiver' }).click();
  await account.getByRole('button', { name: 'Désactiver' }).waitFor();
  await settled(page);
  await screenshot(page, 'admin-users');
  assert.deepEqual(pageErrors(page), []);
});

test('a person who is not a platform administrator is refused the administration pages, and keeps API tokens of their own', async () => {
  const other = await freshPage(browser);
  await signIn(other, corelab.url, 'manager', DEMO_PASSWORD, '/admin/users');
  await other.getByTestId('admin-refused').waitFor();
  assert.equal(await other.getByTestId('users').count(), 0);
  assert.equal(await other.getByTestId('admin-nav').count(), 0);

  await other.getByRole('link', { name: 'Jetons d’API' }).click();
  const form = other.locator('form[aria-labelledby=create-token]');
  await form.locator('input[name=name]').fill('laptop CLI');
  assert.equal(await form.getByText('administrer la plateforme').count(), 0, 'the admin scope is not offered');
  await form.getByRole('button', { name: 'Créer le jeton' }).click();
  const secret = await other.getByTestId('token-once').locator('code').innerText();
  assert.ok(secret.length > 20, 'the token is shown once');
  const row = other.getByTestId('tokens').locator('tr', { hasText: 'laptop CLI' });
  await row.waitFor();
  assert.ok(!(await other.getByTestId('tokens').innerText()).includes(secret), 'the list never shows the secret');
  await row.getByRole('button', { name: 'Révoquer' }).click();
  await row.getByText(/^révoqué le /).waitFor();
  await other.reload();
  await other.getByTestId('tokens').waitFor();
  assert.equal(await other.getByTestId('token-once').count(), 0, 'never shown again');
  await screenshot(other, 'api-tokens');
  assert.deepEqual(pageErrors(other), []);
  await other.context().close();
});

test('a lost session brings back the sign-in page at the same address; signing out ends the session', async () => {
  await page.context().clearCookies();
  await page.getByRole('link', { name: 'Organismes' }).click();
  await page.locator('input[name=username]').waitFor();
  assert.equal(new URL(page.url()).pathname, '/admin/organisations');
  await page.locator('input[name=username]').fill('admin');
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('organisations').waitFor();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.locator('input[name=username]').waitFor();
  await page.reload();
  await page.locator('input[name=username]').waitFor();
  assert.equal(await page.locator('header.topbar').count(), 0);
});
