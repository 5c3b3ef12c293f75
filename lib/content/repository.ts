import { sql, type SelectQueryBuilder } from 'kysely';
import { routes } from '../routes';
import { liveQueries } from './live-repository';
import { isPublished } from './published';
import type { Store } from './store/open';
import type { CountOptions, MatchQuery, RankOptions } from './store/full-text';
import { maxKeyAt, summaryColumns, toArticle, toAuthor, toCategory, toSummary, type SummaryRow } from './store/rows';
import type { StoreSchema } from './store/schema';
import type { Article, ArticleSummary, Author, Category } from './types';

/**
 * The content repository: the only reader of the store. Every route, feed,
 * sitemap and view model asks it; none of them knows SQL or which engine
 * answers. It holds no content itself: each call is a query, so any number
 * of server processes can share one store and see a publish at once.
 *
 * "Published" is decided here and only here (`isPublished`, and its SQL
 * twin `published()` below), so a draft or an embargoed story cannot leak
 * through a forgotten filter.
 */

export type TagSummary = { tag: string; slug: string; count: number };
export type Slice<T> = { items: T[]; total: number };
export type Range = { offset: number; limit: number };
export type ContentOutline = {
  file: string;
  kind: 'article' | 'author' | 'category' | 'live' | 'liveEntry';
  /** The record it became: an article's or live story's path, an author's or a section's slug, "<story>/<id>" for an entry. */
  record: string;
  hash: string;
  article?: { category: string; authors: string[]; draft: boolean; date: string; tags: string[]; aliases: string[] };
  /** A live entry: what the checks of other entries of its story need. */
  entry?: { date: string; author: string; pinned: boolean };
};

type Articles = SelectQueryBuilder<StoreSchema, 'articles', object>;

/** What the cross-file checks need of a stored story (the lists come from its stored doc). */
function outlineOf(category: string, draft: number | null, publishedAt: number | null, doc: string | null): ContentOutline['article'] {
  const stored = JSON.parse(doc ?? '{}') as Partial<Pick<Article, 'tags' | 'authors' | 'aliases'>>;
  return {
    category,
    authors: stored.authors ?? [],
    draft: draft === 1,
    date: new Date(Number(publishedAt)).toISOString(),
    tags: stored.tags ?? [],
    aliases: stored.aliases ?? [],
  };
}

/** The one publication rule, in SQL: not a draft, and its time has come. */
function published<Q extends Articles>(query: Q, now: Date): Q {
  return query.where('articles.draft', '=', 0).where('articles.published_at', '<=', now.getTime()) as Q;
}

/** Newest first; stories published in the same millisecond fall back to their slug. */
function newestFirst<Q extends Articles>(query: Q): Q {
  return query.orderBy('articles.published_at', 'desc').orderBy('articles.slug', 'asc') as Q;
}

