import { describe, expect, it } from 'vitest';
import { canonicalPath } from '@/lib/seo/canonical-path';
import { robots } from '@/lib/seo/robots';
import { siteUrl } from './seo-fixtures';

describe('robots', () => {
  it('allows crawling, keeps crawlers out of the API and search, and lists both sitemaps', () => {
    expect(robots()).toEqual({
      rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/search'] }],
      sitemap: [`${siteUrl}/sitemap.xml`, `${siteUrl}/news-sitemap.xml`],
    });
  });
});

describe('canonicalPath', () => {
  it('lower-cases paths', () => {
    expect(canonicalPath('/World/Some-Slug')).toBe('/world/some-slug');
    expect(canonicalPath('/TAG/Climate')).toBe('/tag/climate');
  });

  it('keeps percent-escapes in upper-case hex, the one form RFC 3986 recommends', () => {
    expect(canonicalPath('/caf%C3%A9')).toBeUndefined();
    expect(canonicalPath('/caf%c3%a9')).toBe('/caf%C3%A9');
    expect(canonicalPath('/Caf%C3%A9')).toBe('/caf%C3%A9');
  });

  it('folds page 1 of a listing into the listing', () => {
    expect(canonicalPath('/world/page/1')).toBe('/world');
    expect(canonicalPath('/author/ada/page/1')).toBe('/author/ada');
    expect(canonicalPath('/tag/climate/page/1')).toBe('/tag/climate');
    expect(canonicalPath('/World/Page/1')).toBe('/world');
    expect(canonicalPath('/live/storm/page/1')).toBe('/live/storm');
  });

  it('leaves canonical paths alone', () => {
    for (const p of [
      '/',
      '/world',
      '/world/page/2',
      '/world/page/10',
      '/world/some-slug',
      '/author/ada/page/12',
      '/live/storm/page/2',
    ])
      expect(canonicalPath(p)).toBeUndefined();
  });

  it('leaves files alone, whatever their case', () => {
    for (const p of ['/images/articles/Photo.JPG', '/og/World/X', '/_next/static/A.js', '/feed.xml', '/World/feed.xml'])
      expect(canonicalPath(p)).toBeUndefined();
  });
});
