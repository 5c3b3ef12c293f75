import { sql } from 'kysely';
import { summaryColumns, toSummary, type SummaryRow } from '../store/rows';
import type { ArticleSummary } from '../types';
import { newestFirst, published, publishedLinks, type Db } from './sql';
import type { Store } from '../store/open';

/** Paged lists of published stories (sections, authors, tags) and what sitemaps and scheduling ask of the archive. */

export type Slice<T> = { items: T[]; total: number };
export type Range = { offset: number; limit: number };

export function listingQueries(db: Db, dialect: Store['dialect']) {
  type Stories = ReturnType<typeof stories>;
  const stories = () => db.selectFrom('articles');

  const countOf = async (query: { select: Stories['select'] }) =>
    Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  /** A page of `query`, newest first, and how many there are (`count`, where another query counts faster). */
  async function slice(query: Stories, range: Range, count = () => countOf(query)): Promise<Slice<ArticleSummary>> {
    const [rows, total] = await Promise.all([
      newestFirst(query.select(summaryColumns)).limit(range.limit).offset(range.offset).execute(),
      count(),
    ]);
    return { items: (rows as SummaryRow[]).map(toSummary), total };
  }

  const taggedWith = (slug: string) =>
    stories().where('articles.id', 'in', db.selectFrom('article_tags').select('article_id').where('slug', '=', slug));
  const writtenBy = (slug: string) =>
    stories().where('articles.id', 'in', db.selectFrom('article_authors').select('article_id').where('author', '=', slug));

  return {
    inSection(slug: string, now: Date, range: Range) {
      return slice(published(stories().where('articles.category', '=', slug), now), range);
    },

    byAuthor(slug: string, now: Date, range: Range) {
      return slice(published(writtenBy(slug), now), range);
    },

    withTag(slug: string, now: Date, range: Range) {
      // Counted from the tag's side: a common tag's page reads its 20 newest stories from the story index, but counting them that way probes every published story.
      return slice(published(taggedWith(slug), now), range, () =>
        countOf(publishedLinks(db, dialect, 'article_tags', now).where('article_tags.slug', '=', slug)),
      );
    },

    /** Stories published in [from, now], newest first (the news sitemap's window). */
    async publishedBetween(from: Date, now: Date, limit: number): Promise<ArticleSummary[]> {
      const rows = await newestFirst(
        published(stories().select(summaryColumns), now).where('articles.published_at', '>=', from.getTime()),
      )
        .limit(limit)
        .execute();
      return rows.map(toSummary);
    },

    async publishedCount(now: Date): Promise<number> {
      const row = await published(stories(), now)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Paths and modification times of published stories, newest first, for sitemaps. */
    async publishedPaths(now: Date, range: Range): Promise<{ path: string; modified: string }[]> {
      const rows = await newestFirst(published(stories().select(['articles.path', 'articles.modified_at']), now))
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
        published(stories(), now).select(max).executeTakeFirst(),
        published(stories(), now).select(['articles.category as key', max]).groupBy('articles.category').execute(),
        publishedLinks(db, dialect, 'article_authors', now)
          .select(['article_authors.author as key', max])
          .groupBy('article_authors.author')
          .execute(),
        publishedLinks(db, dialect, 'article_tags', now)
          .select(['article_tags.slug as key', max])
          .groupBy('article_tags.slug')
          .execute(),
      ]);
      const toMap = (rows: { key: string; m: number }[]) => new Map(rows.map((r) => [r.key, iso(r.m)!]));
      return { site: iso(site?.m ?? null), sections: toMap(sections), authors: toMap(authors), tags: toMap(tags) };
    },

    /** When the next scheduled (not yet published, not draft) story comes out, if any. */
    async nextScheduled(now: Date): Promise<Date | undefined> {
      const row = await stories()
        .select((eb) => eb.fn.min('published_at').as('at'))
        .where('draft', '=', 0)
        .where('published_at', '>', now.getTime())
        .executeTakeFirst();
      return row?.at ? new Date(Number(row.at)) : undefined;
    },
  };
}
