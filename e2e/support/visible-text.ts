// Collects every string a person sees on the page: text nodes of rendered elements (options of a
// visible select included), placeholders, accessible labels and titles, in document order.
import type { Page } from 'playwright-core';

// Kept as source text: the test runner's transpiler would wrap a function with helpers that do
// not exist in the page.
const COLLECT = `(() => {
  const shown = (element) => (element.closest('select') ?? element).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (text && node.parentElement && shown(node.parentElement)) texts.push(text);
  }
  for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
    if (!shown(element)) continue;
    for (const attribute of ['placeholder', 'aria-label', 'title']) {
      const value = element.getAttribute(attribute)?.trim();
      if (value) texts.push(value);
    }
  }
  return texts;
})()`;

export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(COLLECT) as Promise<string[]>;
}
