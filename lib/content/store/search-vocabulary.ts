import { searchWords } from '../../search/text';
import type { Article } from '../types';
import type { Db } from './documents';
import type { SearchDocument } from './full-text';
import type { Store } from './open';

/**
 * A story's search document, and the vocabulary: how many indexed stories
 * hold each word (`search_terms`), which prefix completion and typo
 * correction draw on. Every write counts the words it adds and removes, and
 * applies the sum once, at the end of its transaction.
 */

/** The names a story's document is indexed under: its authors' and its section's. */
export type Names = { authors: Map<string, string>; categories: Map<string, string> };

export async function names(db: Db): Promise<Names> {
  const [authors, categories] = await Promise.all([
    db.selectFrom('authors').select(['slug', 'name']).execute(),
    db.selectFrom('categories').select(['slug', 'title']).execute(),
  ]);
  return {
    authors: new Map(authors.map((a) => [a.slug, a.name])),
    categories: new Map(categories.map((c) => [c.slug, c.title])),
  };
}

export function searchDocument(article: Article, key: number, names: Names, authors: string[]): SearchDocument {
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

/** The distinct search words of a document (several fields of one article). */
function termsOf(doc: SearchDocument): Set<string> {
  const terms = new Set<string>();
  for (const field of [doc.title, doc.tags, doc.summary, doc.authors, doc.category, doc.body])
    for (const word of field.split(' ')) if (word) terms.add(word);
  return terms;
}

/** Term → change in the number of indexed articles holding it. */
export type Vocabulary = Map<string, number>;

/** Counts a document's words in (+1, indexed) or out (-1, removed from the index). */
export function countTerms(vocabulary: Vocabulary, doc: SearchDocument, delta: 1 | -1) {
  for (const term of termsOf(doc)) vocabulary.set(term, (vocabulary.get(term) ?? 0) + delta);
}

/** Writes the counted changes to `search_terms` and the typo index. */
export async function applyVocabulary(store: Store, db: Db, vocabulary: Vocabulary): Promise<void> {
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
  for (let i = 0; i < gone.length; i += 500)
    await db
      .deleteFrom('search_terms')
      .where('term', 'in', gone.slice(i, i + 500))
      .execute();
  await store.fullText.removeTerms(db, gone);
  await store.fullText.addTerms(db, fresh);
}
