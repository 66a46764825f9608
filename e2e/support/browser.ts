// Headless Chromium from the system (never downloaded), and the few steps every browser test takes.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-artifacts/screenshots');

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CORELAB_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const errorsOf = new WeakMap<Page, string[]>();

/** A fresh page with its own cookies and storage; errors in the page are kept for pageErrors(). */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  errorsOf.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  // Refusals (401 before sign-in, 403 for separation of duties) are expected answers, not errors.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 40\d/.test(message.text())) errors.push(message.text());
  });
  return page;
}

export function pageErrors(page: Page): string[] {
  return errorsOf.get(page) ?? [];
}

/** Signs in through the login form and waits for the signed-in frame. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string, path = '/'): Promise<void> {
  await page.goto(baseUrl + path);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.locator('header.topbar').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until no part of the page is still loading. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.loading') === null && document.querySelector('#root')!.childElementCount > 0);
}
