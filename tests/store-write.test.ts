import { afterEach, describe, expect, it } from 'vitest';
import type { Repository } from '@/lib/content/repository';
import type { ContentDocument } from '@/lib/content/store/documents';
import { applyChange, type AppliedChange, type ContentChange } from '@/lib/content/store/write';
import type { Article, Author, Category } from '@/lib/content/types';
import { tagsForChange } from '@/lib/publish/tags';
import { search } from '@/lib/search/engine';
import { makeArticle, makeAuthor, makeCategory } from './helpers/factory';
import { engines, fixtureRepository, type Engine } from './helpers/store';

/**
 * Incremental publishing into the store (lib/content/store/write.ts
 * applyChange): each kind of change, what readers and search see after it,
 * the search vocabulary, the revalidation log and the file hashes it keeps.
 */

type Repo = Repository & { dispose(): Promise<void> };

const NOW = new Date('2026-07-01T00:00:00Z');
const PUBLISHED_AT = new Date('2026-07-01T12:00:00Z');

const categories: Category[] = [makeCategory('world', 1, { title: 'World' }), makeCategory('life', 2, { title: 'Life' })];
const authors: Author[] = [makeAuthor('ana', { name: 'Ana Ferreira' }), makeAuthor('ben', { name: 'Ben Okafor' })];

const story = (slug: string, fields: Partial<Article> = {}) =>
  makeArticle({ slug, authors: ['ana'], date: '2026-06-01T09:00:00.000Z', ...fields });

const articleDoc = (value: Article, hash = `hash-of-${value.slug}`): ContentDocument => ({
  kind: 'article',
  file: value.sourcePath,
  hash,
  value,
});
const authorDoc = (value: Author, hash = `hash-of-${value.slug}`): ContentDocument => ({
  kind: 'author',
  file: `content/authors/${value.slug}.md`,
  hash,
  value,
});
const categoryDoc = (value: Category, hash = `hash-of-${value.slug}`): ContentDocument => ({
  kind: 'category',
  file: `content/categories/${value.slug}.md`,
  hash,
  value,
});

const harbour = story('harbour', {
  title: 'Harbour tunnel reopens',
  summary: 'Ferries run again.',
  text: 'The quayside filled with commuters.',
  tags: ['Transport'],
  category: 'world',
});
const kitchens = story('kitchens', {
  title: 'Community kitchens expand',
  summary: 'Volunteers cook for hundreds.',
  text: 'Queues formed before dawn.',
  tags: ['Food'],
  category: 'life',
  authors: ['ben'],
  date: '2026-06-02T09:00:00.000Z',
});