export function createRepository(store: Store) {
  const { db } = store;

  async function slice(query: Articles, range: Range): Promise<Slice<ArticleSummary>> {
    const [rows, total] = await Promise.all([
      newestFirst(query.select(summaryColumns)).limit(range.limit).offset(range.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: (rows as SummaryRow[]).map(toSummary), total: Number(total.n) };
  }

  const taggedWith = (slug: string) =>
    db.selectFrom('articles').where('articles.id', 'in', db.selectFrom('article_tags').select('article_id').where('slug', '=', slug));
  const writtenBy = (slug: string) =>
    db
      .selectFrom('articles')
      .where('articles.id', 'in', db.selectFrom('article_authors').select('article_id').where('author', '=', slug));

  const repository = {
    store,

    /** Live coverage: stories, entries in page order, key events (lib/content/live-repository.ts). */
    live: liveQueries(db),

    /**
     * The story the site-wide breaking-news banner links to at `now`: the
     * newest published one whose `breakingUntil` has not passed.
     */
    async breakingNews(now: Date): Promise<ArticleSummary | undefined> {
      const row = await newestFirst(published(db.selectFrom('articles').select(summaryColumns), now))
        .where('articles.breaking_until', '>', now.getTime())
        .limit(1)
        .executeTakeFirst();
      return row && toSummary(row);
    },

    async categories(): Promise<Category[]> {
      const rows = await db.selectFrom('categories').selectAll().orderBy('position').orderBy('title').execute();
      return rows.map(toCategory);
    },

    async category(slug: string): Promise<Category | undefined> {
      const row = await db.selectFrom('categories').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row && toCategory(row);
    },

    async authors(): Promise<Author[]> {
      const rows = await db.selectFrom('authors').selectAll().orderBy('name').execute();
      return rows.map(toAuthor);
    },

    async author(slug: string): Promise<Author | undefined> {
      const row = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row && toAuthor(row);
    },

    /** The authors with these slugs, by slug. */
    async authorsBySlug(slugs: string[]): Promise<Map<string, Author>> {
      const unique = [...new Set(slugs)];
      if (!unique.length) return new Map();
      const rows = await db.selectFrom('authors').selectAll().where('slug', 'in', unique).execute();
      return new Map(rows.map((r) => [r.slug, toAuthor(r)]));
    },

    /**
     * A story readers may open: published by `now`, or, with `preview`
     * (an editor's signed preview link, or `npm run dev`), any story.
     */
    async article(category: string, slug: string, now: Date, options: { preview?: boolean } = {}): Promise<Article | undefined> {
      const row = await db.selectFrom('articles').selectAll().where('path', '=', routes.article({ category, slug })).executeTakeFirst();
      if (!row) return undefined;
      const article = toArticle(row);
      return isPublished(article, now) || options.preview ? article : undefined;
    },

    /**
     * Where a story that used to be at `path` is now: the path of the
     * published story that lists `path` among its aliases (it was renamed or
     * moved), or undefined. Drafts and scheduled stories redirect nowhere yet.
     */
    async renamedTo(path: string, now: Date): Promise<string | undefined> {
      const row = await published(
        db
          .selectFrom('article_aliases')
          .innerJoin('articles', 'articles.id', 'article_aliases.article_id')
          .where('article_aliases.path', '=', path),
        now,
      )
        .select('articles.path')
        .executeTakeFirst();
      return row?.path;
    },

    async latest(limit: number, now: Date): Promise<ArticleSummary[]> {
      const rows = await newestFirst(published(db.selectFrom('articles').select(summaryColumns), now))
        .limit(limit)
        .execute();
      return rows.map(toSummary);
    },

    inSection(slug: string, now: Date, range: Range) {
      return slice(published(db.selectFrom('articles').where('articles.category', '=', slug), now), range);
    },

    byAuthor(slug: string, now: Date, range: Range) {
      return slice(published(writtenBy(slug), now), range);
    },

    withTag(slug: string, now: Date, range: Range) {
      return slice(published(taggedWith(slug), now), range);
    },

    /** A tag in use by a published story, named by its most used spelling. */
    async tag(slug: string, now: Date): Promise<TagSummary | undefined> {
      const rows = await published(
        db
          .selectFrom('article_tags')
          .innerJoin('articles', 'articles.id', 'article_tags.article_id')
          .where('article_tags.slug', '=', slug),
        now,
      )
        .select(['article_tags.label', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('article_tags.label')
        .execute();
      if (!rows.length) return undefined;
      const best = [...rows].sort((a, b) => Number(b.n) - Number(a.n) || a.label.localeCompare(b.label))[0]!;
      return { slug, tag: best.label, count: rows.reduce((n, r) => n + Number(r.n), 0) };
    },

    /** Tags in use, most used first (ties by slug), each named by its most used spelling. */
    async tags(now: Date, limit?: number): Promise<TagSummary[]> {
      const rows = await published(
        db.selectFrom('article_tags').innerJoin('articles', 'articles.id', 'article_tags.article_id'),
        now,
      )
        .select(['article_tags.slug', 'article_tags.label', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['article_tags.slug', 'article_tags.label'])
        .execute();
      const bySlug = new Map<string, { count: number; best: { label: string; n: number } }>();
      for (const r of rows) {
        const n = Number(r.n);
        const entry = bySlug.get(r.slug) ?? { count: 0, best: { label: r.label, n: 0 } };
        entry.count += n;
        if (n > entry.best.n || (n === entry.best.n && r.label.localeCompare(entry.best.label) < 0)) entry.best = { label: r.label, n };
        bySlug.set(r.slug, entry);
      }
      const all = [...bySlug.entries()]
        .map(([slug, e]) => ({ slug, tag: e.best.label, count: e.count }))
        .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
      return limit === undefined ? all : all.slice(0, limit);
    },

    /**
     * "You may also like": stories sharing the most tags, then the same
     * section, then the newest; never the story itself.
     */
    async related(article: Pick<Article, 'path' | 'category'>, limit: number, now: Date): Promise<ArticleSummary[]> {
      const tagSlugs = await db
        .selectFrom('article_tags')
        .innerJoin('articles', 'articles.id', 'article_tags.article_id')
        .select('article_tags.slug')
        .where('articles.path', '=', article.path)
        .execute();
      const chosen: ArticleSummary[] = [];
      if (tagSlugs.length) {
        const rows = await published(
          db
            .selectFrom('article_tags')
            .innerJoin('articles', 'articles.id', 'article_tags.article_id')
            .where(
              'article_tags.slug',
              'in',
              tagSlugs.map((t) => t.slug),
            )
            .where('articles.path', '!=', article.path),
          now,
        )
          .select([...summaryColumns, (eb) => eb.fn.countAll<number>().as('shared')])
          .groupBy(summaryColumns)
          .orderBy('shared', 'desc')
          .orderBy(sql`CASE WHEN articles.category = ${article.category} THEN 0 ELSE 1 END`)
          .orderBy('articles.published_at', 'desc')
          .orderBy('articles.slug', 'asc')
          .limit(limit)
          .execute();
        chosen.push(...(rows as SummaryRow[]).map(toSummary));
      }
      for (const sameSection of [true, false]) {
        if (chosen.length >= limit) break;
        const skip = [article.path, ...chosen.map((a) => a.path)];
        let query = published(db.selectFrom('articles').select(summaryColumns), now).where('articles.path', 'not in', skip);
        query = query.where('articles.category', sameSection ? '=' : '!=', article.category);
        const rows = await newestFirst(query)
          .limit(limit - chosen.length)
          .execute();
        chosen.push(...rows.map(toSummary));
      }
      return chosen;
    },

    /** Stories published in [from, now], newest first (the news sitemap's window). */
    async publishedBetween(from: Date, now: Date, limit: number): Promise<ArticleSummary[]> {
      const rows = await newestFirst(
        published(db.selectFrom('articles').select(summaryColumns), now).where('articles.published_at', '>=', from.getTime()),
      )
        .limit(limit)
        .execute();
      return rows.map(toSummary);
    },

    async publishedCount(now: Date): Promise<number> {
      const row = await published(db.selectFrom('articles'), now)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Paths and modification times of published stories, newest first, for sitemaps. */
    async publishedPaths(now: Date, range: Range): Promise<{ path: string; modified: string }[]> {
      const rows = await newestFirst(published(db.selectFrom('articles').select(['articles.path', 'articles.modified_at']), now))
        .limit(range.limit)
        .offset(range.offset)
        .execute();
      return rows.map((r) => ({ path: r.path, modified: new Date(r.modified_at).toISOString() }));
    },

    /**
     * The newest modification among the published stories of each section,
     * author and tag, for sitemap lastmod values.
     */
    async lastModifiedBy(now: Date): Promise<{
      site?: string;
      sections: Map<string, string>;
      authors: Map<string, string>;
      tags: Map<string, string>;
    }> {
      const iso = (ms: number | null) => (ms === null ? undefined : new Date(Number(ms)).toISOString());
      const max = sql<number>`max(articles.modified_at)`.as('m');
      const [site, sections, authors, tags] = await Promise.all([
        published(db.selectFrom('articles'), now).select(max).executeTakeFirst(),
        published(db.selectFrom('articles'), now).select(['articles.category as key', max]).groupBy('articles.category').execute(),
        published(db.selectFrom('article_authors').innerJoin('articles', 'articles.id', 'article_authors.article_id'), now)
          .select(['article_authors.author as key', max])
          .groupBy('article_authors.author')
          .execute(),
        published(db.selectFrom('article_tags').innerJoin('articles', 'articles.id', 'article_tags.article_id'), now)
          .select(['article_tags.slug as key', max])
          .groupBy('article_tags.slug')
          .execute(),
      ]);
      const toMap = (rows: { key: string; m: number }[]) => new Map(rows.map((r) => [r.key, iso(r.m)!]));
      return { site: iso(site?.m ?? null), sections: toMap(sections), authors: toMap(authors), tags: toMap(tags) };
    },

    /** When the next scheduled (not yet published, not draft) story comes out, if any. */
    async nextScheduled(now: Date): Promise<Date | undefined> {
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.min('published_at').as('at'))
        .where('draft', '=', 0)
        .where('published_at', '>', now.getTime())
        .executeTakeFirst();
      return row?.at ? new Date(Number(row.at)) : undefined;
    },

    /**
     * A number that grows with every publish (the newest entry of the
     * revalidation log): answers cached under one version are never served
     * under the next (lib/search/guarded.ts).
     */
    async contentVersion(): Promise<number> {
      const row = await db
        .selectFrom('revalidations')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },

    /** Summaries of stories at these paths, in that order, published only. */
    async summaries(paths: string[], now: Date): Promise<ArticleSummary[]> {
      if (!paths.length) return [];
      const rows = await published(db.selectFrom('articles').select(summaryColumns), now)
        .where('articles.path', 'in', paths)
        .execute();
      const byPath = new Map(rows.map((r) => [r.path, toSummary(r)]));
      return paths.flatMap((p) => byPath.get(p) ?? []);
    },

    /**
     * An outline of every file the store was given: enough for the content
     * check to judge changed files against the unchanged rest (slugs,
     * references, links, tag spellings) without reading the archive's files.
     */
    async contentOutline(): Promise<ContentOutline[]> {
      const rows = await db
        .selectFrom('content_files')
        .leftJoin('articles', (join) =>
          join.onRef('articles.path', '=', 'content_files.record').on('content_files.kind', 'in', ['article', 'live']),
        )
        .select([
          'content_files.path as file',
          'content_files.kind',
          'content_files.record',
          'content_files.hash',
          'articles.slug',
          'articles.category',
          'articles.draft',
          'articles.published_at',
          'articles.doc',
        ])
        .execute();
      const entries = new Map(
        (await db.selectFrom('live_entries').select(['story', 'id', 'published_at', 'author', 'pinned']).execute()).map((e) => [
          `${e.story}/${e.id}`,
          { date: new Date(Number(e.published_at)).toISOString(), author: e.author, pinned: e.pinned === 1 },
        ]),
      );
      return rows.map((r) => ({
        file: r.file,
        kind: r.kind as ContentOutline['kind'],
        record: r.record,
        hash: r.hash,
        ...(r.kind === 'liveEntry' && entries.has(r.record) ? { entry: entries.get(r.record)! } : {}),
        ...((r.kind === 'article' || r.kind === 'live') && r.category !== null
          ? { article: outlineOf(r.category, r.draft, r.published_at, r.doc) }
          : {}),
      }));
    },

    /**
     * The search index's primitives, for lib/search/engine.ts, which decides
     * what to ask. Only published stories are ever returned: ranking and
     * counting stop at the newest key published by `now`.
     */
    search: {
      /** How many indexed stories hold each of these words (0 for words the index does not know). */
      async termDocs(terms: string[]): Promise<Map<string, number>> {
        const known = terms.length ? await db.selectFrom('search_terms').selectAll().where('term', 'in', terms).execute() : [];
        const docs = new Map(known.map((r) => [r.term, Number(r.docs)]));
        return new Map(terms.map((t) => [t, docs.get(t) ?? 0]));
      },

      /** Indexed words that start with `prefix`, the most widespread first. */
      async prefixTerms(prefix: string, limit: number): Promise<{ term: string; docs: number }[]> {
        const rows = await db
          .selectFrom('search_terms')
          .selectAll()
          .where('term', '>=', prefix)
          .where('term', '<', `${prefix}\uffff`)
          .orderBy('docs', 'desc')
          .orderBy('term')
          .limit(limit)
          .execute();
        return rows.map((r) => ({ term: r.term, docs: Number(r.docs) }));
      },

      /** Indexed words spelt like `term`, with how many stories hold them. */
      async similarTerms(term: string, limit: number): Promise<{ term: string; docs: number }[]> {
        const candidates = await store.fullText.similarTerms(db, term, limit);
        const docs = await repository.search.termDocs(candidates);
        return candidates.flatMap((t) => (docs.get(t)! > 0 ? [{ term: t, docs: docs.get(t)! }] : []));
      },

      rank(query: MatchQuery, now: Date, options: Omit<RankOptions, 'maxKey'>): Promise<number[]> {
        return store.fullText.rank(db, query, { ...options, maxKey: maxKeyAt(now) });
      },

      count(query: MatchQuery, now: Date, options: Omit<CountOptions, 'maxKey'>): Promise<number> {
        return store.fullText.count(db, query, { ...options, maxKey: maxKeyAt(now) });
      },

      /** The stories at these search keys, in that order, with the text snippets are cut from. */
      async stories(keys: number[], now: Date): Promise<(ArticleSummary & { text: string })[]> {
        if (!keys.length) return [];
        // Only published stories have keys up to now's (a draft has none): the key
        // bound is the publication rule here, and keeps the lookup on the key index.
        const rows = await db
          .selectFrom('articles')
          .select([...summaryColumns, 'articles.text', 'articles.search_key'])
          .where('articles.search_key', 'in', keys.filter((k) => k <= maxKeyAt(now)))
          .execute();
        const byKey = new Map(rows.map((r) => [Number(r.search_key), { ...toSummary(r), text: r.text }]));
        return keys.flatMap((k) => byKey.get(k) ?? []);
      },
    },
  };
  return repository;
}

export type Repository = ReturnType<typeof createRepository>;
