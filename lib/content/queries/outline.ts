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
      // One table, read in order: at 100,000 stories, joining each file to its
      // story row and parsing the story's JSON took 2-3 s of every publish.
      const rows = await db.selectFrom('content_files').select(['path', 'kind', 'record', 'hash', 'outline']).execute();
      return rows.map((r) => {
        const kind = r.kind as ContentOutline['kind'];
        const base = { file: r.path, kind, record: r.record, hash: r.hash };
        if (!r.outline) return base;
        if (kind === 'article' || kind === 'live')
          return { ...base, article: JSON.parse(r.outline) as ContentOutline['article'] };
        if (kind === 'liveEntry') return { ...base, entry: JSON.parse(r.outline) as ContentOutline['entry'] };
        return base;
      });
    },
  };
}