describe.each(engines)('applyChange on %s', (engine: Engine) => {
  const open: Repo[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.dispose();
  });

  async function storeWith(articles: Article[] = [harbour, kitchens]): Promise<Repo> {
    const repo = await fixtureRepository(engine, { articles, authors, categories });
    open.push(repo);
    return repo;
  }

  /** Paths of what the search page lists for `q`. */
  async function found(repo: Repo, q: string, category?: string): Promise<string[]> {
    const response = await search(repo, { q, page: 1, category }, { now: NOW, categories: await repo.categories() });
    return response.results.map((h) => h.path);
  }

  const change = (upsert: ContentDocument[], remove: string[] = []): ContentChange => ({ upsert, remove });

  async function contentFile(repo: Repo, path: string) {
    return repo.store.db.selectFrom('content_files').selectAll().where('path', '=', path).executeTakeFirst();
  }

  async function revalidations(repo: Repo) {
    const rows = await repo.store.db.selectFrom('revalidations').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ tags: JSON.parse(r.tags) as string[], created_at: Number(r.created_at) }));
  }

  describe('adding a story', () => {
    it('makes it readable, listed and searchable at once', async () => {
      const repo = await storeWith();
      const added = story('lighthouse', {
        title: 'Lighthouse keepers return',
        category: 'world',
        date: '2026-06-20T09:00:00.000Z',
      });
      const result = await applyChange(repo.store, change([articleDoc(added)]));
      expect(result.articles).toEqual([{ before: undefined, after: added }]);
      expect(await repo.article('world', 'lighthouse', NOW)).toEqual(added);
      expect((await repo.latest(1, NOW))[0]?.path).toBe('/world/lighthouse');
      expect(await found(repo, 'lighthouse')).toEqual(['/world/lighthouse']);
      expect((await repo.search.termDocs(['lighthouse', 'keepers'])).get('keepers')).toBe(1);
    });

    it('records the file with its hash and the record it became', async () => {
      const repo = await storeWith();
      const added = story('lighthouse', { category: 'world' });
      await applyChange(repo.store, change([articleDoc(added, 'abc123')]));
      expect(await contentFile(repo, 'content/articles/lighthouse.md')).toEqual({
        path: 'content/articles/lighthouse.md',
        hash: 'abc123',
        kind: 'article',
        record: '/world/lighthouse',
        outline: expect.any(String),
      });
      const outline = await repo.contentOutline();
      expect(outline.find((o) => o.file === 'content/articles/lighthouse.md')).toEqual({
        file: 'content/articles/lighthouse.md',
        kind: 'article',
        record: '/world/lighthouse',
        hash: 'abc123',
        article: {
          category: 'world',
          authors: added.authors,
          draft: false,
          date: new Date(added.date).toISOString(),
          tags: added.tags,
          aliases: [],
        },
      });
    });

    it('indexes a scheduled story, which search shows only from its time', async () => {
      const repo = await storeWith();
      const later = story('embargo', { title: 'Quokka census results', date: '2026-08-01T09:00:00.000Z' });
      await applyChange(repo.store, change([articleDoc(later)]));
      expect(await found(repo, 'quokka')).toEqual([]);
      const response = await search(repo, { q: 'quokka', page: 1 }, { now: new Date('2026-08-01T09:00:00.000Z'), categories });
      expect(response.results.map((h) => h.path)).toEqual(['/world/embargo']);
    });
  });

  describe('correcting a story', () => {
    it('shows the new headline, and search finds the new words, not the old', async () => {
      const repo = await storeWith();
      expect(await found(repo, 'tunnel')).toEqual(['/world/harbour']);
      const corrected = { ...harbour, title: 'Harbour bridge reopens' };
      const result = await applyChange(repo.store, change([articleDoc(corrected, 'v2')]));
      expect(result.articles).toHaveLength(1);
      expect(result.articles[0]?.before?.title).toBe('Harbour tunnel reopens');
      expect(result.articles[0]?.after?.title).toBe('Harbour bridge reopens');
      expect((await repo.article('world', 'harbour', NOW))?.title).toBe('Harbour bridge reopens');
      expect(await found(repo, 'bridge')).toEqual(['/world/harbour']);
      expect(await found(repo, 'tunnel')).toEqual([]);
      const terms = await repo.search.termDocs(['tunnel', 'bridge', 'harbour']);
      expect(Object.fromEntries(terms)).toEqual({ tunnel: 0, bridge: 1, harbour: 1 });
      expect((await contentFile(repo, harbour.sourcePath))?.hash).toBe('v2');
      expect(await repo.publishedCount(NOW)).toBe(2);
    });
  });

  describe('unpublishing', () => {
    it('by deleting the file: gone from its page, lists, search, vocabulary and the file record', async () => {
      const repo = await storeWith();
      const result = await applyChange(repo.store, change([], [harbour.sourcePath]));
      expect(result.articles).toEqual([{ before: harbour }]);
      expect(await repo.article('world', 'harbour', NOW, { preview: true })).toBeUndefined();
      expect((await repo.latest(10, NOW)).map((a) => a.slug)).toEqual(['kitchens']);
      expect((await repo.withTag('transport', NOW, { offset: 0, limit: 10 })).total).toBe(0);
      expect(await repo.tag('transport', NOW)).toBeUndefined();
      expect(await found(repo, 'tunnel')).toEqual([]);
      expect((await repo.search.termDocs(['tunnel'])).get('tunnel')).toBe(0);
      expect(await contentFile(repo, harbour.sourcePath)).toBeUndefined();
    });

    it('by marking it a draft: gone from readers and search, still there for a preview', async () => {
      const repo = await storeWith();
      const draft = { ...harbour, draft: true };
      const result = await applyChange(repo.store, change([articleDoc(draft, 'v2')]));
      expect(result.articles).toEqual([{ before: harbour, after: draft }]);
      expect(await repo.article('world', 'harbour', NOW)).toBeUndefined();
      expect((await repo.article('world', 'harbour', NOW, { preview: true }))?.draft).toBe(true);
      expect((await repo.latest(10, NOW)).map((a) => a.slug)).toEqual(['kitchens']);
      expect(await repo.publishedCount(NOW)).toBe(1);
      expect(await found(repo, 'tunnel')).toEqual([]);
      expect((await repo.search.termDocs(['tunnel'])).get('tunnel')).toBe(0);
      expect(await contentFile(repo, harbour.sourcePath)).toMatchObject({ hash: 'v2', record: '/world/harbour' });
    });

    it('and publishing it again', async () => {
      const repo = await storeWith();
      await applyChange(repo.store, change([articleDoc({ ...harbour, draft: true }, 'v2')]));
      await applyChange(repo.store, change([articleDoc(harbour, 'v3')]));
      expect(await found(repo, 'tunnel')).toEqual(['/world/harbour']);
      expect((await repo.search.termDocs(['tunnel'])).get('tunnel')).toBe(1);
    });
  });

  describe('moving a story to another section', () => {
    it('takes it from the old path to the new one, and says where it was', async () => {
      const repo = await storeWith();
      const moved = { ...harbour, category: 'life', path: '/life/harbour' };
      const result = await applyChange(repo.store, change([articleDoc(moved, 'v2')]));
      expect(result.articles).toHaveLength(1);
      expect(result.articles[0]?.before?.path).toBe('/world/harbour');
      expect(result.articles[0]?.after?.path).toBe('/life/harbour');
      expect(await repo.article('world', 'harbour', NOW, { preview: true })).toBeUndefined();
      expect((await repo.article('life', 'harbour', NOW))?.category).toBe('life');
      expect((await repo.inSection('world', NOW, { offset: 0, limit: 10 })).total).toBe(0);
      expect((await repo.inSection('life', NOW, { offset: 0, limit: 10 })).items.map((a) => a.path)).toEqual([
        '/life/kitchens',
        '/life/harbour',
      ]);
      expect(await found(repo, 'tunnel', 'life')).toEqual(['/life/harbour']);
      expect(await found(repo, 'tunnel', 'world')).toEqual([]);
      expect(await contentFile(repo, harbour.sourcePath)).toMatchObject({ record: '/life/harbour' });
      expect(await repo.store.db.selectFrom('articles').select('path').where('slug', '=', 'harbour').execute()).toHaveLength(1);
    });

    it('keeps one story when its file moves to a subfolder in the same change', async () => {
      const repo = await storeWith();
      const refiled = { ...harbour, sourcePath: 'content/articles/2026/harbour.md' };
      const result = await applyChange(repo.store, change([articleDoc(refiled, 'v2')], [harbour.sourcePath]));
      expect(result.articles.map((a) => [a.before?.sourcePath, a.after?.sourcePath])).toEqual(
        expect.arrayContaining([[undefined, 'content/articles/2026/harbour.md']]),
      );
      expect((await repo.article('world', 'harbour', NOW))?.sourcePath).toBe('content/articles/2026/harbour.md');
      expect(await repo.publishedCount(NOW)).toBe(2);
      expect(await contentFile(repo, harbour.sourcePath)).toBeUndefined();
      expect(await contentFile(repo, 'content/articles/2026/harbour.md')).toMatchObject({ record: '/world/harbour' });
      expect((await repo.search.termDocs(['tunnel'])).get('tunnel')).toBe(1);
    });
  });

  describe('authors and sections', () => {
    it('renaming an author: search by the new name finds their stories, by the old name nothing', async () => {
      const repo = await storeWith();
      expect(await found(repo, 'ferreira')).toEqual(['/world/harbour']);
      const renamed = { ...authors[0]!, name: 'Ana Quintela' };
      const result = await applyChange(repo.store, change([authorDoc(renamed, 'v2')]));
      expect(result.authors).toEqual(['ana']);
      expect(result.articles).toEqual([]);
      expect((await repo.author('ana'))?.name).toBe('Ana Quintela');
      expect(await found(repo, 'quintela')).toEqual(['/world/harbour']);
      expect(await found(repo, 'ferreira')).toEqual([]);
      expect(Object.fromEntries(await repo.search.termDocs(['ferreira', 'quintela', 'ana']))).toEqual({
        ferreira: 0,
        quintela: 1,
        ana: 1,
      });
    });

    it('renaming a section: search by its new title finds its stories', async () => {
      const repo = await storeWith();
      const renamed = { ...categories[1]!, title: 'Living' };
      const result = await applyChange(repo.store, change([categoryDoc(renamed, 'v2')]));
      expect(result.categories).toEqual(['life']);
      expect((await repo.category('life'))?.title).toBe('Living');
      expect(await found(repo, 'living')).toEqual(['/life/kitchens']);
      expect((await repo.search.termDocs(['living'])).get('living')).toBe(1);
    });

    it('adding an author changes no story', async () => {
      const repo = await storeWith();
      const result = await applyChange(repo.store, change([authorDoc(makeAuthor('cai', { name: 'Cai Lun' }))]));
      expect(result).toMatchObject({ authors: ['cai'], categories: [], articles: [] });
      expect((await repo.authors()).map((a) => a.slug)).toEqual(['ana', 'ben', 'cai']);
      expect(await contentFile(repo, 'content/authors/cai.md')).toEqual({
        path: 'content/authors/cai.md',
        hash: 'hash-of-cai',
        kind: 'author',
        record: 'cai',
        outline: null,
      });
    });

    it('removing a section drops it and its file record', async () => {
      const repo = await storeWith([harbour]);
      const result = await applyChange(repo.store, change([], ['content/categories/life.md']));
      expect(result.categories).toEqual(['life']);
      expect((await repo.categories()).map((c) => c.slug)).toEqual(['world']);
      expect(await repo.category('life')).toBeUndefined();
      expect(await contentFile(repo, 'content/categories/life.md')).toBeUndefined();
    });

    it('removing an author drops them', async () => {
      const repo = await storeWith([harbour]);
      const result = await applyChange(repo.store, change([], ['content/authors/ben.md']));
      expect(result.authors).toEqual(['ben']);
      expect(await repo.author('ben')).toBeUndefined();
    });

    it('ignores a removed file the store never had', async () => {
      const repo = await storeWith();
      const result = await applyChange(repo.store, change([], ['content/articles/never-there.md']), {
        revalidate: tagsForChange,
      });
      expect(result).toEqual({ articles: [], authors: [], categories: [], liveEntries: [], liveStories: [], tags: [] });
      expect(await repo.publishedCount(NOW)).toBe(2);
    });
  });

  describe('the search vocabulary', () => {
    it('counts the stories holding each word as stories come and go', async () => {
      const repo = await storeWith([]);
      const a = story('a', { title: 'Glacier retreat measured', text: 'Ice.' });
      const b = story('b', { title: 'Glacier tours cancelled', text: 'Snow.', date: '2026-06-02T09:00:00.000Z' });
      await applyChange(repo.store, change([articleDoc(a), articleDoc(b)]));
      expect(Object.fromEntries(await repo.search.termDocs(['glacier', 'retreat', 'tours']))).toEqual({
        glacier: 2,
        retreat: 1,
        tours: 1,
      });
      expect(await repo.search.prefixTerms('gla', 5)).toEqual([{ term: 'glacier', docs: 2 }]);
      await applyChange(repo.store, change([], [a.sourcePath]));
      expect(Object.fromEntries(await repo.search.termDocs(['glacier', 'retreat', 'tours']))).toEqual({
        glacier: 1,
        retreat: 0,
        tours: 1,
      });
      await applyChange(repo.store, change([], [b.sourcePath]));
      expect((await repo.search.termDocs(['glacier'])).get('glacier')).toBe(0);
      // A word no story holds any more is neither completed nor offered as a correction.
      expect(await repo.search.prefixTerms('gla', 5)).toEqual([]);
      expect(await repo.search.similarTerms('glacer', 10)).toEqual([]);
    });

    it('offers a word added by a publish as a correction', async () => {
      const repo = await storeWith([]);
      await applyChange(repo.store, change([articleDoc(story('a', { title: 'Batteries recycled at scale' }))]));
      expect((await repo.search.similarTerms('bateries', 10)).map((t) => t.term)).toContain('batteries');
      expect(await found(repo, 'bateries')).toEqual(['/world/a']);
    });

    it('leaves drafts out of it', async () => {
      const repo = await storeWith([]);
      await applyChange(repo.store, change([articleDoc(story('a', { title: 'Confidential merger', draft: true }))]));
      expect((await repo.search.termDocs(['confidential', 'merger'])).get('merger')).toBe(0);
    });

    it('proposes each similar word once, after a word left the vocabulary and came back', async () => {
      // SQLite: applyVocabulary() deletes dead words from search_terms but not
      // from search_terms_trigram, and adds a word again each time it returns,
      // so similarTerms() gets duplicates (and dead words) that use up its limit.
      const repo = await storeWith([]);
      const a = story('a', { title: 'Glacier retreat measured' });
      for (const round of [1, 2, 3]) {
        await applyChange(repo.store, change([articleDoc(a, `v${round}`)]));
        await applyChange(repo.store, change([], [a.sourcePath]));
      }
      await applyChange(repo.store, change([articleDoc(a, 'v4')]));
      expect(await repo.search.similarTerms('glacer', 10)).toEqual([{ term: 'glacier', docs: 1 }]);
    });

    it('counts a renamed author once when one of their stories changes in the same publish', async () => {
      // write.ts: reindexRenamed already swaps the story's search document to
      // the new name; deleteArticle then subtracts the document as it was
      // under the *old* name, and the insert adds the new name again.
      const repo = await storeWith([harbour]);
      await applyChange(
        repo.store,
        change([
          authorDoc({ ...authors[0]!, name: 'Ana Quintela' }, 'v2'),
          articleDoc({ ...harbour, summary: 'Ferries sail.' }, 'v2'),
        ]),
      );
      expect(await repo.publishedCount(NOW)).toBe(1);
      expect(Object.fromEntries(await repo.search.termDocs(['quintela', 'ferreira']))).toEqual({ quintela: 1, ferreira: 0 });
    });
  });

  describe('two stories published in the same millisecond', () => {
    it('a publish must not fail when the new row id is 1000 apart from one of the same time', async () => {
      // rows.ts searchKey(): published_at * 1000 + id % 1000 is UNIQUE; rows 1 and
      // 1001 published at the same millisecond get the same key, and the
      // publish fails with a constraint error (on SQLite the id is reused by
      // every retry, so that story can never be published).
      const at = '2026-06-01T09:00:00.000Z';
      const filler = Array.from({ length: 999 }, (_, i) =>
        story(`filler-${i}`, { date: new Date(Date.parse('2026-06-02T00:00:00Z') + i * 60_000).toISOString() }),
      );
      const repo = await storeWith([story('first', { date: at }), ...filler]);
      const second = story('second', { date: at });
      await expect(applyChange(repo.store, change([articleDoc(second)]))).resolves.toBeDefined();
      expect(await repo.publishedCount(NOW)).toBe(1001);
    });
  });

  describe('the revalidation log', () => {
    it('records the tags the revalidate option returns, at the publish time, with the change', async () => {
      const repo = await storeWith();
      const seen: AppliedChange[] = [];
      const result = await applyChange(repo.store, change([articleDoc({ ...harbour, title: 'New title' }, 'v2')]), {
        revalidate: (applied) => {
          seen.push(applied);
          return ['article:/world/harbour', 'home'];
        },
        now: PUBLISHED_AT,
      });
      expect(result.tags).toEqual(['article:/world/harbour', 'home']);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.articles[0]?.after?.title).toBe('New title');
      expect(await revalidations(repo)).toEqual([
        { tags: ['article:/world/harbour', 'home'], created_at: PUBLISHED_AT.getTime() },
      ]);
    });

    it('writes nothing when there is nothing to revalidate', async () => {
      const repo = await storeWith();
      await applyChange(repo.store, change([articleDoc({ ...harbour, title: 'Quiet fix' }, 'v2')]), { now: PUBLISHED_AT });
      await applyChange(repo.store, change([articleDoc({ ...harbour, title: 'Quiet fix 2' }, 'v3')]), {
        revalidate: () => [],
        now: PUBLISHED_AT,
      });
      expect(await revalidations(repo)).toEqual([]);
    });

    it('is one transaction with the content: if working out the tags fails, nothing changes', async () => {
      const repo = await storeWith();
      const added = story('lighthouse', { title: 'Lighthouse keepers return' });
      await expect(
        applyChange(repo.store, change([articleDoc(added)], [kitchens.sourcePath]), {
          revalidate: () => {
            throw new Error('no tags');
          },
          now: PUBLISHED_AT,
        }),
      ).rejects.toThrow('no tags');
      expect(await repo.article('world', 'lighthouse', NOW, { preview: true })).toBeUndefined();
      expect((await repo.article('life', 'kitchens', NOW))?.title).toBe('Community kitchens expand');
      expect(await contentFile(repo, 'content/articles/lighthouse.md')).toBeUndefined();
      expect(await contentFile(repo, kitchens.sourcePath)).toBeDefined();
      expect((await repo.search.termDocs(['lighthouse'])).get('lighthouse')).toBe(0);
      expect(await found(repo, 'volunteers')).toEqual(['/life/kitchens']);
      expect(await revalidations(repo)).toEqual([]);
    });

    it('keeps a week of publishes', async () => {
      const repo = await storeWith();
      const day = 86_400_000;
      const t0 = PUBLISHED_AT.getTime();
      const touch = (n: number, at: number) =>
        applyChange(repo.store, change([articleDoc({ ...harbour, title: `Edit ${n}` }, `v${n}`)]), {
          revalidate: () => [`t${n}`],
          now: new Date(at),
        });
      await touch(1, t0);
      await touch(2, t0 + 7 * day);
      expect((await revalidations(repo)).map((r) => r.tags[0])).toEqual(['t1', 't2']);
      await touch(3, t0 + 7 * day + 1);
      expect((await revalidations(repo)).map((r) => r.tags[0])).toEqual(['t2', 't3']);
    });
  });

  it('uses tagsForChange as publish does: tags for the story before and after a move', async () => {
    const repo = await storeWith();
    const moved = { ...harbour, category: 'life', path: '/life/harbour', tags: ['Transport', 'Ferries'] };
    const result = await applyChange(repo.store, change([articleDoc(moved, 'v2')]), {
      revalidate: tagsForChange,
      now: PUBLISHED_AT,
    });
    expect(result.tags).toEqual(
      expect.arrayContaining(['article:/world/harbour', 'article:/life/harbour', 'section:world', 'section:life', 'tag:ferries']),
    );
    expect((await revalidations(repo))[0]?.tags).toEqual(result.tags);
  });
});

