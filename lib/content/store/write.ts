import { sql, type Kysely, type Transaction } from 'kysely';
import { searchWords } from '../../search/text';
import { tagSlug } from '../tags';
import type { Article, Author, Category, LiveEntry, LiveStory } from '../types';
import type { SearchDocument } from './full-text';
import { deleteLiveEntry, insertLiveEntries, refreshLiveStories, upsertLiveEntries, type StoredLiveStory } from './live-write';
import { entryRecord, parseEntryRecord } from './live-rows';
import type { Store } from './open';
import { articleRow, authorRow, categoryRow, toArticle } from './rows';
import type { StoreSchema } from './schema';

/**
 * Writing content into the store: a whole archive at build time
 * (`loadDocuments`), or the files that changed since the last publish
 * (`applyChange`). Either way one transaction: readers see the old content or
 * the new, never half of a publish.
 */

export type ContentDocument =
  | { kind: 'article'; file: string; hash: string; value: Article }
  | { kind: 'author'; file: string; hash: string; value: Author }
  | { kind: 'category'; file: string; hash: string; value: Category }
  | { kind: 'live'; file: string; hash: string; value: LiveStory }
  | { kind: 'liveEntry'; file: string; hash: string; value: LiveEntry };

/** Kinds stored as rows of `articles`: a live story is listed like any story. */
type StoryDocument = Extract<ContentDocument, { kind: 'article' | 'live' }>;
const isStory = (d: ContentDocument): d is StoryDocument => d.kind === 'article' || d.kind === 'live';
const isStoryKind = (kind: string) => kind === 'article' || kind === 'live';

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

type Db = Kysely<StoreSchema> | Transaction<StoreSchema>;

/** The distinct search words of a text (several fields of one article). */
function termsOf(doc: SearchDocument): Set<string> {
  const terms = new Set<string>();
  for (const field of [doc.title, doc.tags, doc.summary, doc.authors, doc.category, doc.body])
    for (const word of field.split(' ')) if (word) terms.add(word);
  return terms;
}

type Names = { authors: Map<string, string>; categories: Map<string, string> };

function searchDocument(article: Article, key: number, names: Names, authors: string[]): SearchDocument {
  return {
    key,
    title: searchWords(article.title),
    tags: searchWords(article.tags.join(' ')),
    summary: searchWords(article.summary),
    authors: searchWords(authors.map((a) => names.authors.get(a) ?? '').join(' ')),
    category: searchWords(names.categories.get(article.category) ?? ''),
    section: article.category,
    body: searchWords(article.text),
  };
}

async function names(db: Db): Promise<Names> {
  const [authors, categories] = await Promise.all([
    db.selectFrom('authors').select(['slug', 'name']).execute(),
    db.selectFrom('categories').select(['slug', 'title']).execute(),
  ]);
  return {
    authors: new Map(authors.map((a) => [a.slug, a.name])),
    categories: new Map(categories.map((c) => [c.slug, c.title])),
  };
}

/** Term → change in the number of indexed articles holding it. */
type Vocabulary = Map<string, number>;

function count(vocabulary: Vocabulary, doc: SearchDocument, delta: 1 | -1) {
  for (const term of termsOf(doc)) vocabulary.set(term, (vocabulary.get(term) ?? 0) + delta);
}

async function applyVocabulary(store: Store, db: Db, vocabulary: Vocabulary): Promise<void> {
  const changes = [...vocabulary].filter(([, delta]) => delta !== 0);
  if (!changes.length) return;
  const known = new Map<string, number>();
  for (let i = 0; i < changes.length; i += 500) {
    const slice = changes.slice(i, i + 500).map(([t]) => t);
    for (const row of await db.selectFrom('search_terms').select(['term', 'docs']).where('term', 'in', slice).execute())
      known.set(row.term, row.docs);
  }
  const fresh: string[] = [];
  const rows = changes.map(([term, delta]) => {
    const before = known.get(term);
    if (before === undefined && delta > 0) fresh.push(term);
    return { term, docs: Math.max(0, (before ?? 0) + delta) };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('search_terms')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('term').doUpdateSet({ docs: (eb) => eb.ref('excluded.docs') }))
      .execute();
  // Words no longer in any article stop being suggested as corrections.
  const gone = rows.filter((r) => r.docs <= 0).map((r) => r.term);
  for (let i = 0; i < gone.length; i += 500) await db.deleteFrom('search_terms').where('term', 'in', gone.slice(i, i + 500)).execute();
  await store.fullText.removeTerms(db as Kysely<StoreSchema>, gone);
  await store.fullText.addTerms(db as Kysely<StoreSchema>, fresh);
}

async function articleAuthors(db: Db, id: number): Promise<string[]> {
  const rows = await db.selectFrom('article_authors').select('author').where('article_id', '=', id).orderBy('position').execute();
  return rows.map((r) => r.author);
}

async function deleteArticle(store: Store, db: Db, path: string, vocabulary: Vocabulary, n: Names): Promise<Article | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('path', '=', path).executeTakeFirst();
  if (!row) return undefined;
  if (row.search_key !== null) {
    const before = toArticle(row);
    count(vocabulary, searchDocument(before, row.search_key, n, await articleAuthors(db, row.id)), -1);
    await store.fullText.remove(db as Kysely<StoreSchema>, [row.search_key]);
  }
  await db.deleteFrom('article_tags').where('article_id', '=', row.id).execute();
  await db.deleteFrom('article_authors').where('article_id', '=', row.id).execute();
  await db.deleteFrom('article_aliases').where('article_id', '=', row.id).execute();
  await db.deleteFrom('articles').where('id', '=', row.id).execute();
  return toArticle(row);
}

