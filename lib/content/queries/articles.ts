import { sql } from 'kysely';
import { routes } from '../../routes';
import { isPublished } from '../published';
import { summaryColumns, toArticle, toSummary, type SummaryRow } from '../store/rows';
import type { Article, ArticleSummary } from '../types';
import { newestFirst, published, publishedLinks, type Db } from './sql';
import type { Store } from '../store/open';

/** Single stories and short lists of them: a page's story, the newest, the related, the breaking one. */
export function articleQueries(db: Db, dialect: Store['dialect']) {
  const summaries = () => db.selectFrom('articles').select(summaryColumns);

  return {
    /**
     * A story readers may open: published by `now`, or, with `preview`
     * (an editor's signed preview link, or `npm run dev`), any story.
     */
    async article(category: string, slug: string, now: Date, options: { preview?: boolean } = {}): Promise<Article | undefined> {
      const row = await db
        .selectFrom('articles')
        .selectAll()
        .where('path', '=', routes.article({ category, slug }))
        .executeTakeFirst();
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
      const row = await publishedLinks(db, dialect, 'article_aliases', now)
        .where('article_aliases.path', '=', path)
        .select('articles.path')
        .executeTakeFirst();
      return row?.path;
    },

    /** Summaries of stories at these paths, in that order, published only. */
    async summaries(paths: string[], now: Date): Promise<ArticleSummary[]> {
      if (!paths.length) return [];
      const rows = await published(summaries(), now).where('articles.path', 'in', paths).execute();
      const byPath = new Map(rows.map((r) => [r.path, toSummary(r)]));
      return paths.flatMap((p) => byPath.get(p) ?? []);
    },

    async latest(limit: number, now: Date): Promise<ArticleSummary[]> {
      const rows = await newestFirst(published(summaries(), now)).limit(limit).execute();
      return rows.map(toSummary);
    },

    /**
     * The story the site-wide breaking-news banner links to at `now`: the
     * newest published one whose `breakingUntil` has not passed.
     */
    async breakingNews(now: Date): Promise<ArticleSummary | undefined> {
      // Every page asks, so this must read only the few breaking stories (the
      // partial index articles_breaking). The publication rule is written with
      // SQLite's unary "+", which keeps its planner from walking the
      // publication index instead, through every story when none is breaking:
      // 260 ms a page at 100,000 (docs/performance.md). PostgreSQL reads "+x" as x.
      const row = await newestFirst(summaries())
        .where('articles.breaking_until', '>', now.getTime())
        .where(sql`+articles.draft`, '=', 0)
        .where(sql`+articles.published_at`, '<=', now.getTime())
        .limit(1)
        .executeTakeFirst();
      return row && toSummary(row);
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
        // Ranked by id alone, then only the chosen few read whole: grouping
        // the cards' JSON of every story that shares a common tag took about
        // a second at 100,000 stories (docs/performance.md).
        const ranked = await publishedLinks(db, dialect, 'article_tags', now)
          .where(
            'article_tags.slug',
            'in',
            tagSlugs.map((t) => t.slug),
          )
          .where('articles.path', '!=', article.path)
          .select(['articles.id', (eb) => eb.fn.countAll<number>().as('tags_in_common')])
          .groupBy('articles.id')
          .orderBy('tags_in_common', 'desc')
          .orderBy(sql`CASE WHEN articles.category = ${article.category} THEN 0 ELSE 1 END`)
          .orderBy('articles.published_at', 'desc')
          .orderBy('articles.slug', 'asc')
          .limit(limit)
          .execute();
        const ids = ranked.map((r) => Number(r.id));
        const rows = ids.length ? await summaries().where('articles.id', 'in', ids).execute() : [];
        const byId = new Map((rows as SummaryRow[]).map((r) => [Number(r.id), r]));
        chosen.push(...ids.flatMap((id) => (byId.has(id) ? [toSummary(byId.get(id)!)] : [])));
      }
      for (const sameSection of [true, false]) {
        if (chosen.length >= limit) break;
        const skip = [article.path, ...chosen.map((a) => a.path)];
        let query = published(summaries(), now).where('articles.path', 'not in', skip);
        query = query.where('articles.category', sameSection ? '=' : '!=', article.category);
        const rows = await newestFirst(query)
          .limit(limit - chosen.length)
          .execute();
        chosen.push(...rows.map(toSummary));
      }
      return chosen;
    },
  };
}
