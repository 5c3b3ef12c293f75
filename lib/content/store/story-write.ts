import { tagSlug } from '../tags';
import type { Article } from '../types';
import type { Db } from './documents';
import type { SearchDocument } from './full-text';
import type { Store } from './open';
import { articleRow, toArticle } from './rows';
import { countTerms, searchDocument, type Names, type Vocabulary } from './search-vocabulary';

/**
 * Writing stories (articles and live stories alike): a story's row, its
 * tags, byline, old addresses and search document go in and out together.
 */

/** A stored story's byline, in order. */
export async function storyAuthors(db: Db, id: number): Promise<string[]> {
  const rows = await db.selectFrom('article_authors').select('author').where('article_id', '=', id).orderBy('position').execute();
  return rows.map((r) => r.author);
}

/** Removes the story at `path` with everything that hangs off it; returns it as it was. */
export async function deleteStory(
  store: Store,
  db: Db,
  path: string,
  vocabulary: Vocabulary,
  n: Names,
): Promise<Article | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('path', '=', path).executeTakeFirst();
  if (!row) return undefined;
  if (row.search_key !== null) {
    const before = toArticle(row);
    countTerms(vocabulary, searchDocument(before, row.search_key, n, await storyAuthors(db, row.id)), -1);
    await store.fullText.remove(db, [row.search_key]);
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
      } else if (++w.tries >= 1000)
        throw new Error(`${articles[i]!.sourcePath}: a thousand stories share its publication millisecond.`);
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

/** Inserts stories (any state), with their tags, authors, aliases and search documents. */
export async function insertStories(store: Store, db: Db, articles: Article[], vocabulary: Vocabulary, n: Names): Promise<void> {
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
        countTerms(vocabulary, doc, 1);
        docs.push(doc);
      }
    }
    if (tags.length) await db.insertInto('article_tags').values(tags).execute();
    if (authors.length) await db.insertInto('article_authors').values(authors).execute();
    if (aliases.length) await db.insertInto('article_aliases').values(aliases).execute();
  }
  await store.fullText.add(db, docs);
}
