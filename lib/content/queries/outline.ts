import type { Article } from '../types';
import type { Db } from './sql';

/** What the publisher asks of the store itself: the outline of the files it was given, and its content version. */

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

/** What the cross-file checks need of a stored story (the lists come from its stored doc). */
function outlineOf(
  category: string,
  draft: number | null,
  publishedAt: number | null,
  doc: string | null,
): ContentOutline['article'] {
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

export function outlineQueries(db: Db) {
  return {
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

    /** Each file the store was given, with its content hash: what a publish compares with the scan. */
    async contentHashes(): Promise<Map<string, string>> {
      const rows = await db.selectFrom('content_files').select(['path', 'hash']).execute();
      return new Map(rows.map((r) => [r.path, r.hash]));
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
  };
}
