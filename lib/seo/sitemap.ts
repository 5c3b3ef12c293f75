import { lastModified, tagSummaries, withTag } from '@/lib/content/queries';
import type { Article, Author, Category } from '@/lib/content/types';
import { absoluteUrl } from '@/lib/site';
import { buildXml } from './xml';

/** The protocol's limit per file; past it /sitemap.xml becomes an index of numbered files. */
export const maxUrlsPerSitemap = 50_000;

export type SitemapEntry = { url: string; lastModified?: string };

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** When an article last changed: its update or correction, else its publication. */
export function articleLastModified(article: Pick<Article, 'date' | 'updated' | 'corrections'>): string {
  return lastModified(article) ?? article.date;
}

function newest(articles: Article[]): string | undefined {
  return articles.reduce<string | undefined>((max, a) => {
    const t = articleLastModified(a);
    return !max || Date.parse(t) > Date.parse(max) ? t : max;
  }, undefined);
}

/**
 * Every URL crawlers should know: home, sections, authors, tags in use and
 * every article in `published` (which the caller has already filtered).
 * A listing's lastmod is the newest change among the articles it lists.
 */
export function sitemapEntries(published: Article[], categories: Category[], authors: Author[]): SitemapEntry[] {
  const entry = (path: string, list: Article[]): SitemapEntry => ({ url: absoluteUrl(path), lastModified: newest(list) });
  return [
    entry('/', published),
    ...categories.map((c) =>
      entry(
        c.path,
        published.filter((a) => a.category === c.slug),
      ),
    ),
    ...authors.map((p) =>
      entry(
        p.path,
        published.filter((a) => a.author === p.slug),
      ),
    ),
    ...tagSummaries(published).map((t) => entry(`/tag/${t.slug}`, withTag(published, t.slug))),
    ...published.map((a) => ({ url: absoluteUrl(a.path), lastModified: articleLastModified(a) })),
  ];
}

/** Splits entries into files of at most `max` URLs; one file means no index is needed. */
export function chunkEntries<T>(entries: T[], max = maxUrlsPerSitemap): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += max) chunks.push(entries.slice(i, i + max));
  return chunks.length ? chunks : [[]];
}

/** Path of the n-th file of a split sitemap (0-based), served by app/sitemaps/[file]. */
export function sitemapFilePath(index: number): string {
  return `/sitemaps/${index}.xml`;
}

/** Parses "3.xml" back to 3; anything else is not a sitemap file. */
export function parseSitemapFile(file: string): number | undefined {
  const m = /^(0|[1-9]\d{0,4})\.xml$/.exec(file);
  return m ? Number(m[1]) : undefined;
}

export function urlsetXml(entries: SitemapEntry[]): string {
  return buildXml({
    urlset: {
      '@_xmlns': sitemapNs,
      url: entries.map((e) => ({ loc: e.url, ...(e.lastModified ? { lastmod: e.lastModified } : {}) })),
    },
  });
}

export function sitemapIndexXml(chunks: SitemapEntry[][]): string {
  return buildXml({
    sitemapindex: {
      '@_xmlns': sitemapNs,
      sitemap: chunks.map((chunk, i) => {
        const lastmod = chunk.reduce<string | undefined>(
          (max, e) => (e.lastModified && (!max || Date.parse(e.lastModified) > Date.parse(max)) ? e.lastModified : max),
          undefined,
        );
        return { loc: absoluteUrl(sitemapFilePath(i)), ...(lastmod ? { lastmod } : {}) };
      }),
    },
  });
}

/** /sitemap.xml: the whole urlset, or an index once it outgrows one file. */
export function sitemapXml(entries: SitemapEntry[], max = maxUrlsPerSitemap): string {
  const chunks = chunkEntries(entries, max);
  return chunks.length > 1 ? sitemapIndexXml(chunks) : urlsetXml(entries);
}

/** One numbered file of a split sitemap, or undefined when there is no such file. */
export function sitemapFileXml(entries: SitemapEntry[], index: number, max = maxUrlsPerSitemap): string | undefined {
  const chunks = chunkEntries(entries, max);
  if (chunks.length < 2) return undefined;
  const chunk = chunks[index];
  return chunk ? urlsetXml(chunk) : undefined;
}
