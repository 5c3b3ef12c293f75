import { toAuthor, toCategory } from '../store/rows';
import type { Author, Category } from '../types';
import { publishedLinks, type Db } from './sql';
import type { Store } from '../store/open';

/** What stories are filed under: sections, authors and tags. */

export type TagSummary = { tag: string; slug: string; count: number };

export function taxonomyQueries(db: Db, dialect: Store['dialect']) {
  return {
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

    /** A tag in use by a published story, named by its most used spelling. */
    async tag(slug: string, now: Date): Promise<TagSummary | undefined> {
      const rows = await publishedLinks(db, dialect, 'article_tags', now)
        .where('article_tags.slug', '=', slug)
        .select(['article_tags.label', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('article_tags.label')
        .execute();
      if (!rows.length) return undefined;
      const best = [...rows].sort((a, b) => Number(b.n) - Number(a.n) || a.label.localeCompare(b.label))[0]!;
      return { slug, tag: best.label, count: rows.reduce((n, r) => n + Number(r.n), 0) };
    },

    /** Tags in use, most used first (ties by slug), each named by its most used spelling. */
    async tags(now: Date, limit?: number): Promise<TagSummary[]> {
      const rows = await publishedLinks(db, dialect, 'article_tags', now)
        .select(['article_tags.slug', 'article_tags.label', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['article_tags.slug', 'article_tags.label'])
        .execute();
      const bySlug = new Map<string, { count: number; best: { label: string; n: number } }>();
      for (const r of rows) {
        const n = Number(r.n);
        const entry = bySlug.get(r.slug) ?? { count: 0, best: { label: r.label, n: 0 } };
        entry.count += n;
        if (n > entry.best.n || (n === entry.best.n && r.label.localeCompare(entry.best.label) < 0))
          entry.best = { label: r.label, n };
        bySlug.set(r.slug, entry);
      }
      const all = [...bySlug.entries()]
        .map(([slug, e]) => ({ slug, tag: e.best.label, count: e.count }))
        .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
      return limit === undefined ? all : all.slice(0, limit);
    },
  };
}
