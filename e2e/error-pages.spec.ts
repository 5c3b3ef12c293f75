import { expect, test } from '@playwright/test';

// /fault-injection throws on purpose when the test server runs with
// FAULT_INJECTION=1 (playwright.config.ts); it is a 404 everywhere else.
test('a production error shows a friendly page and no details', async ({ page }) => {
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  const response = await page.goto('/fault-injection');
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { name: 'Sorry, this page didn’t load' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  await expect(page.locator('header[data-site-header]')).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('SECRET-DETAIL-7f3a');
  expect(html).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.next\/server/);
  expect(csp).toEqual([]);
});

test('the friendly error page links back to a working site', async ({ page }) => {
  await page.goto('/fault-injection');
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1, h2').first()).toBeVisible();
});

test('the not-found page is the custom one', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We can’t find that page' })).toBeVisible();
  await expect(page.getByRole('search')).toHaveCount(2);
});
