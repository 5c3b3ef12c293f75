import { describe, expect, it } from 'vitest';
import {
  articleMetadata,
  authorMetadata,
  homeMetadata,
  listingMetadata,
  searchMetadata,
  sectionMetadata,
  tagMetadata,
} from '@/lib/seo/metadata';
import { agency, article, hero, reporter, siteUrl, world } from './seo-fixtures';

const now = new Date('2026-11-25T12:00:00Z');

describe('articleMetadata', () => {
  const a = article({ slug: 'storm', tags: ['Climate', 'Floods'], updated: '2026-11-21T08:00:00Z' });
  const meta = articleMetadata(a, world, [reporter], now);

  it('titles the page "Headline | Section" for the layout template to add the site name', () => {
    expect(meta.title).toBe('Headline storm | World');
    expect(meta.description).toBe('Summary of storm.');
  });

  it('has an absolute canonical and advertises the site and section feeds', () => {
    expect(meta.alternates?.canonical).toBe(`${siteUrl}/world/storm`);
    const rss = meta.alternates?.types?.['application/rss+xml'];
    expect(rss).toEqual([
      { title: 'The Lantern', url: `${siteUrl}/feed.xml` },
      { title: 'The Lantern: World', url: `${siteUrl}/world/feed.xml` },
    ]);
    expect(meta.alternates?.types?.['application/atom+xml']).toEqual([
      { title: 'The Lantern', url: `${siteUrl}/atom.xml` },
      { title: 'The Lantern: World', url: `${siteUrl}/world/atom.xml` },
    ]);
  });

  it('is indexable with large image previews', () => {
    expect(meta.robots).toMatchObject({ index: true, follow: true, 'max-image-preview': 'large' });
  });

  it('carries article Open Graph fields', () => {
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: `${siteUrl}/world/storm`,
      title: 'Headline storm',
      publishedTime: '2026-11-20T10:00:00Z',
      modifiedTime: '2026-11-21T08:00:00Z',
      section: 'World',
      tags: ['Climate', 'Floods'],
      siteName: 'The Lantern',
      locale: 'en_GB',
    });
  });

  it('uses the generated 1200×630 card when there is no hero image', () => {
    expect(meta.openGraph?.images).toEqual([
      {
        url: `${siteUrl}/og/world/storm`,
        width: 1200,
        height: 630,
        alt: 'World: Headline storm | The Lantern',
        type: 'image/png',
      },
    ]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `${siteUrl}/og/world/storm` }] });
  });

  it('uses the hero image, at its own size and alt text, when there is one', () => {
    const withHero = articleMetadata(article({ slug: 'harbour', image: hero }), world, [agency], now);
    expect(withHero.openGraph?.images).toEqual([
      { url: `${siteUrl}/images/articles/hero.jpg`, width: 1600, height: 900, alt: 'A harbour at dawn' },
    ]);
  });

  it('falls back to the publication time as modified time', () => {
    expect(articleMetadata(article({ slug: 'x' }), world, [reporter], now).openGraph).toMatchObject({
      modifiedTime: '2026-11-20T10:00:00Z',
    });
  });

  it('never indexes a draft or a scheduled story (seen only in preview)', () => {
    for (const a of [article({ slug: 'd', draft: true }), article({ slug: 's', date: '2099-01-01T00:00:00Z' })]) {
      expect(articleMetadata(a, world, [reporter], now).robots).toMatchObject({ index: false, follow: true });
    }
  });
});

describe('listing metadata', () => {
  it('gives each page of a listing its own canonical and title', () => {
    expect(listingMetadata({ title: 'Climate', description: 'd', path: '/tag/climate' }).alternates?.canonical).toBe(
      `${siteUrl}/tag/climate`,
    );
    const page3 = sectionMetadata(world, 3);
    expect(page3.alternates?.canonical).toBe(`${siteUrl}/world/page/3`);
    expect(page3.title).toBe('World, page 3');
    expect(page3.openGraph).toMatchObject({ url: `${siteUrl}/world/page/3` });
  });

  it('section pages advertise their own feed in both formats', () => {
    const types = sectionMetadata(world).alternates?.types;
    expect(types?.['application/rss+xml']).toContainEqual({ title: 'The Lantern: World', url: `${siteUrl}/world/feed.xml` });
    expect(types?.['application/atom+xml']).toContainEqual({ title: 'The Lantern: World', url: `${siteUrl}/world/atom.xml` });
  });

  it('author and tag pages have canonical paths and a social image with alt text', () => {
    const author = authorMetadata(reporter, 2);
    expect(author.alternates?.canonical).toBe(`${siteUrl}/author/ada-reporter/page/2`);
    expect(author.description).toBe('Ada covers the world.');
    expect(author.openGraph).toMatchObject({ type: 'profile' });
    const tag = tagMetadata({ tag: 'Climate Change', slug: 'climate-change', count: 3 });
    expect(tag.alternates?.canonical).toBe(`${siteUrl}/tag/climate-change`);
    expect(tag.openGraph?.images).toEqual([expect.objectContaining({ url: `${siteUrl}/og`, alt: expect.any(String) })]);
  });
});

describe('home and search', () => {
  it('home is titled with the site name alone', () => {
    const meta = homeMetadata();
    expect(meta.title).toEqual({ absolute: 'The Lantern' });
    expect(meta.alternates?.canonical).toBe(`${siteUrl}/`);
  });

  it('search results are not indexed', () => {
    const meta = searchMetadata('floods');
    expect(meta.robots).toMatchObject({ index: false, follow: true });
    expect(meta.title).toBe('Search results for “floods”');
    expect(searchMetadata('floods', '/search?q=floods').alternates?.canonical).toBe(`${siteUrl}/search?q=floods`);
  });
});
