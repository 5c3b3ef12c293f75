import { sql } from 'kysely';
import type { Article, LiveEntry } from '../types';
import { isStory, isStoryKind, recordFiles, type ContentDocument, type Db } from './documents';
import { deleteLiveEntry, refreshLiveStories, upsertLiveEntries, type StoredLiveStory } from './live-write';
import { parseEntryRecord } from './live-rows';
import type { Store } from './open';
import { authorRow, categoryRow, toArticle } from './rows';
import { applyVocabulary, countTerms, names, searchDocument, type Names, type Vocabulary } from './search-vocabulary';
import { deleteStory, insertStories, storyAuthors } from './story-write';

/**
 * Publishing a change: the files that changed since the last publish
 * (`applyChange`), in one transaction with the cache tags it revalidates, so
 * readers see the old content or the new, never half of a publish. The
 * whole archive is loaded by ./load.ts; both write stories through
 * ./story-write.ts.
 */

export type ContentChange = {
  /** New or changed documents. */
  upsert: ContentDocument[];
  /** Source files that are gone (deleted or renamed away). */
  remove: string[];
};

/** What a change did, for working out which pages to revalidate (lib/publish/tags.ts). */
export type AppliedChange = {
  /** Stories, live stories included. */
  articles: { before?: Article; after?: Article }[];
  authors: string[];
  categories: string[];
  /** Live entries added, changed or removed. */
  liveEntries: { before?: LiveEntry; after?: LiveEntry }[];
  /** The live stories whose entries changed, as now stored. */
  liveStories: StoredLiveStory[];
};

/** How long the revalidation log keeps a publish: far longer than any cached page lives (a day). */
const LOG_DAYS = 7;

/**
 * Records the cache tags a publish revalidates, in its own transaction, and
 * on PostgreSQL notifies every instance (lib/cache/revalidation-log.mjs).
 */
