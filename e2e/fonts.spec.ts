import { expect, test } from '@playwright/test';
import { ARTICLE } from './helpers';

// An article with a block quote, which the body sets in the serif italic.
const QUOTING = '/tech-science/ai-weather-model-satellites';

test('only the upright faces are preloaded: the italic loads when text needs it', async ({ page }) => {
  await page.goto(ARTICLE.path);
  const preloaded = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(preloaded).toHaveLength(2);
  expect(preloaded.some((href) => /italic/i.test(href))).toBe(false);
});

test('italic serif text is set in the serif italic face, not a slanted upright', async ({ page }) => {
  await page.goto(QUOTING);
  const quote = page.locator('.article-body blockquote p').first();
  await quote.scrollIntoViewIfNeeded();
  const family = await quote.evaluate((el) => getComputedStyle(el).fontFamily);
  const italicFamily = family.split(',')[0]!.trim();
  expect(italicFamily).toMatch(/italic/i);
  // The face behind that family is the italic one, and the page loaded it.
  await expect
    .poll(() =>
      page.evaluate(
        async (name) => {
          await document.fonts.ready;
          return [...document.fonts].some((f) => f.family === name && f.style === 'italic' && f.status === 'loaded');
        },
        italicFamily.replace(/^["']|["']$/g, ''),
      ),
    )
    .toBe(true);
});
