import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bylineSlugs, joinNames } from '@/lib/content/bylines';
import { genreInfo, genreLabel } from '@/lib/content/genres';
import { genres } from '@/lib/content/schema/contract';
import { applyChange } from '@/lib/content/store/write';
import type { Author, Category } from '@/lib/content/types';
import { checkBylineFields } from '@/lib/content/validation/bylines';
import { parseSourceFile } from '@/lib/content/validation/source-file';
import { articlePage, articleRedirect } from '@/lib/pages/article';
import { siteFeed } from '@/lib/pages/feeds';
import { authorPage } from '@/lib/pages/listing';
import { searchPage } from '@/lib/pages/search';
import { tagsForChange } from '@/lib/publish/tags';
import { search } from '@/lib/search/engine';
import { bylineText } from './helpers/bylines';
import { makeArticle, makeAuthor, makeCategory } from './helpers/factory';
import { engines, fixtureRepository, type Engine } from './helpers/store';
import { parseXml } from './seo-xml';

/**
 * Story formats (issue 15): shared bylines, genres and the old paths of
 * renamed and moved stories, from the pure rules to the store, on each engine.
 */

describe('bylines', () => {
  it('joins names as a byline reads: "A", "A and B", "A, B and C"', () => {
    expect(bylineText(['Ana'])).toBe('Ana');
    expect(bylineText(['Ana', 'Ben'])).toBe('Ana and Ben');
    expect(bylineText(['Ana', 'Ben', 'Wire'])).toBe('Ana, Ben and Wire');
    expect(bylineText(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
    expect(bylineText([])).toBe('');
  });

  it('keeps each name whole, so each can be a link', () => {
    const ana = { slug: 'ana' };
    const ben = { slug: 'ben' };
    expect(joinNames([ana, ben])).toEqual([{ name: ana }, { separator: ' and ' }, { name: ben }]);
  });

  it('reads the slugs from authors, else author', () => {
    expect(bylineSlugs({ author: 'ana' })).toEqual(['ana']);
    expect(bylineSlugs({ authors: ['ben', 'ana'] })).toEqual(['ben', 'ana']);
    expect(bylineSlugs({})).toEqual([]);
    expect(bylineSlugs({ author: '' })).toEqual([]);
  });

  const article = (front: string) => parseSourceFile('content/articles/x.md', `---\ntitle: T\n${front}\n---\nBody`, 'article');

  it('refuses author and authors together at the authors line, and neither; accepts either alone', () => {
    expect(checkBylineFields(article('author: ana\nauthors: [ana, ben]'))).toMatchObject([
      { severity: 'error', line: 4, field: 'authors', message: expect.stringContaining('(line 3)') },
    ]);
    expect(checkBylineFields(article('category: world'))).toMatchObject([{ severity: 'error', field: 'author' }]);
    expect(checkBylineFields(article('author: ana'))).toEqual([]);
    expect(checkBylineFields(article('authors: [ana, ben]'))).toEqual([]);
    // Authors and sections have no byline.
    expect(checkBylineFields(parseSourceFile('content/authors/a.md', '---\nname: A\n---\n', 'author'))).toEqual([]);
  });
});

describe('genres', () => {
  it('map onto the schema.org subtypes of NewsArticle', () => {
    expect(Object.fromEntries(genres.map((g) => [g, genreInfo[g].schemaType]))).toEqual({
      news: 'NewsArticle',
      analysis: 'AnalysisNewsArticle',
      opinion: 'OpinionNewsArticle',
      explainer: 'BackgroundNewsArticle',
      review: 'ReviewNewsArticle',
    });
  });

  it('label every genre but news', () => {
    expect(genres.map(genreLabel)).toEqual([undefined, 'Analysis', 'Opinion', 'Explainer', 'Review']);
  });
});

const NOW = new Date('2026-07-01T00:00:00Z');
const ctx = { now: NOW };
const categories: Category[] = [makeCategory('world', 1, { title: 'World' }), makeCategory('life', 2, { title: 'Life' })];
const authors: Author[] = [
  makeAuthor('ana', { name: 'Ana Ferreira' }),
  makeAuthor('ben', { name: 'Benedikt Okonkwo' }),
  makeAuthor('wire', { name: 'Meridian Newswire', kind: 'organization' }),
];
const shared = makeArticle({
  slug: 'harbour-deal',
  title: 'Harbour deal signed',
  authors: ['ben', 'wire', 'ana'],
  genre: 'analysis',
  date: '2026-06-10T09:00:00.000Z',
  aliases: ['/world/harbour-pact', '/life/harbour-deal'],
});
const column = makeArticle({
  slug: 'keep-the-ferries',
  title: 'Keep the ferries public',
  category: 'life',
  authors: ['ana'],
  genre: 'opinion',
  date: '2026-06-12T09:00:00.000Z',
});
const scheduled = makeArticle({
  slug: 'later',
  date: '2026-08-01T09:00:00.000Z',
  authors: ['ana'],
  aliases: ['/world/later-old'],
});
const draft = makeArticle({ slug: 'unfinished', draft: true, authors: ['ana'], aliases: ['/world/unfinished-old'] });
const fixture = { articles: [shared, column, scheduled, draft], authors, categories };

describe.each(engines)('story formats in the store on %s', (engine: Engine) => {
  let repo: Awaited<ReturnType<typeof fixtureRepository>>;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, fixture);
  });
  afterAll(async () => {
    await repo?.dispose();
  });

  it('lists a shared story on every author’s page', async () => {
    for (const slug of ['ana', 'ben', 'wire']) {
      const page = (await authorPage(repo, slug, undefined, ctx))!;
      expect(
        page.page.items.map((i) => i.article.path),
        slug,
      ).toContain('/world/harbour-deal');
    }
  });

  it('finds a shared story by any of its authors’ names', async () => {
    for (const q of ['Okonkwo', 'Meridian', 'Ferreira']) {
      const { results } = await search(repo, { q, page: 1 }, { now: NOW, categories });
      expect(
        results.map((r) => r.path),
        q,
      ).toContain('/world/harbour-deal');
    }
  });

  it('gives the article page every author in byline order, and each author’s cache tag', async () => {
    const page = (await articlePage(repo, { category: 'world', slug: 'harbour-deal' }, ctx))!;
    expect(page.authors.map((a) => a.slug)).toEqual(['ben', 'wire', 'ana']);
    expect(page.tags).toEqual(expect.arrayContaining(['author:ben', 'author:wire', 'author:ana']));
    const ld = page.jsonLd[0] as unknown as { '@type': string; author: { '@type': string; name: string }[] };
    expect(ld['@type']).toBe('AnalysisNewsArticle');
    expect(ld.author.map((a) => [a['@type'], a.name])).toEqual([
      ['Person', 'Benedikt Okonkwo'],
      ['Organization', 'Meridian Newswire'],
      ['Person', 'Ana Ferreira'],
    ]);
    expect(page.metadata.openGraph).toMatchObject({
      authors: [
        expect.stringMatching(/\/author\/ben$/),
        expect.stringMatching(/\/author\/wire$/),
        expect.stringMatching(/\/author\/ana$/),
      ],
    });
  });

  it('types an opinion piece OpinionNewsArticle, and a story without a genre NewsArticle', async () => {
    const opinion = (await articlePage(repo, { category: 'life', slug: 'keep-the-ferries' }, ctx))!;
    expect((opinion.jsonLd[0] as { '@type': string })['@type']).toBe('OpinionNewsArticle');
    expect(opinion.article.genre).toBe('opinion');
  });

  it('carries the genre on cards and search results', async () => {
    const { items } = await repo.byAuthor('ana', NOW, { offset: 0, limit: 10 });
    expect(Object.fromEntries(items.map((a) => [a.slug, a.genre]))).toEqual({
      'keep-the-ferries': 'opinion',
      'harbour-deal': 'analysis',
    });
    const { response } = await searchPage(repo, { q: 'ferries' }, ctx);
    expect(response.results.map((r) => [r.path, r.genre])).toEqual([['/life/keep-the-ferries', 'opinion']]);
  });

  it('names every author in the feeds: a dc:creator and an Atom author each', async () => {
    const rss = parseXml((await siteFeed(repo, 'rss', ctx)).body, ['item', 'dc:creator']);
    const item = rss.rss.channel.item.find((i: { link: string }) => i.link.endsWith('/world/harbour-deal'));
    expect(item['dc:creator'].map((c: { '#text': string }) => c['#text'])).toEqual([
      'Benedikt Okonkwo',
      'Meridian Newswire',
      'Ana Ferreira',
    ]);
    const atom = parseXml((await siteFeed(repo, 'atom', ctx)).body, ['entry', 'author']);
    const entry = atom.feed.entry.find((e: { id: string }) => e.id.endsWith('/world/harbour-deal'));
    expect(entry.author.map((a: { name: string }) => a.name)).toEqual(['Benedikt Okonkwo', 'Meridian Newswire', 'Ana Ferreira']);
  });

  it('redirects each alias of a published story to its path, tagged with the story', async () => {
    for (const [category, slug] of [
      ['world', 'harbour-pact'],
      ['life', 'harbour-deal'],
    ])
      expect(await articleRedirect(repo, { category: category!, slug: slug! }, ctx)).toEqual({
        location: '/world/harbour-deal',
        tags: ['article:/world/harbour-deal'],
      });
  });

  it('redirects nothing else: unknown paths, and aliases of drafts and scheduled stories', async () => {
    expect(await articleRedirect(repo, { category: 'world', slug: 'no-such-story' }, ctx)).toBeUndefined();
    expect(await articleRedirect(repo, { category: 'world', slug: 'unfinished-old' }, ctx)).toBeUndefined();
    expect(await articleRedirect(repo, { category: 'world', slug: 'later-old' }, ctx)).toBeUndefined();
    expect(await repo.renamedTo('/world/later-old', new Date('2026-08-01T09:00:00.000Z'))).toBe('/world/later');
  });

  it('outlines every story’s authors and aliases for the publish check', async () => {
    const outline = await repo.contentOutline();
    expect(outline.find((o) => o.file === shared.sourcePath)?.article).toMatchObject({
      authors: ['ben', 'wire', 'ana'],
      aliases: ['/world/harbour-pact', '/life/harbour-deal'],
    });
  });
});