export async function recordRevalidation(store: Store, db: Db, tags: string[], at: number): Promise<void> {
  if (!tags.length) return;
  const row = await db
    .insertInto('revalidations')
    .values({ tags: JSON.stringify(tags), created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .deleteFrom('revalidations')
    .where('created_at', '<', at - LOG_DAYS * 86_400_000)
    .execute();
  if (store.dialect === 'postgres') await sql`SELECT pg_notify('lantern_revalidate', ${String(row.id)})`.execute(db);
}

type ApplyOptions = {
  /** The cache tags the change revalidates, logged with it in the same transaction. */
  revalidate?: (applied: AppliedChange) => string[];
  now?: Date;
};

/**
 * Applies the files that changed since the last publish. Authors and sections
 * go first, so articles are indexed under their new names; an author or
 * section whose name changed has its articles' search documents rebuilt.
 */
export async function applyChange(
  store: Store,
  change: ContentChange,
  options: ApplyOptions = {},
): Promise<AppliedChange & { tags: string[] }> {
  return store.db.transaction().execute(async (tx) => {
    const applied: AppliedChange = { articles: [], authors: [], categories: [], liveEntries: [], liveStories: [] };
    const touchedStories = new Set<string>();
    const vocabulary: Vocabulary = new Map();
    const before = await names(tx);
    const removed = change.remove.length
      ? await tx.selectFrom('content_files').selectAll().where('path', 'in', change.remove).execute()
      : [];
    const removedArticles = new Map<string, Article>();
    for (const file of removed) {
      if (isStoryKind(file.kind)) {
        const gone = await deleteStory(store, tx, file.record, vocabulary, before);
        if (gone) removedArticles.set(gone.sourcePath, gone);
      } else if (file.kind === 'liveEntry') {
        const { story, id } = parseEntryRecord(file.record);
        const gone = await deleteLiveEntry(tx, story, id);
        if (gone) applied.liveEntries.push({ before: gone });
        touchedStories.add(story);
      } else if (file.kind === 'author') {
        await tx.deleteFrom('authors').where('slug', '=', file.record).execute();
        applied.authors.push(file.record);
      } else {
        await tx.deleteFrom('categories').where('slug', '=', file.record).execute();
        applied.categories.push(file.record);
      }
    }
    if (removed.length) await tx.deleteFrom('content_files').where('path', 'in', change.remove).execute();

    // Old versions of changed stories leave the index under the names they were indexed with.
    const articles = change.upsert.filter(isStory);
    for (const doc of articles) {
      // The file may have held another path before (its section changed).
      const previous = await tx.selectFrom('content_files').select('record').where('path', '=', doc.file).executeTakeFirst();
      const old = previous ? await deleteStory(store, tx, previous.record, vocabulary, before) : undefined;
      // A renamed file may take over the path another file left in this same change.
      const displaced =
        previous?.record !== doc.value.path ? await deleteStory(store, tx, doc.value.path, vocabulary, before) : undefined;
      applied.articles.push({ before: old ?? removedArticles.get(doc.file) ?? displaced, after: doc.value });
      removedArticles.delete(doc.file);
    }

    const renamed = new Set<string>();
    for (const doc of change.upsert) {
      if (doc.kind === 'author') {
        await tx
          .insertInto('authors')
          .values(authorRow(doc.value, doc.file))
          .onConflict((oc) => oc.column('slug').doUpdateSet(authorRow(doc.value, doc.file)))
          .execute();
        applied.authors.push(doc.value.slug);
        if (before.authors.get(doc.value.slug) !== doc.value.name) renamed.add(`author:${doc.value.slug}`);
      } else if (doc.kind === 'category') {
        await tx
          .insertInto('categories')
          .values(categoryRow(doc.value, doc.file))
          .onConflict((oc) => oc.column('slug').doUpdateSet(categoryRow(doc.value, doc.file)))
          .execute();
        applied.categories.push(doc.value.slug);
        if (before.categories.get(doc.value.slug) !== doc.value.title) renamed.add(`category:${doc.value.slug}`);
      }
    }
    // Unchanged stories of a renamed author or section are indexed again under the new name;
    // the changed ones are not in the index now, and go in under it below.
    const after = await names(tx);
    if (renamed.size) await reindexRenamed(store, tx, renamed, before, after, vocabulary);
    await insertStories(
      store,
      tx,
      articles.map((d) => d.value),
      vocabulary,
      after,
    );
    for (const gone of removedArticles.values()) applied.articles.push({ before: gone });
    const entries = change.upsert.filter((d): d is Extract<ContentDocument, { kind: 'liveEntry' }> => d.kind === 'liveEntry');
    applied.liveEntries.push(
      ...(await upsertLiveEntries(
        tx,
        entries.map((d) => d.value),
      )),
    );
    for (const d of entries) touchedStories.add(d.value.story);
    // A story file rewritten from its file starts with an empty live state.
    const storySlugs = articles.flatMap((d) => (d.kind === 'live' ? [d.value.slug] : []));
    const refreshed = await refreshLiveStories(tx, [...touchedStories, ...storySlugs]);
    applied.liveStories = refreshed.filter((s) => touchedStories.has(s.slug));
    await recordFiles(tx, change.upsert);
    await applyVocabulary(store, tx, vocabulary);
    const tags = options.revalidate?.(applied) ?? [];
    await recordRevalidation(store, tx, tags, (options.now ?? new Date()).getTime());
    return { ...applied, tags };
  });
}

/** Rebuilds the search documents of articles whose author or section was renamed. */
async function reindexRenamed(store: Store, tx: Db, renamed: Set<string>, before: Names, after: Names, vocabulary: Vocabulary) {
  const authorSlugs = [...renamed].filter((r) => r.startsWith('author:')).map((r) => r.slice(7));
  const categorySlugs = [...renamed].filter((r) => r.startsWith('category:')).map((r) => r.slice(9));
  let query = tx.selectFrom('articles').selectAll().where('search_key', 'is not', null);
  query = query.where((eb) =>
    eb.or([
      ...(categorySlugs.length ? [eb('category', 'in', categorySlugs)] : []),
      ...(authorSlugs.length
        ? [eb('id', 'in', eb.selectFrom('article_authors').select('article_id').where('author', 'in', authorSlugs))]
        : []),
    ]),
  );
  for (const row of await query.execute()) {
    const article = toArticle(row);
    const authors = await storyAuthors(tx, row.id);
    const key = row.search_key!;
    countTerms(vocabulary, searchDocument(article, key, before, authors), -1);
    const doc = searchDocument(article, key, after, authors);
    countTerms(vocabulary, doc, 1);
    await store.fullText.remove(tx, [key]);
    await store.fullText.add(tx, [doc]);
  }
}
