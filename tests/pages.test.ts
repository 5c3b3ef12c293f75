import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '@/lib/content/repository';
import type { Article, Author, Category, ImageRef } from '@/lib/content/types';
import { articlePage, RELATED_COUNT } from '@/lib/pages/article';
import { siteChrome } from '@/lib/pages/chrome';
import { sectionFeed, siteFeed } from '@/lib/pages/feeds';
import { homePage } from '@/lib/pages/home';
import { authorPage, extraPageNumbers, listingPageNumber, sectionPage, tagPage } from '@/lib/pages/listing';
import { notFoundPage } from '@/lib/pages/not-found';
import { articleCard } from '@/lib/pages/og';
import { searchPage } from '@/lib/pages/search';
import { newsSitemap, siteSitemap, sitemapFile } from '@/lib/pages/sitemaps';
import { absoluteUrl, site } from '@/lib/site';
import { makeArticle, makeAuthor, makeCategory } from './helpers/factory';
import { engines, fixtureRepository, type Engine } from './helpers/store';

/**
 * The view models in lib/pages, over a fixture store and a fixed clock: what
 * each page shows, when it is a 404, its structured data and cache tags.
 */

type Repo = Repository & { dispose(): Promise<void> };

const NOW = new Date('2026-07-01T00:00:00Z');
const ctx = { now: NOW };

const categories: Category[] = [
  makeCategory('world', 1, { title: 'World', description: 'News from everywhere' }),
  makeCategory('life', 2, { title: 'Life' }),
  makeCategory('empty', 3, { title: 'Empty' }),
];
const authors: Author[] = [
  makeAuthor('ana', { name: 'Ana Ferreira', bioText: 'Ana covers cities. She lives in Porto.' }),
  makeAuthor('ben', { name: 'Ben Okafor' }),
  makeAuthor('wire', { name: 'Meridian Newswire', kind: 'organization' }),
];

const image = (name: string) =>
  ({ src: `/images/${name}.jpg`, alt: `Picture ${name}`, width: 1200, height: 800, bytes: 50_000 }) as ImageRef;
const day = (d: number, hour = 9) => new Date(Date.UTC(2026, 5, d, hour)).toISOString();

/** Twelve published world stories (two pages of ten), w01 oldest; w10 and w03 have pictures. */
const world: Article[] = Array.from({ length: 12 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return makeArticle({
    slug: `w${n}`,
    title: `World story ${n}`,
    category: 'world',
    authors: ['ana'],
    date: day(i + 1),
    tags: i < 3 ? ['Harbour'] : ['City'],
    ...(n === '10' || n === '03' ? { image: image(n) } : {}),
  });
});
const life: Article[] = [20, 21, 22].map((d) =>
  makeArticle({ slug: `l${d}`, title: `Life story ${d}`, category: 'life', authors: ['ben'], date: day(d), tags: ['Harbour'] }),
);
const draft = makeArticle({
  slug: 'draft-one',
  title: 'Unfinished draft',
  category: 'world',
  authors: ['ana'],
  draft: true,
  date: day(25),
  tags: ['Secret'],
  image: image('draft'),
});
const scheduled = makeArticle({
  slug: 'scheduled-one',
  title: 'Embargoed report',
  category: 'life',
  authors: ['ben'],
  date: '2026-08-01T09:00:00.000Z',
  tags: ['Later'],
  image: image('scheduled'),
});
const articles = [...world, ...life, draft, scheduled];

const paths = (items: { article: { path: string } }[]) => items.map((i) => i.article.path);
const types = (jsonLd: unknown[]) => jsonLd.map((d) => (d as { '@type': string })['@type']);

