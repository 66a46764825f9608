// Reads a page in French then in English and asserts that every text a person sees changed, except
// the data values the caller recognises (names, numbers, codes).
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { screenshot, settled } from './browser.ts';
import { visibleTexts } from './visible-text.ts';

export async function showIn(page: Page, language: 'fr' | 'en'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== language) await page.getByTestId('language-switch').click();
  await page.locator(`html[lang="${language}"]`).waitFor();
  await settled(page);
}

export async function assertTranslated(page: Page, name: string, isDataValue: (text: string) => boolean): Promise<void> {
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
