import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { type Parsed, pathOf, pngSize, siteUrl } from './seo-content';

const heroArticle = '/world/coastal-cities-flood-data-pact';
const plainArticle = '/tech-science/deep-sea-microbes-plastic';
const hidden = ['/world/harbour-tunnel-costs', '/tech-science/climate-forecasts-2100']; // draft, scheduled

const meta = (page: Page, attr: 'name' | 'property', key: string) =>
  page.locator(`meta[${attr}="${key}"]`).first().getAttribute('content');
const metas = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));

async function jsonLd(page: Page): Promise<Parsed[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b));
}

async function expectCommonTags(page: Page, canonical: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  // Next writes the home page's canonical without its trailing slash; both are the same URL.
  const bare = (u: string | null) => u?.replace(/\/$/, '');
  expect(bare(await page.locator('link[rel="canonical"]').getAttribute('href'))).toBe(bare(canonical));
  expect(await meta(page, 'name', 'description')).toBeTruthy();
  expect(await meta(page, 'name', 'robots')).toBe('index, follow, max-image-preview:large');
  expect(bare(await meta(page, 'property', 'og:url'))).toBe(bare(canonical));
  expect(await meta(page, 'property', 'og:site_name')).toBe('The Lantern');
  expect(await meta(page, 'property', 'og:image')).toMatch(new RegExp(`^${siteUrl}/`));
  expect(await meta(page, 'property', 'og:image:alt')).toBeTruthy();
  expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'name', 'twitter:image:alt')).toBeTruthy();
  await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${siteUrl}/feed.xml"]`)).toHaveCount(1);
  await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${siteUrl}/atom.xml"]`)).toHaveCount(1);
}

async function expectPng(request: APIRequestContext, url: string) {
  const res = await request.get(pathOf(url));
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
}