describe('tagsForChange', () => {
  const empty: AppliedChange = { articles: [], authors: [], categories: [], liveEntries: [], liveStories: [] };
  const listings = ['feeds', 'home', 'news-sitemap', 'sitemaps'];

  it('is nothing for an empty change', () => {
    expect(tagsForChange(empty)).toEqual([]);
  });

  it('revalidates a new story, its section, author and tags, and the site-wide listings', () => {
    const added = story('lighthouse', { category: 'world', authors: ['ana'], tags: ['Artificial Intelligence', 'Zürich'] });
    expect(tagsForChange({ ...empty, articles: [{ after: added }] })).toEqual(
      [
        'article:/world/lighthouse',
        'section:world',
        'author:ana',
        'tag:artificial-intelligence',
        'tag:zurich',
        ...listings,
      ].sort(),
    );
  });

  it('revalidates what a story showed before and after a correction', () => {
    const before = story('harbour', { category: 'world', authors: ['ana'], tags: ['Transport'] });
    const after = { ...before, authors: ['ben'], tags: ['Ferries'] };
    const tags = tagsForChange({ ...empty, articles: [{ before, after }] });
    expect(tags).toEqual(
      ['article:/world/harbour', 'section:world', 'author:ana', 'author:ben', 'tag:transport', 'tag:ferries', ...listings].sort(),
    );
  });

  it('revalidates both addresses and both sections of a moved story', () => {
    const before = story('harbour', { category: 'world' });
    const after = { ...before, category: 'life', path: '/life/harbour' };
    const tags = tagsForChange({ ...empty, articles: [{ before, after }] });
    expect(tags).toEqual(
      expect.arrayContaining(['article:/world/harbour', 'article:/life/harbour', 'section:world', 'section:life']),
    );
  });

  it('revalidates an unpublished story where it was listed', () => {
    const before = story('harbour', { category: 'world', tags: ['Transport'] });
    expect(tagsForChange({ ...empty, articles: [{ before }] })).toEqual(
      ['article:/world/harbour', 'section:world', 'author:ana', 'tag:transport', ...listings].sort(),
    );
  });

  it('revalidates an author page and the sitemaps for an author, not the home page', () => {
    expect(tagsForChange({ ...empty, authors: ['ana'] })).toEqual(['author:ana', 'sitemaps']);
  });

  it('revalidates every page (the menu) for a section', () => {
    expect(tagsForChange({ ...empty, categories: ['life'] })).toEqual(['section:life', 'site', 'sitemaps']);
  });

  it('names each tag once, sorted', () => {
    const a = story('a', { category: 'world', tags: ['Climate'] });
    const b = story('b', { category: 'world', tags: ['climate'] });
    const tags = tagsForChange({ ...empty, articles: [{ after: a }, { after: b }], authors: ['ana'], categories: ['world'] });
    expect(tags).toEqual([...new Set(tags)].sort());
    expect(tags.filter((t) => t === 'tag:climate')).toHaveLength(1);
    expect(tags.filter((t) => t === 'section:world')).toHaveLength(1);
  });
});
