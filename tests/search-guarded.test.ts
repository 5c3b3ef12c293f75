import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepository, type Repository } from '@/lib/content/repository';
import { loadDocuments } from '@/lib/content/store/load';
import { applyChange } from '@/lib/content/store/write';
import type { Category } from '@/lib/content/types';
import { searchPage } from '@/lib/pages/search';
import { tagsForChange } from '@/lib/publish/tags';
import type { SearchOptions } from '@/lib/search/engine';
import { SearchBusyError } from '@/lib/search/guard';
import { createGuardedEngine } from '@/lib/search/guarded';
import { makeArticle } from './helpers/factory';
import { engines, fixtureDocuments, openTestStore, type TestStore } from './helpers/store';

/** The guarded engine of the results page and the search box: cached per content version, bounded. */
const categories: Category[] = [{ slug: 'world', title: 'World', order: 1, path: '/world' }];
const authors = [
  { slug: 'ana', name: 'Ana Ferreira', kind: 'person' as const, links: [], bioHtml: '', bioText: '', path: '/author/ana' },
];
const NOW = new Date('2027-01-01T00:00:00Z');
const options: SearchOptions = { now: NOW, categories, pageSize: 10 };
const story = (slug: string, title: string) =>
  makeArticle({
    slug,
    title,
    summary: 'A summary.',
    text: 'Officials met to talk.',
    date: '2026-01-01T09:00:00Z',
    authors: ['ana'],
  });

describe.each(engines)('guarded search on %s', (engineName) => {
  let store: TestStore;
  let repo: Repository;
  beforeAll(async () => {
    store = await openTestStore(engineName);
    await loadDocuments(store, [
      fixtureDocuments({ categories, authors, articles: [story('one', 'Lighthouse keepers gather')] }),
    ]);
    repo = createRepository(store);
  });
  afterAll(() => store.dispose());

  it('answers a repeated query from its cache, and a publish at once', async () => {
    const guarded = createGuardedEngine({
      maxInFlight: 2,
      cacheEntries: 10,
      cacheTtlMs: 60_000,
      retryAfterSeconds: 5,
      now: () => 0,
    });
    const request = { q: 'lighthouse', page: 1 };
    expect((await guarded.search(repo, request, options)).total).toBe(1);
    expect((await guarded.search(repo, request, options)).total).toBe(1);
    expect(guarded.results.stats).toMatchObject({ hits: 1, misses: 1 });

    const before = await repo.contentVersion();
    const second = story('two', 'Lighthouse restored');
    await applyChange(
      store,
      { upsert: fixtureDocuments({ articles: [second] }), remove: [] },
      { now: NOW, revalidate: tagsForChange },
    );
    expect(await repo.contentVersion()).toBeGreaterThan(before);
    // Same query, same process, within the cache's lifetime: the new story is found.
    expect((await guarded.search(repo, request, options)).total).toBe(2);
    expect((await guarded.suggest(repo, 'lighth', options)).map((s) => s.path).sort()).toEqual(['/world/one', '/world/two']);
  });

  it('turns a query away with SearchBusyError past its bound, and the page says busy with the query kept', async () => {
    const guarded = createGuardedEngine({ maxInFlight: 1, cacheEntries: 10, cacheTtlMs: 60_000, retryAfterSeconds: 7 });
    // A repository whose queries wait for a gate: the first search stays in flight until it opens.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const held = new Proxy(repo, {
      get(target, name) {
        const value = Reflect.get(target, name) as unknown;
        if (name === 'contentVersion') return async () => 1;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          await gate;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const first = guarded.search(held, { q: 'gather', page: 1 }, options);
    await expect(guarded.search(held, { q: 'keepers', page: 1 }, options)).rejects.toEqual(new SearchBusyError(7));
    open();
    expect((await first).total).toBe(1);
    // The slot is free again.
    expect((await guarded.search(held, { q: 'keepers', page: 1 }, options)).total).toBe(1);

    const busy = { search: () => Promise.reject(new SearchBusyError(7)) };
    const page = await searchPage(repo, { q: ' keepers ' }, { now: NOW }, busy);
    expect(page.busy).toEqual({ retryAfterSeconds: 7 });
    expect(page.response).toMatchObject({ q: 'keepers', results: [], total: 0 });
    expect(page.metadata.robots).toMatchObject({ index: false });
  });
});