/**
 * Search keys for a batch of stories: publication time in ms × 1000 plus an
 * offset, so key order is date order. Stories published in the same
 * millisecond get different offsets: each starts from a hash of its path and
 * moves on past any key already taken, in the store or in this batch.
 */
async function searchKeys(db: Db, articles: Article[]): Promise<number[]> {
  const wanted = articles.map((a) => ({ base: Date.parse(a.date) * 1000, offset: pathOffset(a.path), tries: 0 }));
  const keys: number[] = new Array(articles.length);
  const taken = new Set<number>();
  let pending = wanted.map((_, i) => i);
  while (pending.length) {
    const candidates = pending.map((i) => wanted[i]!.base + wanted[i]!.offset);
    const existing = new Set(
      (await db.selectFrom('articles').select('search_key').where('search_key', 'in', candidates).execute()).map((r) =>
        Number(r.search_key),
      ),
    );
    const retry: number[] = [];
    for (const i of pending) {
      const w = wanted[i]!;
      const key = w.base + w.offset;
      if (!existing.has(key) && !taken.has(key)) {
        taken.add(key);
        keys[i] = key;
      } else if (++w.tries >= 1000) throw new Error(`${articles[i]!.sourcePath}: a thousand stories share its publication millisecond.`);
      else {
        w.offset = (w.offset + 1) % 1000;
        retry.push(i);
      }
    }
    pending = retry;
  }
  return keys;
}

function pathOffset(path: string): number {
  let h = 0;
  for (let i = 0; i < path.length; i++) h = (h * 31 + path.charCodeAt(i)) >>> 0;
  return h % 1000;
}

/** Inserts articles (any state), with their tags, authors and search documents. */
async function insertArticles(store: Store, db: Db, articles: Article[], vocabulary: Vocabulary, n: Names): Promise<void> {
  const docs: SearchDocument[] = [];
  for (let i = 0; i < articles.length; i += 200) {
    const batch = articles.slice(i, i + 200);
    const published = batch.filter((a) => !a.draft);
    const keys = new Map(published.map((a, j) => [a, j]));
    const publishedKeys = await searchKeys(db, published);
    const keyOf = (a: Article) => (a.draft ? null : publishedKeys[keys.get(a)!]!);
    const ids = await db
      .insertInto('articles')
      .values(batch.map((a) => ({ ...articleRow(a), search_key: keyOf(a) })))
      .returning('id')
      .execute();
    const tags: { article_id: number; slug: string; label: string }[] = [];
    const authors: { article_id: number; author: string; position: number }[] = [];
    const aliases: { path: string; article_id: number }[] = [];
    for (const [j, article] of batch.entries()) {
      const id = ids[j]!.id;
      const seen = new Set<string>();
      for (const label of article.tags) {
        const slug = tagSlug(label);
        if (slug && !seen.has(slug)) tags.push({ article_id: id, slug, label });
        seen.add(slug);
      }
      article.authors.forEach((author, position) => authors.push({ article_id: id, author, position }));
      for (const path of article.aliases) aliases.push({ path, article_id: id });
      const key = keyOf(article);
      if (key !== null) {
        const doc = searchDocument(article, key, n, article.authors);
        count(vocabulary, doc, 1);
        docs.push(doc);
      }
    }
    if (tags.length) await db.insertInto('article_tags').values(tags).execute();
    if (authors.length) await db.insertInto('article_authors').values(authors).execute();
    if (aliases.length) await db.insertInto('article_aliases').values(aliases).execute();
  }
  await store.fullText.add(db as Kysely<StoreSchema>, docs);
}

