import { expect, test } from '@playwright/test';
import { typeset } from '../lib/content/typography';
import {
  expectedAt,
  freshFromCache,
  parseXml,
  pathOf,
  type Parsed,
  siteUrl,
  sourceArticles,
  withoutFixtures,
} from './seo-content';

const hidden = ['/world/harbour-tunnel-costs', '/tech-science/climate-forecasts-2100']; // draft, scheduled

test.describe('robots, sitemaps and feeds', () => {
  test('robots.txt allows crawling, keeps out /api/ and /search, and lists both sitemaps', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/User-Agent: \*\nAllow: \/\nDisallow: \/api\/\nDisallow: \/search\n/);
    expect(text).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${siteUrl}/news-sitemap.xml`);
  });

  test('sitemap.xml lists exactly the published articles plus listings, all absolute with lastmod', async ({ request }) => {
    const { response: res, generated } = await freshFromCache(request, '/sitemap.xml');
    expect(res.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const urls: { loc: string; lastmod?: string }[] = parseXml(await res.text(), ['url']).urlset.url;
    for (const u of urls) expect(u.loc.startsWith(`${siteUrl}/`), u.loc).toBe(true);
    const locs = urls.map((u) => u.loc);
    const articleUrls = new Set(sourceArticles().map((a) => `${siteUrl}${a.path}`));
    const { surely, possibly } = expectedAt(generated, (a, t) => a.date <= t);
    const listedArticles = locs.filter((l) => articleUrls.has(l));
    for (const u of surely) expect(listedArticles).toContain(u);
    for (const u of listedArticles) expect(possibly).toContain(u);
    for (const path of hidden) expect(locs).not.toContain(`${siteUrl}${path}`);
    for (const path of ['/', '/world', '/life', '/author/elena-varga', '/author/newswire', '/tag/climate'])
      expect(locs).toContain(`${siteUrl}${path}`);
    expect(new Set(locs).size).toBe(locs.length);
    for (const u of urls.filter((u) => articleUrls.has(u.loc))) expect(Date.parse(u.lastmod!)).not.toBeNaN();
  });

  test('numbered sitemap files do not exist while one file holds every URL', async ({ request }) => {
    expect((await request.get('/sitemaps/0.xml')).status()).toBe(404);
  });

  test('news-sitemap.xml lists the published articles of the 48 hours before it was built', async ({ request }) => {
    // The clock that counts is the server's, at the moment it built the file:
    // the sample stories' dates are fixed, so on most days the window holds
    // none of them and the file must be an empty, valid urlset.
    const { response: res, generated } = await freshFromCache(request, '/news-sitemap.xml');
    expect(res.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const doc = parseXml(await res.text(), ['url']);
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls: Parsed[] = doc.urlset.url ?? [];
    const hours48 = 48 * 3_600_000;
    const { surely, possibly } = expectedAt(generated, (a, t) => a.date <= t && a.date >= t - hours48);
    const ours = urls.filter((u) => withoutFixtures([u.loc]).length);
    const listed = ours.map((u) => u.loc).sort();
    for (const u of surely) expect(listed).toContain(u);
    for (const u of listed) expect(possibly).toContain(u);
    for (const u of ours) {
      expect(u['news:news']['news:publication']).toEqual({ 'news:name': 'The Lantern', 'news:language': 'en' });
      expect(Date.parse(u['news:news']['news:publication_date'])).not.toBeNaN();
      // Headlines are published typeset (curly quotes), as everywhere else.
      expect(u['news:news']['news:title']).toBe(typeset(sourceArticles().find((a) => `${siteUrl}${a.path}` === u.loc)!.title));
    }
  });

  const feeds: [string, string, (a: { category: string }) => boolean][] = [
    ['/feed.xml', 'application/rss+xml; charset=utf-8', () => true],
    ['/atom.xml', 'application/atom+xml; charset=utf-8', () => true],
    ['/world/feed.xml', 'application/rss+xml; charset=utf-8', (a) => a.category === 'world'],
    ['/world/atom.xml', 'application/atom+xml; charset=utf-8', (a) => a.category === 'world'],
    ['/tech-science/atom.xml', 'application/atom+xml; charset=utf-8', (a) => a.category === 'tech-science'],
  ];
  for (const [path, type, filter] of feeds) {
    test(`${path} carries exactly the newest published articles, with author, category and image`, async ({ request }) => {
      const { response: res, generated } = await freshFromCache(request, path);
      expect(res.headers()['content-type']).toBe(type);
      const doc = parseXml(await res.text(), ['item', 'entry', 'link', 'category', 'author']);
      const items: Parsed[] = doc.rss ? doc.rss.channel.item : doc.feed.entry;
      const links = items.map((i) => (doc.rss ? i.link[0] : i.link[0]['@_href']));
      // Published as of the moment the feed was built (the sample has fewer than 50).
      const ours = withoutFixtures(links);
      const { surely, possibly } = expectedAt(generated, (a, t) => a.date <= t, filter);
      expect(surely.length).toBeLessThanOrEqual(50);
      for (const u of surely) expect(ours).toContain(u);
      for (const u of ours) expect(possibly).toContain(u);
      expect(new Set(links).size).toBe(links.length);
      for (const path of hidden) expect(links).not.toContain(`${siteUrl}${path}`);
      const heroes = new Map(sourceArticles().map((a) => [`${siteUrl}${a.path}`, a.hero]));
      for (const [n, i] of items.entries()) {
        expect(i['media:thumbnail']['@_url'].startsWith(`${siteUrl}/`)).toBe(true);
        const enclosure = doc.rss ? i.enclosure : i.link.find((l: Record<string, string>) => l['@_rel'] === 'enclosure');
        // Only a real file has an enclosure: the hero image, at its real length.
        expect(!!enclosure, links[n]).toBe(heroes.get(links[n])!);
        if (enclosure) {
          const url = doc.rss ? enclosure['@_url'] : enclosure['@_href'];
          const file = await request.get(pathOf(url));
          expect(file.status()).toBe(200);
          expect(Number(enclosure['@_length']), url).toBe((await file.body()).byteLength);
          expect(enclosure['@_type']).toBe(file.headers()['content-type']);
        }
        expect(doc.rss ? i['dc:creator']['#text'] : i.author[0].name).toBeTruthy();
        expect(doc.rss ? i.category[0]['#text'] : i.category[0]['@_label']).toBeTruthy();
        expect(doc.rss ? i.description : i.summary['#text']).toBeTruthy();
      }
    });
  }

  test('an independent XML parser (the browser’s) reads every feed, Atom with its language', async ({ page, request }) => {
    await page.goto('/');
    for (const path of ['/feed.xml', '/atom.xml', '/world/feed.xml', '/world/atom.xml', '/life/atom.xml']) {
      const xml = await (await request.get(path)).text();
      const read = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          root: `${root.namespaceURI ?? ''} ${root.localName}`,
          lang: root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
          types: [...doc.querySelectorAll('enclosure, link[rel="enclosure"]')].map((e) => e.getAttribute('type')),
          lengths: [...doc.querySelectorAll('enclosure, link[rel="enclosure"]')].map((e) => Number(e.getAttribute('length'))),
        };
      }, xml);
      expect(read.error, path).toBeNull();
      if (path.endsWith('atom.xml')) {
        expect(read.root).toBe('http://www.w3.org/2005/Atom feed');
        expect(read.lang).toBe('en-GB');
      } else expect(read.root).toBe(' rss');
      expect(read.types.length, path).toBeGreaterThan(0);
      for (const t of read.types) expect(t).toMatch(/^image\/(jpeg|png|webp|avif)$/);
      for (const l of read.lengths) expect(l).toBeGreaterThan(0);
    }
  });

  test('unknown sections have no feed', async ({ request }) => {
    expect((await request.get('/no-such-section/feed.xml')).status()).toBe(404);
    expect((await request.get('/no-such-section/atom.xml')).status()).toBe(404);
  });
});
