import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  collectionPageJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  profilePageJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from '@/lib/seo/json-ld';
import { agency, article, hero, reporter, siteUrl, world } from './seo-fixtures';

/** What a crawler sees: the serialized script body, parsed back. */
const roundTrip = (data: unknown) => JSON.parse(serializeJsonLd(data));

describe('serializeJsonLd', () => {
  it('escapes characters that could end the script element, and stays valid JSON', () => {
    const evil = { headline: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const out = serializeJsonLd(evil);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(out)).toEqual(evil);
  });
});

describe('newsArticleJsonLd', () => {
  const a = article({
    slug: 'storm',
    tags: ['Climate', 'Floods'],
    corrections: [{ date: '2026-11-22T09:00:00Z', text: 'Fixed' }],
  });
  const ld = roundTrip(newsArticleJsonLd(a, world, [reporter]));

  it('has every field Google asks for, with the right types', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Headline storm',
      description: 'Summary of storm.',
      datePublished: '2026-11-20T10:00:00Z',
      dateModified: '2026-11-22T09:00:00Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${siteUrl}/world/storm` },
      articleSection: 'World',
      keywords: ['Climate', 'Floods'],
      inLanguage: 'en-GB',
    });
  });

  it('names a person as author with the author page URL', () => {
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Ada Reporter', url: `${siteUrl}/author/ada-reporter`, sameAs: ['https://ada.example.org'] },
    ]);
  });

  it('names an agency as an Organization', () => {
    const byAgency = roundTrip(newsArticleJsonLd(article({ slug: 'wire', authors: ['wire'] }), world, [agency]));
    expect(byAgency.author).toEqual([{ '@type': 'Organization', name: 'The Wire Agency', url: `${siteUrl}/author/wire` }]);
  });

  it('names every author of a shared byline in order, each a Person or an Organization by kind', () => {
    const both = roundTrip(
      newsArticleJsonLd(article({ slug: 'both', authors: ['wire', 'ada-reporter'] }), world, [agency, reporter]),
    );
    expect(both.author.map((a: { '@type': string; name: string }) => `${a['@type']} ${a.name}`)).toEqual([
      'Organization The Wire Agency',
      'Person Ada Reporter',
    ]);
  });

  it.each([
    ['news', 'NewsArticle'],
    ['analysis', 'AnalysisNewsArticle'],
    ['opinion', 'OpinionNewsArticle'],
    ['explainer', 'BackgroundNewsArticle'],
    ['review', 'ReviewNewsArticle'],
  ] as const)('types a %s story %s', (genre, type) => {
    expect(roundTrip(newsArticleJsonLd(article({ slug: 'g', genre }), world, [reporter]))['@type']).toBe(type);
  });

  it('has the publisher as an Organization with its logo', () => {
    expect(ld.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'The Lantern',
      logo: { '@type': 'ImageObject', url: `${siteUrl}/logo.png`, width: '512', height: '512' },
    });
  });

  it('has an image at least 1200 px wide: the generated card, or the hero', () => {
    expect(ld.image).toEqual([{ '@type': 'ImageObject', url: `${siteUrl}/og/world/storm`, width: '1200', height: '630' }]);
    const withHero = roundTrip(newsArticleJsonLd(article({ slug: 'h', image: hero }), world, [reporter]));
    expect(withHero.image[0]).toMatchObject({ url: `${siteUrl}/images/articles/hero.jpg`, width: '1600' });
    expect(Number(withHero.image[0].width)).toBeGreaterThanOrEqual(1200);
  });
});

describe('other structured data', () => {
  it('breadcrumbs list home, section and article with absolute URLs', () => {
    const crumbs = [
      { name: 'Home', path: '/' },
      { name: world.title, path: world.path },
      { name: 'Headline storm', path: article({ slug: 'storm' }).path },
    ];
    const ld = roundTrip(breadcrumbJsonLd(crumbs));
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'World', item: `${siteUrl}/world` },
      { '@type': 'ListItem', position: 3, name: 'Headline storm', item: `${siteUrl}/world/storm` },
    ]);
  });

  it('WebSite carries a SearchAction to /search', () => {
    const ld = roundTrip(websiteJsonLd());
    expect(ld).toMatchObject({ '@type': 'WebSite', name: 'The Lantern', url: `${siteUrl}/` });
    expect(ld.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });

  it('Organization links the social accounts', () => {
    const ld = roundTrip(organizationJsonLd());
    expect(ld['@type']).toBe('Organization');
    expect(ld.logo.url).toBe(`${siteUrl}/logo.png`);
    expect(ld.sameAs).toContain('https://x.com/thelanternnews');
    expect(ld.sameAs.length).toBeGreaterThanOrEqual(5);
  });

  it('CollectionPage lists the articles in order', () => {
    const ld = roundTrip(
      collectionPageJsonLd({
        name: 'World',
        description: 'World news.',
        path: '/world',
        articles: [article({ slug: 'a' }), article({ slug: 'b' })],
      }),
    );
    expect(ld).toMatchObject({ '@type': 'CollectionPage', url: `${siteUrl}/world`, name: 'World' });
    expect(ld.mainEntity.itemListElement.map((i: { url: string }) => i.url)).toEqual([
      `${siteUrl}/world/a`,
      `${siteUrl}/world/b`,
    ]);
  });

  it('ProfilePage has the person as its main entity', () => {
    const ld = roundTrip(profilePageJsonLd(reporter));
    expect(ld).toMatchObject({ '@type': 'ProfilePage', url: `${siteUrl}/author/ada-reporter` });
    expect(ld.mainEntity).toMatchObject({ '@type': 'Person', name: 'Ada Reporter', description: expect.stringContaining('Ada') });
    expect(roundTrip(profilePageJsonLd(agency)).mainEntity['@type']).toBe('Organization');
  });
});
