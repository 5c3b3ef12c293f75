import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// Sample articles with embeds (content/articles): a [text](url) YouTube line
// and a bare Mastodon URL.
const VIDEO = {
  path: '/tech-science/lunar-lander-water-ice',
  title: 'Kestrel’s first borehole, filmed from the lander',
  original: 'https://www.youtube.com/watch?v=Kx7rT2mQ9bE',
  frame: 'https://www.youtube-nocookie.com/embed/Kx7rT2mQ9bE',
};
const POST = {
  path: '/social-media/choose-your-own-feed-platform',
  original: 'https://mastodon.social/@tessel_example/113502846127394051',
  frame: 'https://mastodon.social/@tessel_example/113502846127394051/embed',
};

const STUB = '<!doctype html><html lang="en"><title>Provider stub</title><p>Provider stub frame</p></html>';

/**
 * Nothing may reach the internet: every request that is not for the site
 * itself is recorded and answered here with a local stub page.
 */
async function interceptThirdParty(page: Page): Promise<string[]> {
  const site = new URL(test.info().project.use.baseURL ?? 'http://localhost').origin;
  const thirdParty: string[] = [];
  await page.context().route(
    (url) => url.origin !== site,
    (route) => {
      thirdParty.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: STUB });
    },
  );
  return thirdParty;
}

/** CSP violations reported by the page (the real server's headers apply). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.blockedURI}`));
  });
  return violations;
}

test.describe('embeds', () => {
  test('a facade loads nothing third-party until its button is clicked, then the frame loads', async ({ page }) => {
    const thirdParty = await interceptThirdParty(page);
    const csp = await watchCsp(page);
    await page.goto(VIDEO.path);
    const embed = page.locator('figure.embed');
    await expect(embed).toHaveCount(1);
    await embed.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');

    // The facade: provider name, the link to the original, a button; no frame.
    await expect(embed.getByText('YouTube', { exact: true })).toBeVisible();
    await expect(embed.getByRole('link', { name: VIDEO.title })).toHaveAttribute('href', VIDEO.original);
    const button = embed.getByRole('button', { name: `Show video: ${VIDEO.title} (YouTube)` });
    await expect(button).toBeVisible();
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(thirdParty).toEqual([]);

    await button.click();
    const frame = embed.locator('iframe');
    await expect(frame).toHaveAttribute('src', VIDEO.frame);
    await expect(frame).toHaveAttribute('title', `YouTube video: ${VIDEO.title}`);
    await expect(frame).toBeFocused();
    // The stub answered inside the frame: the CSP let the provider's host frame.
    await expect(page.frameLocator('figure.embed iframe').getByText('Provider stub frame')).toBeVisible();
    expect(thirdParty).toEqual([VIDEO.frame]);
    // The link to the original stays, as the caption.
    await expect(embed.locator('figcaption').getByRole('link', { name: VIDEO.title })).toHaveAttribute('href', VIDEO.original);
    await expect(embed.getByRole('button')).toHaveCount(0);
    expect(csp).toEqual([]);
  });

  test('a bare provider URL is a facade too, and the frame keeps the page from growing or shifting', async ({ page }) => {
    const thirdParty = await interceptThirdParty(page);
    await page.goto(POST.path);
    const embed = page.locator('figure.embed');
    await expect(embed.getByText('Mastodon', { exact: true })).toBeVisible();
    await expect(embed.getByRole('link', { name: POST.original })).toHaveAttribute('href', POST.original);
    const before = await embed.locator('.embed-box').boundingBox();
    await embed.getByRole('button', { name: 'Show post from Mastodon' }).click();
    await expect(embed.locator('iframe')).toHaveAttribute('src', POST.frame);
    const box = await embed.locator('.embed-box').boundingBox();
    expect(Math.abs(box!.height - before!.height)).toBeLessThan(2);
    expect(thirdParty).toEqual([POST.frame]);
  });

  test('the facade and the shown frame meet axe, in light and dark', async ({ page }) => {
    await interceptThirdParty(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(VIDEO.path);
      await expectNoAxeViolations(page);
    }
    await page.locator('figure.embed button').click();
    await expect(page.frameLocator('figure.embed iframe').getByText('Provider stub frame')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with JavaScript off the facade is a plain link to the original', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    const thirdParty = await interceptThirdParty(page);
    await page.goto(VIDEO.path);
    const embed = page.locator('figure.embed');
    await expect(embed.getByRole('link', { name: VIDEO.title })).toBeVisible();
    await expect(embed.getByRole('link', { name: VIDEO.title })).toHaveAttribute('href', VIDEO.original);
    // A button that could do nothing is not shown, nor is the empty frame-sized box.
    await expect(embed.locator('button')).toBeHidden();
    const box = await embed.boundingBox();
    expect(box!.height).toBeLessThan(120);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});