async function recordFiles(db: Db, docs: ContentDocument[]): Promise<void> {
  const record = (d: ContentDocument) => (isStory(d) ? d.value.path : d.kind === 'liveEntry' ? entryRecord(d.value) : d.value.slug);
  const rows = docs.map((d) => ({ path: d.file, hash: d.hash, kind: d.kind, record: record(d) }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('content_files')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.column('path').doUpdateSet({
          hash: (eb) => eb.ref('excluded.hash'),
          kind: (eb) => eb.ref('excluded.kind'),
          record: (eb) => eb.ref('excluded.record'),
        }),
      )
      .execute();
}

/** How long the revalidation log keeps a publish: far longer than any cached page lives (a day). */
const LOG_DAYS = 7;

/**
 * Records the cache tags a publish revalidates, in its own transaction, and
 * on PostgreSQL notifies every instance (lib/cache/revalidation-log.mjs).
 */
export async function recordRevalidation(store: Store, db: Db, tags: string[], at: number): Promise<void> {
  if (!tags.length) return;
  const row = await db.insertInto('revalidations').values({ tags: JSON.stringify(tags), created_at: at }).returning('id').executeTakeFirstOrThrow();
  await db.deleteFrom('revalidations').where('created_at', '<', at - LOG_DAYS * 86_400_000).execute();
  if (store.dialect === 'postgres') await sql`SELECT pg_notify('lantern_revalidate', ${String(row.id)})`.execute(db);
}

export type ApplyOptions = {
  /** The cache tags the change revalidates, logged with it in the same transaction. */
  revalidate?: (applied: AppliedChange) => string[];
  now?: Date;
};

/**
 * Applies the files that changed since the last publish. Authors and sections
 * go first, so articles are indexed under their new names; an author or
 * section whose name changed has its articles' search documents rebuilt.
 */
export async function applyChange(store: Store, change: ContentChange, options: ApplyOptions = {}): Promise<AppliedChange & { tags: string[] }> {
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
        const gone = await deleteArticle(store, tx, file.record, vocabulary, before);
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
      const old = previous ? await deleteArticle(store, tx, previous.record, vocabulary, before) : undefined;
      // A renamed file may take over the path another file left in this same change.
      const displaced =
        previous?.record !== doc.value.path ? await deleteArticle(store, tx, doc.value.path, vocabulary, before) : undefined;
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
    await insertArticles(
      store,
      tx,
      articles.map((d) => d.value),
      vocabulary,
      after,
    );
    for (const gone of removedArticles.values()) applied.articles.push({ before: gone });
    const entries = change.upsert.filter((d): d is Extract<ContentDocument, { kind: 'liveEntry' }> => d.kind === 'liveEntry');
    applied.liveEntries.push(...(await upsertLiveEntries(tx, entries.map((d) => d.value))));
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
    const authors = await articleAuthors(tx, row.id);
    const key = row.search_key!;
    count(vocabulary, searchDocument(article, key, before, authors), -1);
    const doc = searchDocument(article, key, after, authors);
    count(vocabulary, doc, 1);
    await store.fullText.remove(tx as Kysely<StoreSchema>, [key]);
    await store.fullText.add(tx as Kysely<StoreSchema>, [doc]);
  }
}

/**
 * Replaces everything in the store with these documents (`npm run build`, and
 * tests), in one transaction: readers see the old content until the new is
 * complete. Documents come in batches so a large archive is never held
 * whole; sections and authors must come before the stories that name them,
 * and live stories before their entries (entries are stored last).
 */
export async function loadDocuments(store: Store, batches: Iterable<ContentDocument[]>): Promise<{ articles: number }> {
  return store.db.transaction().execute(async (tx) => {
    for (const table of ['article_tags', 'article_authors', 'article_aliases', 'live_entries', 'articles', 'authors', 'categories', 'content_files', 'search_terms'] as const)
      await tx.deleteFrom(table).execute();
    if (store.dialect === 'sqlite')
      for (const table of ['search_fts', 'search_head']) await sql.raw(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`).execute(tx);
    else await sql`DELETE FROM search_docs`.execute(tx);
    if (store.dialect === 'sqlite') await sql`DELETE FROM search_terms_trigram`.execute(tx);
    const vocabulary: Vocabulary = new Map();
    let articles = 0;
    const entries: LiveEntry[] = [];
    const liveStories: string[] = [];
    for (const docs of batches) {
      for (const d of docs) {
        if (d.kind === 'category') await tx.insertInto('categories').values(categoryRow(d.value, d.file)).execute();
        if (d.kind === 'author') await tx.insertInto('authors').values(authorRow(d.value, d.file)).execute();
        if (d.kind === 'liveEntry') entries.push(d.value);
        if (d.kind === 'live') liveStories.push(d.value.slug);
      }
      const batch = docs.filter(isStory).map((d): Article => d.value);
      if (batch.length) await insertArticles(store, tx, batch, vocabulary, await names(tx));
      articles += batch.length;
      await recordFiles(tx, docs);
    }
    await insertLiveEntries(tx, entries);
    await refreshLiveStories(tx, liveStories);
    await applyVocabulary(store, tx, vocabulary);
    return { articles };
  });
}
