import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** A stable sample article with every optional part: image, update, table, related stories. */
export const ARTICLE = {
  path: '/world/coastal-cities-flood-data-pact',
  section: { title: 'World', path: '/world' },
  author: { name: 'Elena Varga', path: '/author/elena-varga' },
};

/** Runs axe (WCAG 2.x A/AA and best practice) and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Elements must appear in this order in the DOM (reading order). */
export async function expectInDocumentOrder(page: Page, selectors: string[]) {
  const positions = await page.evaluate((sels) => {
    const all = Array.from(document.querySelectorAll('*'));
    return sels.map((s) => all.indexOf(document.querySelector(s) as Element));
  }, selectors);
  positions.forEach((p, i) => expect(p, `${selectors[i]} is on the page`).toBeGreaterThan(-1));
  expect(positions, `in order: ${selectors.join(' → ')}`).toEqual([...positions].sort((a, b) => a - b));
}
