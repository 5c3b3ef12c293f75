import { expect, test } from '@playwright/test';
import { ARTICLE } from './helpers';

// An article with a block quote, which the body sets in the serif italic.
const QUOTING = '/tech-science/ai-weather-model-satellites';

test('only the upright serif is preloaded: the italic loads when text needs it', async ({ page }) => {
  await page.goto(ARTICLE.path);
  const preloaded = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(preloaded).toHaveLength(1);
  expect(preloaded.some((href) => /italic/i.test(href))).toBe(false);
});

test('interface text uses the system font: no sans-serif web font is loaded', async ({ page }) => {
  await page.goto(ARTICLE.path, { waitUntil: 'networkidle' });
  const family = await page
    .locator('nav[aria-label="Sections"] a')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family.split(',')[0]!.trim()).toBe('system-ui');
  const faces = await page.evaluate(() => [...document.fonts].map((f) => f.family));
  expect(
    faces.every((f) => /serif/i.test(f)),
    faces.join(', '),
  ).toBe(true);
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

test('each web font falls back to a metric-matched face, so the swap does not move text', async ({ page }) => {
  await page.goto(QUOTING);
  // next/font writes a fallback @font-face per family, a local font scaled to
  // the web font's metrics; each stack names it right after the web font.
  const fallbacks = await page.evaluate(() => {
    const rules: { family: string; sizeAdjust: string; ascent: string }[] = [];
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSFontFaceRule && /Fallback/.test(rule.style.getPropertyValue('font-family')))
          rules.push({
            family: rule.style.getPropertyValue('font-family').replace(/["']/g, ''),
            sizeAdjust: rule.style.getPropertyValue('size-adjust'),
            ascent: rule.style.getPropertyValue('ascent-override'),
          });
    return rules;
  });
  expect(fallbacks.length).toBeGreaterThanOrEqual(2);
  for (const f of fallbacks) {
    expect(f.sizeAdjust, f.family).toMatch(/%$/);
    expect(f.sizeAdjust, f.family).not.toBe('100%');
    expect(f.ascent, f.family).toMatch(/%$/);
  }
  for (const selector of ['h1', '.article-body blockquote p']) {
    const stack = await page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily.split(','));
    expect(stack[1]!.replace(/["']/g, '').trim(), selector).toBe(`${stack[0]!.replace(/["']/g, '').trim()} Fallback`);
    expect(fallbacks.map((f) => f.family)).toContain(stack[1]!.replace(/["']/g, '').trim());
  }
});
