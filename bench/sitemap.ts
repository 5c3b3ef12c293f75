/**
 * How long the sitemap takes to build, and how big it gets, as the archive
 * grows. Past 50,000 URLs /sitemap.xml becomes an index of numbered files.
 *
 *   npx tsx bench/sitemap.ts
 */
import { sitemapFileXml, sitemapXml, type SitemapEntry } from '../lib/seo/sitemap';

function entries(n: number): SitemapEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    url: `https://example.org/world/a-reasonably-long-article-slug-number-${i}`,
    lastModified: new Date(Date.UTC(2020, 0, 1) + i * 600_000).toISOString(),
  }));
}

for (const n of [1_000, 10_000, 50_000, 100_000]) {
  const list = entries(n);
  const start = performance.now();
  const main = sitemapXml(list);
  const first = sitemapFileXml(list, 0);
  const ms = performance.now() - start;
  const kb = (Buffer.byteLength(main) + (first ? Buffer.byteLength(first) : 0)) / 1024;
  console.log(
    `${String(n).padStart(7)} URLs: ${ms.toFixed(0).padStart(5)} ms, /sitemap.xml ${main.startsWith('<?xml') && main.includes('<sitemapindex') ? 'index' : 'urlset'}, ${kb.toFixed(0)} KiB served (/sitemap.xml plus its first file when split)`,
  );
}
