import { sitemapFileSizeFromEnv } from '@/lib/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSitemap } from '@/lib/pages/sitemaps';
import { parseSitemapFile } from '@/lib/routes';
import { chunkEntries, sitemapFileXml, sitemapXml, type SitemapEntry } from '@/lib/seo/sitemap';
import { engines, fixtureRepository } from './helpers/store';
import { agency, article, life, reporter, siteUrl, world } from './seo-fixtures';
import { parseXml } from './seo-xml';

const published = [
  article({ slug: 'newest', date: '2026-11-22T10:00:00Z', tags: ['Climate & Energy'] }),
  article({ slug: 'fixed', date: '2026-11-10T10:00:00Z', updated: '2026-11-23T10:00:00Z', category: 'life', authors: ['wire'] }),
];

describe.each(engines)('the site sitemap from a %s store', (engine) => {
  let entries: SitemapEntry[] = [];
  let dispose = async () => {};
  beforeAll(async () => {
    const repo = await fixtureRepository(engine, {
      articles: [...published, article({ slug: 'draft', draft: true }), article({ slug: 'later', date: '2027-01-01T00:00:00Z' })],
      categories: [world, life],
      authors: [reporter, agency],
    });
    dispose = repo.dispose;
    const doc = parseXml((await siteSitemap(repo, { now: new Date('2026-12-01T00:00:00Z') })).body, ['url']);
    entries = (doc.urlset.url as { loc: string; lastmod?: string }[]).map((u) => ({ url: u.loc, lastModified: u.lastmod }));
  });
  afterAll(() => dispose());
  const byUrl = () => new Map(entries.map((e) => [e.url, e.lastModified]));

  it('covers home, sections, authors, tags and every published article, with absolute URLs', () => {
    expect(entries.map((e) => e.url)).toEqual([
      `${siteUrl}/`,
      `${siteUrl}/world`,
      `${siteUrl}/life`,
      `${siteUrl}/author/ada-reporter`,
      `${siteUrl}/author/wire`,
      `${siteUrl}/tag/climate`,
      `${siteUrl}/tag/climate-and-energy`,
      `${siteUrl}/world/newest`,
      `${siteUrl}/life/fixed`,
    ]);
  });

  it('dates each URL by its newest change', () => {
    expect(byUrl().get(`${siteUrl}/`)).toBe('2026-11-23T10:00:00.000Z');
    expect(byUrl().get(`${siteUrl}/world`)).toBe('2026-11-22T10:00:00.000Z');
    expect(byUrl().get(`${siteUrl}/life/fixed`)).toBe('2026-11-23T10:00:00.000Z');
    expect(byUrl().get(`${siteUrl}/tag/climate-and-energy`)).toBe('2026-11-22T10:00:00.000Z');
  });
  it('renders a well-formed urlset with lastmod', () => {
    const doc = parseXml(sitemapXml(entries), ['url']);
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url).toHaveLength(entries.length);
    expect(doc.urlset.url[0]).toEqual({ loc: `${siteUrl}/`, lastmod: '2026-11-23T10:00:00.000Z' });
  });
});

// Building and parsing 50,000-URL files takes a few seconds on a busy machine.
describe('splitting past 50,000 URLs', { timeout: 120_000 }, () => {
  const many: SitemapEntry[] = Array.from({ length: 50_001 }, (_, i) => ({
    url: `${siteUrl}/world/story-${i}`,
    lastModified: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  }));

  it('keeps 50,000 URLs in one file', () => {
    const doc = parseXml(sitemapXml(many.slice(0, 50_000)), ['url']);
    expect(doc.urlset.url).toHaveLength(50_000);
    expect(sitemapFileXml(many.slice(0, 50_000), 0)).toBeUndefined();
  });

  it('turns 50,001 URLs into an index of two files that hold every URL once', () => {
    expect(chunkEntries(many).map((c) => c.length)).toEqual([50_000, 1]);
    const index = parseXml(sitemapXml(many), ['sitemap']);
    expect(index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${siteUrl}/sitemaps/0.xml`,
      `${siteUrl}/sitemaps/1.xml`,
    ]);
    expect(index.sitemapindex.sitemap[1].lastmod).toBe(many[50_000]!.lastModified);
    const files = [0, 1].map((i) => parseXml(sitemapFileXml(many, i)!, ['url']).urlset.url as { loc: string }[]);
    expect(files[0]).toHaveLength(50_000);
    expect(files[1]!.map((u) => u.loc)).toEqual([`${siteUrl}/world/story-50000`]);
    expect(new Set([...files[0]!, ...files[1]!].map((u) => u.loc)).size).toBe(50_001);
    expect(sitemapFileXml(many, 2)).toBeUndefined();
  });

  it('only accepts canonical file names', () => {
    expect(parseSitemapFile('1.xml')).toBe(1);
    expect(parseSitemapFile('0.xml')).toBe(0);
    for (const bad of ['01.xml', '1', '1.xml.gz', '-1.xml', 'a.xml']) expect(parseSitemapFile(bad)).toBeUndefined();
  });
});

describe('escaping', () => {
  it('stays well-formed when URLs carry XML special characters', () => {
    const doc = parseXml(sitemapXml([{ url: `${siteUrl}/search?q=a&b=<c>` }]), ['url']);
    expect(doc.urlset.url[0].loc).toBe(`${siteUrl}/search?q=a&b=<c>`);
  });
});

describe('URLs per sitemap file (SITEMAP_URLS_PER_FILE)', () => {
  it('is the protocol’s 50,000 unless set, and never more', () => {
    expect(sitemapFileSizeFromEnv(undefined)).toBe(50_000);
    expect(sitemapFileSizeFromEnv(' ')).toBe(50_000);
    expect(sitemapFileSizeFromEnv('5')).toBe(5);
    expect(sitemapFileSizeFromEnv('50000')).toBe(50_000);
    for (const bad of ['0', '-1', '2.5', '50001', 'ten'])
      expect(() => sitemapFileSizeFromEnv(bad), bad).toThrow(/SITEMAP_URLS_PER_FILE must be a whole number from 1 to 50000/);
  });
});