describe.each(engines)('view models on %s', (engine: Engine) => {
  let repo: Repo;
  beforeAll(async () => {
    repo = await fixtureRepository(engine, { articles, authors, categories });
  });
  afterAll(async () => {
    await repo?.dispose();
  });

  describe('articlePage', () => {
    it('is a 404 for a story that does not exist, a draft or a scheduled story', async () => {
      expect(await articlePage(repo, { category: 'world', slug: 'nothing' }, ctx)).toBeUndefined();
      expect(await articlePage(repo, { category: 'life', slug: 'w01' }, ctx)).toBeUndefined();
      expect(await articlePage(repo, { category: 'world', slug: 'draft-one' }, ctx)).toBeUndefined();
      expect(await articlePage(repo, { category: 'life', slug: 'scheduled-one' }, ctx)).toBeUndefined();
    });

    it('shows drafts and scheduled stories in a preview, with their state, never indexed', async () => {
      const d = await articlePage(repo, { category: 'world', slug: 'draft-one' }, { now: NOW, preview: true });
      expect(d?.state).toBe('draft');
      expect(d?.metadata.robots).toMatchObject({ index: false });
      const s = await articlePage(repo, { category: 'life', slug: 'scheduled-one' }, { now: NOW, preview: true });
      expect(s?.state).toBe('scheduled');
      const p = await articlePage(repo, { category: 'world', slug: 'w05' }, ctx);
      expect(p?.state).toBe('published');
    });

    it('has the story, its section, author, rendered body and crumbs Home › Section › Title', async () => {
      const page = (await articlePage(repo, { category: 'world', slug: 'w05' }, ctx))!;
      expect(page.article.title).toBe('World story 05');
      expect(page.section.slug).toBe('world');
      expect(page.authors.map((a) => a.name)).toEqual(['Ana Ferreira']);
      expect(page.html).toContain('<p>Body</p>');
      expect(page.updated).toBeUndefined();
      expect(page.crumbs).toEqual([
        { name: 'Home', path: '/' },
        { name: 'World', path: '/world' },
        { name: 'World story 05', path: '/world/w05' },
      ]);
    });

    it('feeds the same crumbs to the BreadcrumbList, after the NewsArticle', async () => {
      const page = (await articlePage(repo, { category: 'world', slug: 'w05' }, ctx))!;
      expect(types(page.jsonLd)).toEqual(['NewsArticle', 'BreadcrumbList']);
      const list = page.jsonLd[1] as unknown as { itemListElement: { position: number; name: string; item: string }[] };
      expect(list.itemListElement).toEqual(
        page.crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
      );
    });

    it('offers related stories with their sections, never drafts or scheduled ones', async () => {
      const page = (await articlePage(repo, { category: 'world', slug: 'w01' }, ctx))!;
      expect(page.related).toHaveLength(RELATED_COUNT);
      // Harbour is shared with w02, w03 (same section) and the three life stories.
      expect(paths(page.related)).toEqual(['/world/w03', '/world/w02', '/life/l22', '/life/l21']);
      for (const r of page.related) expect(r.category.slug).toBe(r.article.category);
    });

    it('is tagged with the site, the story, its author and each related story', async () => {
      const page = (await articlePage(repo, { category: 'world', slug: 'w01' }, ctx))!;
      expect(page.tags).toEqual([
        'site',
        'article:/world/w01',
        'author:ana',
        ...page.related.map((r) => `article:${r.article.path}`),
      ]);
    });

    it('fails loudly when the store holds a story whose author is missing', async () => {
      const broken = await fixtureRepository(engine, {
        articles: [makeArticle({ slug: 'orphan', authors: ['ghost'], date: day(1) })],
        authors,
        categories,
      });
      try {
        await expect(articlePage(broken, { category: 'world', slug: 'orphan' }, ctx)).rejects.toThrow(/author missing/);
      } finally {
        await broken.dispose();
      }
    });
  });

  describe('listing pages', () => {
    it('serve page 1 at the listing address only', async () => {
      expect((await sectionPage(repo, 'world', undefined, ctx))?.page.page).toBe(1);
      expect(await sectionPage(repo, 'world', '1', ctx)).toBeUndefined();
      expect(await authorPage(repo, 'ana', '1', ctx)).toBeUndefined();
      expect(await tagPage(repo, 'harbour', '1', ctx)).toBeUndefined();
    });

    it('are a 404 for odd page numbers and pages past the end', async () => {
      for (const param of ['0', '02', '2.0', '-1', 'x', '', ' 2', '+2'])
        expect(await sectionPage(repo, 'world', param, ctx), JSON.stringify(param)).toBeUndefined();
      expect(await sectionPage(repo, 'world', '3', ctx)).toBeUndefined();
      expect(await authorPage(repo, 'ben', '2', ctx)).toBeUndefined();
    });

    it('page a section ten at a time, newest first, with totals', async () => {
      const first = (await sectionPage(repo, 'world', undefined, ctx))!;
      expect(first.page).toMatchObject({ page: 1, totalPages: 2, totalItems: 12, pageSize: site.pageSize });
      expect(paths(first.page.items)).toEqual(
        world
          .slice(2)
          .reverse()
          .map((a) => a.path),
      );
      const second = (await sectionPage(repo, 'world', '2', ctx))!;
      expect(second.page).toMatchObject({ page: 2, totalPages: 2, totalItems: 12 });
      expect(paths(second.page.items)).toEqual(['/world/w02', '/world/w01']);
      expect(second.page.items[0]?.category.title).toBe('World');
    });

    it('keep page 1 of an empty listing', async () => {
      const empty = (await sectionPage(repo, 'empty', undefined, ctx))!;
      expect(empty.page).toEqual({ items: [], page: 1, totalPages: 1, totalItems: 0, pageSize: site.pageSize });
      expect(await sectionPage(repo, 'empty', '2', ctx)).toBeUndefined();
      const agency = (await authorPage(repo, 'wire', undefined, ctx))!;
      expect(agency.page.totalItems).toBe(0);
    });

    it('are a 404 for unknown subjects, and for a tag only drafts or scheduled stories carry', async () => {
      expect(await sectionPage(repo, 'nowhere', undefined, ctx)).toBeUndefined();
      expect(await authorPage(repo, 'nobody', undefined, ctx)).toBeUndefined();
      expect(await tagPage(repo, 'nothing', undefined, ctx)).toBeUndefined();
      expect(await tagPage(repo, 'secret', undefined, ctx)).toBeUndefined();
      expect(await tagPage(repo, 'later', undefined, ctx)).toBeUndefined();
      expect((await tagPage(repo, 'later', undefined, { now: new Date('2026-08-01T09:00:00Z') }))?.page.totalItems).toBe(1);
    });

    it('describe a section: title, kicker, crumbs, CollectionPage of the stories shown, tags', async () => {
      const page = (await sectionPage(repo, 'world', '2', ctx))!;
      expect(page.subject).toEqual({ kind: 'section', value: categories[0] });
      expect(page).toMatchObject({ title: 'World', label: 'Section', basePath: '/world' });
      expect(page.crumbs).toEqual([
        { name: 'Home', path: '/' },
        { name: 'World', path: '/world' },
      ]);
      expect(types(page.jsonLd)).toEqual(['CollectionPage', 'BreadcrumbList']);
      const collection = page.jsonLd[0] as unknown as { url: string; mainEntity: { itemListElement: { url: string }[] } };
      expect(collection.url).toBe(absoluteUrl('/world/page/2'));
      expect(collection.mainEntity.itemListElement.map((i) => i.url)).toEqual(
        ['/world/w02', '/world/w01'].map((p) => absoluteUrl(p)),
      );
      expect(page.metadata.alternates?.canonical).toBe(absoluteUrl('/world/page/2'));
      expect(page.tags).toEqual(['site', 'section:world']);
    });

    it('describe an author (an agency for organisations) with a ProfilePage', async () => {
      const ana = (await authorPage(repo, 'ana', '2', ctx))!;
      expect(ana).toMatchObject({ title: 'Ana Ferreira', label: 'Author', basePath: '/author/ana' });
      expect(ana.page).toMatchObject({ page: 2, totalItems: 12 });
      expect(types(ana.jsonLd)).toEqual(['ProfilePage', 'BreadcrumbList']);
      expect(ana.tags).toEqual(['site', 'author:ana']);
      expect((await authorPage(repo, 'wire', undefined, ctx))?.label).toBe('Agency');
    });

    it('describe a tag by its spelling, counted over published stories', async () => {
      const tag = (await tagPage(repo, 'harbour', undefined, ctx))!;
      expect(tag.subject).toEqual({ kind: 'tag', value: { tag: 'Harbour', slug: 'harbour', count: 6 } });
      expect(tag).toMatchObject({ title: 'Harbour', label: 'Topic', basePath: '/tag/harbour' });
      expect(paths(tag.page.items)).toEqual(['/life/l22', '/life/l21', '/life/l20', '/world/w03', '/world/w02', '/world/w01']);
      expect(tag.tags).toEqual(['site', 'tag:harbour']);
    });
  });

  describe('homePage', () => {
    it('leads with the newest published story that has a picture', async () => {
      const home = await homePage(repo, ctx);
      expect(home.lead?.article.path).toBe('/world/w10');
      expect(home.lead?.category.slug).toBe('world');
    });

    it('follows with the newest others, and shows no story twice', async () => {
      const home = await homePage(repo, ctx);
      expect(paths(home.latest)).toEqual(['/life/l22', '/life/l21', '/life/l20', '/world/w12', '/world/w11', '/world/w09']);
      const shown = [home.lead!, ...home.latest, ...home.sections.flatMap((s) => s.items)].map((i) => i.article.path);
      expect(new Set(shown).size).toBe(shown.length);
      for (const hidden of [draft.path, scheduled.path]) expect(shown).not.toContain(hidden);
    });

    it('fills each section block with its newest stories not shown above', async () => {
      const home = await homePage(repo, ctx);
      expect(home.sections.map((s) => s.category.slug)).toEqual(['world', 'life', 'empty']);
      expect(paths(home.sections[0]!.items)).toEqual(['/world/w08', '/world/w07', '/world/w06', '/world/w05']);
      expect(home.sections[1]!.items).toEqual([]);
      expect(home.sections[2]!.items).toEqual([]);
    });

    it('honours its counts, and is tagged and described as the home page', async () => {
      const home = await homePage(repo, ctx, 2, 1);
      expect(home.latest).toHaveLength(2);
      expect(home.sections[0]!.items).toHaveLength(1);
      expect(home.tags).toEqual(['site', 'home']);
      expect(types(home.jsonLd)).toEqual(['WebSite', 'Organization']);
    });

    it('leads with the newest story when none has a picture, and is empty before anything is out', async () => {
      const plain = await fixtureRepository(engine, { articles: life, authors, categories });
      try {
        const home = await homePage(plain, ctx);
        expect(home.lead?.article.path).toBe('/life/l22');
        expect(paths(home.latest)).toEqual(['/life/l21', '/life/l20']);
        const before = await homePage(plain, { now: new Date('2026-01-01T00:00:00Z') });
        expect(before.lead).toBeUndefined();
        expect(before.latest).toEqual([]);
      } finally {
        await plain.dispose();
      }
    });
  });

  describe('searchPage', () => {
    it('reads the raw query string once: unknown section dropped, bad page read as 1', async () => {
      const page = await searchPage(repo, { q: '  World   story ', category: 'nowhere', page: 'x' }, ctx);
      expect(page.response).toMatchObject({ q: 'World story', category: undefined, page: 1 });
      expect(page.section).toBeUndefined();
      expect(page.sections.map((c) => c.slug)).toEqual(['world', 'life', 'empty']);
      expect(page.response.results.length).toBeGreaterThan(0);
      expect(page.latest).toEqual([]);
      expect(page.tags).toEqual([]);
      expect(page.metadata.robots).toMatchObject({ index: false });
      expect(page.metadata.alternates?.canonical).toBe(absoluteUrl('/search?q=World+story'));
    });

    it('filters to a known section, case-insensitively, and takes its first value', async () => {
      const page = await searchPage(repo, { q: ['harbour', 'ignored'], category: 'LIFE', page: '1' }, ctx);
      expect(page.section?.slug).toBe('life');
      expect(page.response.results.map((h) => h.path)).toEqual(['/life/l22', '/life/l21', '/life/l20']);
      expect(page.metadata.alternates?.canonical).toBe(absoluteUrl('/search?q=harbour&category=life'));
    });

    it('names the page the engine answered as canonical: a page past the end is the last', async () => {
      const page = await searchPage(repo, { q: 'harbour', category: 'life', page: '999' }, ctx);
      expect(page.response.page).toBe(1);
      expect(page.metadata.alternates?.canonical).toBe(absoluteUrl('/search?q=harbour&category=life'));
    });

    it('offers the latest published stories when nothing matches', async () => {
      const page = await searchPage(repo, { q: 'embargoed' }, ctx);
      expect(page.response.results).toEqual([]);
      expect(page.latest.map((a) => a.path)).toEqual(['/life/l22', '/life/l21', '/life/l20', '/world/w12', '/world/w11']);
    });
  });

  describe('the other pages', () => {
    it('notFoundPage offers the sections and the five latest published stories', async () => {
      const model = await notFoundPage(repo, ctx);
      expect(model.sections.map((c) => c.slug)).toEqual(['world', 'life', 'empty']);
      expect(model.latest.map((a) => a.slug)).toEqual(['l22', 'l21', 'l20', 'w12', 'w11']);
    });

    it('siteChrome names every section in order', async () => {
      expect((await siteChrome(repo, { now: NOW })).sections.map((c) => c.title)).toEqual(['World', 'Life', 'Empty']);
    });

    it('articleCard gives the share image its words, only for a published story', async () => {
      expect(await articleCard(repo, { category: 'world', slug: 'w05' }, ctx)).toEqual({
        kicker: 'World',
        headline: 'World story 05',
        tags: ['site', 'article:/world/w05'],
      });
      expect(await articleCard(repo, { category: 'world', slug: 'draft-one' }, ctx)).toBeUndefined();
    });
  });

  describe('feeds and sitemaps', () => {
    it('site feeds in RSS and Atom list published stories, tagged feeds', async () => {
      const rss = await siteFeed(repo, 'rss', ctx);
      expect(rss.contentType).toBe('application/rss+xml; charset=utf-8');
      expect(rss.tags).toEqual(['feeds']);
      expect(rss.body).toContain('<rss');
      expect(rss.body).toContain('World story 12');
      expect(rss.body).toContain('Life story 22');
      expect(rss.body).not.toContain('Unfinished draft');
      expect(rss.body).not.toContain('Embargoed report');
      const atom = await siteFeed(repo, 'atom', ctx);
      expect(atom.contentType).toBe('application/atom+xml; charset=utf-8');
      expect(atom.body).toContain('<feed');
      expect(atom.tags).toEqual(['feeds']);
    });

    it('a section feed, in RSS or Atom, lists that section only, tagged with it; an unknown section has none', async () => {
      const feed = (await sectionFeed(repo, 'life', 'rss', ctx))!;
      expect(feed.tags).toEqual(['section:life']);
      expect(feed.body).toContain('Life story 20');
      expect(feed.body).not.toContain('World story');
      expect(feed.body).not.toContain('Embargoed report');
      expect(await sectionFeed(repo, 'nowhere', 'rss', ctx)).toBeUndefined();
      const atom = (await sectionFeed(repo, 'life', 'atom', ctx))!;
      expect(atom.contentType).toBe('application/atom+xml; charset=utf-8');
      expect(atom.tags).toEqual(['section:life']);
      expect(atom.body).toContain('Life story 20');
      expect(atom.body).not.toContain('World story');
    });

    it('the sitemap lists home, listings, tags in use and published stories', async () => {
      const map = await siteSitemap(repo, ctx);
      expect(map.contentType).toBe('application/xml; charset=utf-8');
      expect(map.tags).toEqual(['sitemaps']);
      for (const path of ['/', '/world', '/empty', '/author/wire', '/tag/harbour', '/world/w01', '/life/l22'])
        expect(map.body).toContain(`<loc>${absoluteUrl(path)}</loc>`);
      for (const path of [draft.path, scheduled.path, '/tag/secret', '/tag/later'])
        expect(map.body).not.toContain(`<loc>${absoluteUrl(path)}</loc>`);
      expect(map.body.match(/<url>/g)).toHaveLength(1 + 3 + 3 + 2 + 15);
      // Small enough for one file: there are no numbered files.
      expect(await sitemapFile(repo, 0, ctx)).toBeUndefined();
    });

    it('the news sitemap lists the last 48 hours only', async () => {
      const news = await newsSitemap(repo, { now: new Date(day(22, 12)) });
      expect(news.tags).toEqual(['news-sitemap']);
      expect(news.body).toContain(absoluteUrl('/life/l22'));
      expect(news.body).toContain(absoluteUrl('/life/l21'));
      expect(news.body).not.toContain(absoluteUrl('/life/l20'));
      expect(news.body).not.toContain(absoluteUrl('/world/w12'));
    });
  });
});

describe('listing page numbers', () => {
  it('are 1 at the listing address, N from "/page/N" for N > 1, and nothing else', () => {
    expect(listingPageNumber(undefined)).toBe(1);
    expect(listingPageNumber('2')).toBe(2);
    expect(listingPageNumber('999999')).toBe(999999);
    for (const bad of ['1', '0', '02', '2.0', '-1', 'x', '', '1e3', '9999999'])
      expect(listingPageNumber(bad), bad).toBeUndefined();
  });

  it('prerender pages 2..n of a listing, up to a limit', () => {
    const size = site.pageSize;
    expect(extraPageNumbers(0)).toEqual([]);
    expect(extraPageNumbers(size)).toEqual([]);
    expect(extraPageNumbers(size + 1)).toEqual(['2']);
    expect(extraPageNumbers(size * 3)).toEqual(['2', '3']);
    expect(extraPageNumbers(size * 100)).toEqual(['2', '3', '4', '5']);
    expect(extraPageNumbers(size * 100, 2)).toEqual(['2']);
  });
});