test.describe('page metadata', () => {
  test('home: site name title, WebSite with SearchAction, Organization with social links', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('The Lantern');
    await expectCommonTags(page, `${siteUrl}/`);
    const [website, org] = await jsonLd(page);
    expect(website).toMatchObject({ '@type': 'WebSite', url: `${siteUrl}/` });
    expect(website!.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: `${siteUrl}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
    expect(org).toMatchObject({ '@type': 'Organization', logo: { url: `${siteUrl}/logo.png` } });
    expect(org!.sameAs).toContain('https://x.com/thelanternnews');
  });

  test('article with a hero image: article tags, hero as share image, NewsArticle and breadcrumbs', async ({ page, request }) => {
    await page.goto(heroArticle);
    await expect(page).toHaveTitle('Forty coastal cities agree to share flood data in real time | World | The Lantern');
    await expectCommonTags(page, `${siteUrl}${heroArticle}`);
    expect(await meta(page, 'property', 'og:type')).toBe('article');
    expect(await meta(page, 'property', 'article:published_time')).toBe('2026-11-22T10:15:00.000Z');
    expect(await meta(page, 'property', 'article:modified_time')).toMatch(/^2026-11-22T17:40/);
    expect(await meta(page, 'property', 'article:section')).toBe('World');
    expect(await metas(page, 'article:tag')).toEqual(['Climate', 'Cities', 'Oceans', 'Diplomacy']);
    expect(await meta(page, 'property', 'og:image')).toBe(`${siteUrl}/images/articles/coastal-cities-flood-data-pact.jpg`);
    expect(await meta(page, 'property', 'og:image:width')).toBe('1600');
    await expect(page.locator(`link[rel="alternate"][href="${siteUrl}/world/feed.xml"]`)).toHaveCount(1);
    await expect(
      page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${siteUrl}/world/atom.xml"]`),
    ).toHaveCount(1);
    // "Connect with us" offers the section's feed in both formats.
    const bar = page.locator('[data-social-bar]');
    await expect(bar.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/world/feed.xml');
    await expect(bar.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/world/atom.xml');

    const [article, crumbs] = await jsonLd(page);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Forty coastal cities agree to share flood data in real time',
      datePublished: '2026-11-22T10:15:00.000Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${siteUrl}${heroArticle}` },
      articleSection: 'World',
      inLanguage: 'en-GB',
      author: [{ '@type': 'Person', name: 'Elena Varga', url: `${siteUrl}/author/elena-varga` }],
      publisher: { '@type': 'Organization', name: 'The Lantern', logo: { '@type': 'ImageObject', url: `${siteUrl}/logo.png` } },
    });
    for (const field of ['description', 'dateModified', 'keywords']) expect(article![field], field).toBeTruthy();
    expect(Number(article!.image[0].width)).toBeGreaterThanOrEqual(1200);
    const hero = await request.get(pathOf(article!.image[0].url));
    expect(hero.headers()['content-type']).toBe('image/jpeg');
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(crumbs!.itemListElement.map((i: { item: string }) => i.item)).toEqual([
      `${siteUrl}/`,
      `${siteUrl}/world`,
      `${siteUrl}${heroArticle}`,
    ]);
    // The generated card exists for this article too, even though the hero is preferred.
    await expectPng(request, `${siteUrl}/og${heroArticle}`);
  });

  test('article without a hero: generated 1200×630 PNG card, agency-free Person byline', async ({ page, request }) => {
    await page.goto(plainArticle);
    await expectCommonTags(page, `${siteUrl}${plainArticle}`);
    const image = await meta(page, 'property', 'og:image');
    expect(image).toBe(`${siteUrl}/og${plainArticle}`);
    expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
    expect(await meta(page, 'property', 'og:image:height')).toBe('630');
    await expectPng(request, image!);
    const [article] = await jsonLd(page);
    expect(article!.image[0]).toMatchObject({ url: image, width: '1200', height: '630' });
  });

  test('agency articles credit an Organization', async ({ page }) => {
    await page.goto('/social-media/flood-rumour-debunked');
    const [article] = await jsonLd(page);
    expect(article!.author[0]).toMatchObject({
      '@type': 'Organization',
      name: 'Meridian Newswire',
      url: `${siteUrl}/author/newswire`,
    });
  });

  test('section pages advertise the section feed as RSS and as Atom', async ({ page }) => {
    await page.goto('/life');
    await expectCommonTags(page, `${siteUrl}/life`);
    await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${siteUrl}/life/feed.xml"]`)).toHaveCount(
      1,
    );
    await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${siteUrl}/life/atom.xml"]`)).toHaveCount(
      1,
    );
  });

  test('the site card is a 1200×630 PNG', async ({ request }) => {
    await expectPng(request, `${siteUrl}/og`);
  });
});

test.describe('status codes', () => {
  for (const path of ['/no-such-section/no-such-story', ...hidden]) {
    test(`${path} is a 404 with noindex`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res!.status()).toBe(404);
      const robots = await page.locator('meta[name="robots"]').evaluateAll((els) => els.map((e) => e.getAttribute('content')));
      expect(robots.length).toBeGreaterThan(0);
      for (const r of robots) expect(r).toContain('noindex');
    });
  }

  test('the generated card of a draft is not served', async ({ request }) => {
    expect((await request.get(`/og${hidden[0]}`)).status()).toBe(404);
  });

  const redirects: [string, string][] = [
    ['/world/', '/world'],
    [`${heroArticle}/`, heroArticle],
    ['/World/Coastal-Cities-Flood-Data-Pact', heroArticle],
    ['/world/page/1', '/world'],
    ['/author/elena-varga/page/1', '/author/elena-varga'],
    ['/Tag/Climate?x=1', '/tag/climate?x=1'],
  ];
  for (const [from, to] of redirects) {
    test(`${from} redirects to ${to} with a 308`, async ({ request }) => {
      const res = await request.get(from, { maxRedirects: 0 });
      expect(res.status()).toBe(308);
      expect(
        new URL(res.headers()['location']!, 'http://x').pathname + new URL(res.headers()['location']!, 'http://x').search,
      ).toBe(to);
    });
  }

  test('canonical paths are not redirected', async ({ request }) => {
    expect((await request.get(heroArticle, { maxRedirects: 0 })).status()).toBe(200);
  });
});
