import { sql, type Transaction } from 'kysely';
import type { Article, LiveEntry } from '../types';
import { isStory, recordFiles, type ContentDocument } from './documents';
import { insertLiveEntries, refreshLiveStories } from './live-write';
import type { Store } from './open';
import type { StoreSchema } from './schema';
import { authorRow, categoryRow } from './rows';
import { applyVocabulary, names, type Vocabulary } from './search-vocabulary';
import { insertStories } from './story-write';

/**
 * Replaces everything in the store with these documents (`npm run build`, and
 * tests), in one transaction: readers see the old content until the new is
 * complete. Documents come in batches so a large archive is never held
 * whole, and may still be arriving (`content:load --build`); sections and
 * authors must come before the stories that name them, and live stories
 * before their entries (entries are stored last).
 */
export async function loadDocuments(
  store: Store,
  batches: Iterable<ContentDocument[]> | AsyncIterable<ContentDocument[]>,
): Promise<{ articles: number }> {
  const pending = Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : batches[Symbol.iterator]();
  // The write lock is taken once there is something to load: a content build
  // still typing its first shard (`content:load --build`) holds none, so a
  // publish or a live post meanwhile is not kept waiting.
  let next = await pending.next();
  try {
    return await store.db.transaction().execute(async (tx) => {
      await clearContent(store, tx);
      const vocabulary: Vocabulary = new Map();
      let articles = 0;
      const entries: LiveEntry[] = [];
      const liveStories: string[] = [];
      for (; !next.done; next = await pending.next()) {
        const docs = next.value;
        for (const d of docs) {
          if (d.kind === 'category') await tx.insertInto('categories').values(categoryRow(d.value, d.file)).execute();
          if (d.kind === 'author') await tx.insertInto('authors').values(authorRow(d.value, d.file)).execute();
          if (d.kind === 'liveEntry') entries.push(d.value);
          if (d.kind === 'live') liveStories.push(d.value.slug);
        }
        const batch = docs.filter(isStory).map((d): Article => d.value);
        if (batch.length) await insertStories(store, tx, batch, vocabulary, await names(tx));
        articles += batch.length;
        await recordFiles(tx, docs);
      }
      await insertLiveEntries(tx, entries);
      await refreshLiveStories(tx, liveStories);
      await applyVocabulary(store, tx, vocabulary);
      await store.fullText.optimize(tx);
      return { articles };
    });
  } finally {
    // Stopped early (a failed insert): the batches' source stops too (a content build is stopped).
    if (!next.done) await pending.return?.();
  }
}

/** Empties every table the content fills, the search indexes with them. */
async function clearContent(store: Store, tx: Transaction<StoreSchema>): Promise<void> {
  for (const table of [
    'article_tags',
    'article_authors',
    'article_aliases',
    'live_entries',
    'articles',
    'authors',
    'categories',
    'content_files',
    'search_terms',
  ] as const)
    await tx.deleteFrom(table).execute();
  if (store.dialect === 'sqlite') {
    for (const table of ['search_fts', 'search_head'])
      await sql.raw(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`).execute(tx);
    await sql`DELETE FROM search_terms_trigram`.execute(tx);
  } else await sql`DELETE FROM search_docs`.execute(tx);
}
