import type { TagSummary } from '@/lib/content/repository';
import type { Author, Category } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { buildXml } from './xml';

/** Past this many URLs /sitemap.xml becomes an index of numbered files (lib/site.ts). */
const maxUrlsPerSitemap = site.sitemapFileSize;

export type SitemapEntry = { url: string; lastModified?: string };

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';

type SitemapInput = {
  categories: Category[];
  authors: Author[];
  tags: TagSummary[];
  /** The newest change among the published stories of the site and of each listing. */
  modified: { site?: string; sections: Map<string, string>; authors: Map<string, string>; tags: Map<string, string> };
  /** Every published story, newest first. */
  articles: { path: string; modified: string }[];
};

/**
 * Every URL crawlers should know: home, sections, authors, tags in use and
 * every published story. A listing's lastmod is the newest change among the
 * stories it lists.
 */
export function sitemapEntries({ categories, authors, tags, modified, articles }: SitemapInput): SitemapEntry[] {
  const entry = (path: string, lastModified: string | undefined): SitemapEntry => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    entry(routes.home, modified.site),
    ...categories.map((c) => entry(c.path, modified.sections.get(c.slug))),
    ...authors.map((a) => entry(a.path, modified.authors.get(a.slug))),
    ...tags.map((t) => entry(routes.tag(t.slug), modified.tags.get(t.slug))),
    ...articles.map((a) => entry(a.path, a.modified)),
  ];
}

/** Splits entries into files of at most `max` URLs; one file means no index is needed. */
export function chunkEntries<T>(entries: T[], max = maxUrlsPerSitemap): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += max) chunks.push(entries.slice(i, i + max));
  return chunks.length ? chunks : [[]];
}

function urlsetXml(entries: SitemapEntry[]): string {
  return buildXml({
    urlset: {
      '@_xmlns': sitemapNs,
      url: entries.map((e) => ({ loc: e.url, ...(e.lastModified ? { lastmod: e.lastModified } : {}) })),
    },
  });
}

function sitemapIndexXml(chunks: SitemapEntry[][]): string {
  return buildXml({
    sitemapindex: {
      '@_xmlns': sitemapNs,
      sitemap: chunks.map((chunk, i) => {
        const lastmod = chunk.reduce<string | undefined>(
          (max, e) => (e.lastModified && (!max || Date.parse(e.lastModified) > Date.parse(max)) ? e.lastModified : max),
          undefined,
        );
        return { loc: absoluteUrl(routes.sitemapFile(i)), ...(lastmod ? { lastmod } : {}) };
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