describe.each(engines)('publishing story formats on %s', (engine: Engine) => {
  let repo: Awaited<ReturnType<typeof fixtureRepository>>;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, fixture);
  });
  afterAll(async () => {
    await repo?.dispose();
  });

  it('renaming a story: the old path redirects to the new one, and both authors’ pages refresh', async () => {
    const renamed = makeArticle({
      slug: 'harbour-deal-signed',
      title: 'Harbour deal signed',
      authors: ['ben', 'ana'],
      date: shared.date,
      aliases: ['/world/harbour-deal', ...shared.aliases],
      sourcePath: 'content/articles/harbour-deal-signed.md',
    });
    const applied = await applyChange(
      repo.store,
      { upsert: [{ kind: 'article', file: renamed.sourcePath, hash: 'renamed', value: renamed }], remove: [shared.sourcePath] },
      { revalidate: tagsForChange, now: NOW },
    );
    // Every author before (ben, wire, ana) and after (ben, ana), and both paths, which the redirects carry.
    expect(applied.tags).toEqual(
      expect.arrayContaining([
        'article:/world/harbour-deal',
        'article:/world/harbour-deal-signed',
        'author:ben',
        'author:wire',
        'author:ana',
      ]),
    );
    expect(await repo.renamedTo('/world/harbour-deal', NOW)).toBe('/world/harbour-deal-signed');
    expect(await repo.renamedTo('/world/harbour-pact', NOW)).toBe('/world/harbour-deal-signed');
    expect((await repo.byAuthor('wire', NOW, { offset: 0, limit: 10 })).items).toEqual([]);
    const { results } = await search(repo, { q: 'Meridian', page: 1 }, { now: NOW, categories });
    expect(results).toEqual([]);
  });

  it('dropping an alias, or unpublishing the story, ends its redirect', async () => {
    const current = (await repo.article('world', 'harbour-deal-signed', NOW))!;
    const fewer = { ...current, aliases: ['/world/harbour-deal'] };
    await applyChange(repo.store, {
      upsert: [{ kind: 'article', file: current.sourcePath, hash: 'fewer', value: fewer }],
      remove: [],
    });
    expect(await repo.renamedTo('/world/harbour-pact', NOW)).toBeUndefined();
    expect(await repo.renamedTo('/world/harbour-deal', NOW)).toBe('/world/harbour-deal-signed');
    await applyChange(repo.store, { upsert: [], remove: [current.sourcePath] });
    expect(await repo.renamedTo('/world/harbour-deal', NOW)).toBeUndefined();
  });

  it('an alias freed by one story can be taken by another in the same publish', async () => {
    const a = makeArticle({ slug: 'a-story', aliases: ['/world/shared-old'], sourcePath: 'content/articles/a-story.md' });
    await applyChange(repo.store, { upsert: [{ kind: 'article', file: a.sourcePath, hash: 'a1', value: a }], remove: [] });
    const b = makeArticle({ slug: 'b-story', aliases: ['/world/shared-old'], sourcePath: 'content/articles/b-story.md' });
    await applyChange(repo.store, {
      upsert: [
        { kind: 'article', file: a.sourcePath, hash: 'a2', value: { ...a, aliases: [] } },
        { kind: 'article', file: b.sourcePath, hash: 'b1', value: b },
      ],
      remove: [],
    });
    expect(await repo.renamedTo('/world/shared-old', NOW)).toBe('/world/b-story');
  });
});

describe('cache tags of a change', () => {
  it('revalidate every author of a story, before and after', () => {
    const before = makeArticle({ slug: 's', authors: ['ana', 'ben'] });
    const after = { ...before, authors: ['ben', 'wire'] };
    const tags = tagsForChange({ articles: [{ before, after }], authors: [], categories: [], liveEntries: [], liveStories: [] });
    expect(tags.filter((t) => t.startsWith('author:'))).toEqual(['author:ana', 'author:ben', 'author:wire']);
  });
});
