import { expect, test } from '@playwright/test';
import { typeset } from '../lib/content/typography';
import { parseXml, pathOf, type Parsed, publishedUrls, siteUrl, sourceArticles, withoutFixtures } from './seo-content';

const hidden = ['/world/harbour-tunnel-costs', '/tech-science/climate-forecasts-2100']; // draft, scheduled

test.describe('robots, sitemaps and feeds', () => {
  test('robots.txt allows crawling, keeps out /api/ and /search, and lists both sitemaps', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/User-Agent: \*\nAllow: \/\nDisallow: \/api\/\nDisallow: \/search\n/);
    expect(text).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${siteUrl}/news-sitemap.xml`);
  });

  test('sitemap.xml lists exactly the published articles plus listings, all absolute with lastmod', async ({ request }) => {
    const res = await request.get('/sitemap.xml');
    expect(res.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const urls: { loc: string; lastmod?: string }[] = parseXml(await res.text(), ['url']).urlset.url;
    for (const u of urls) expect(u.loc.startsWith(`${siteUrl}/`), u.loc).toBe(true);
    const locs = urls.map((u) => u.loc);
    const articleUrls = new Set(sourceArticles().map((a) => `${siteUrl}${a.path}`));
    expect(locs.filter((l) => articleUrls.has(l)).sort()).toEqual(publishedUrls());
    for (const path of hidden) expect(locs).not.toContain(`${siteUrl}${path}`);
    for (const path of ['/', '/world', '/life', '/author/elena-varga', '/author/newswire', '/tag/climate'])
      expect(locs).toContain(`${siteUrl}${path}`);
    expect(new Set(locs).size).toBe(locs.length);
    for (const u of urls.filter((u) => articleUrls.has(u.loc))) expect(Date.parse(u.lastmod!)).not.toBeNaN();
  });

  test('numbered sitemap files do not exist while one file holds every URL', async ({ request }) => {
    expect((await request.get('/sitemaps/0.xml')).status()).toBe(404);
  });

  test('news-sitemap.xml lists the published articles of the last 48 hours', async ({ request }) => {
    const res = await request.get('/news-sitemap.xml');
    expect(res.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const doc = parseXml(await res.text(), ['url']);
    const urls: Parsed[] = doc.urlset.url ?? [];
    const hour = 3_600_000;
    // The file is rebuilt every five minutes; an hour's slack keeps the edges from flaking.
    const now = Date.now();
    const surely = publishedUrls(now, (a) => a.date >= now - 47 * hour);
    const possibly = publishedUrls(now, (a) => a.date >= now - 49 * hour);
    const listed = withoutFixtures(urls.map((u) => u.loc)).sort();
    for (const u of surely) expect(listed).toContain(u);
    for (const u of listed) expect(possibly).toContain(u);
    expect(surely.length).toBeGreaterThan(0);
    for (const u of urls.filter((u) => withoutFixtures([u.loc]).length)) {
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
      const res = await request.get(path);
      expect(res.headers()['content-type']).toBe(type);
      const doc = parseXml(await res.text(), ['item', 'entry', 'link', 'category', 'author']);
      const items: Parsed[] = doc.rss ? doc.rss.channel.item : doc.feed.entry;
      const links = items.map((i) => (doc.rss ? i.link[0] : i.link[0]['@_href']));
      expect(withoutFixtures(links).sort()).toEqual(publishedUrls(Date.now(), filter).slice(0, 50));
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
