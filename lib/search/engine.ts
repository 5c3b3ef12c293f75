import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Article, Author, Category } from '@/lib/content/types';
import { normalizeQuery } from './params';
import { highlight, snippet, type Segment } from './snippet';
import { normalizeTerm, queryTerms, tokenize } from './text';

/**
 * Full-text search over published articles, as pure functions: build an index
 * from articles once, then query it. Ranking is MiniSearch's BM25 with field
 * boosts; this module only chooses the options, breaks exact ties by recency,
 * filters, pages and cuts snippets.
 */

/**
 * How much a match in each field counts. The steps are wide enough that a
 * title match outranks a summary match, which outranks a body match, whatever
 * the lengths of the fields (tests/search.test.ts holds this).
 */
export const FIELD_BOOST = { title: 12, tags: 6, summary: 4, author: 2, category: 2, text: 1 } as const;
type Field = keyof typeof FIELD_BOOST;
const FIELDS = Object.keys(FIELD_BOOST) as Field[];

export const DEFAULT_PAGE_SIZE = 12;
export const MAX_SUGGESTIONS = 6;

type Doc = {
  id: number;
  article: Article;
  category: { slug: string; title: string; path: string };
  authorName: string;
  time: number;
};

export type SearchIndex = {
  mini: MiniSearch<Doc>;
  docs: Doc[];
  /** Every term in the index: words it knows need no typo or prefix expansion. */
  vocabulary: ReadonlySet<string>;
  /** MiniSearch options for results and for suggestions, made once per index. */
  plans: { search: Plan[]; suggest: Plan[] };
  categories: { slug: string; title: string; path: string }[];
};

export type SearchHit = {
  path: string;
  title: string;
  /** The title with matched words flagged. */
  titleSegments: Segment[];
  date: string;
  category: { slug: string; title: string; path: string };
  /** A window of the summary or body around the matches, matched words flagged. */
  snippet: Segment[];
  score: number;
};

export type Facet = { slug: string; title: string; path: string; count: number };

export type SearchResponse = {
  /** The query as searched: trimmed, whitespace collapsed, length capped. */
  q: string;
  /** Its search terms, normalised; empty when it has no searchable word. */
  terms: string[];
  /** The section filter applied, if the requested one exists. */
  category?: string;
  /** "all": every result has every term; "any": no result had them all, so results have some. */
  mode: 'none' | 'all' | 'any';
  results: SearchHit[];
  /** Results in the current section filter. */
  total: number;
  /** Results in every section. */
  totalAll: number;
  page: number;
  pageSize: number;
  totalPages: number;
  /** Every section, in order, with its number of results. */
  facets: Facet[];
};

export type Suggestion = { title: string; path: string; category: string };

function extractField(doc: Doc, field: string): string | number {
  switch (field) {
    case 'id':
      return doc.id;
    case 'title':
      return doc.article.title;
    case 'summary':
      return doc.article.summary;
    case 'text':
      return doc.article.text;
    case 'tags':
      return doc.article.tags.join(' ');
    case 'category':
      return doc.category.title;
    case 'author':
      return doc.authorName;
    default:
      return '';
  }
}

/**
 * How each query word matches, decided per word:
 * - a word the index knows matches exactly, plus (for the last word, which
 *   the reader may still be typing) as the start of longer words;
 * - a word it does not know is a fragment or a typo: it matches as the start
 *   of a word from 3 letters ("syr" → Syria), and with one typo forgiven from
 *   5 letters, two from 8 ("hollnde" → Hollande).
 * Exact matches always outscore prefix and fuzzy ones (MiniSearch weighs
 * those down), and common words never pay for expansions they do not need.
 * Every word must match; when no article has them all, any word may.
 */
const MIN_PREFIX = 3;
type Plan = { options: SearchOptions; mode: 'all' | 'any' };

function plans(vocabulary: ReadonlySet<string>, suggesting: boolean): Plan[] {
  const prefix = (term: string, i: number, terms: string[]) =>
    i === terms.length - 1 ? term.length >= (suggesting ? 2 : MIN_PREFIX) : term.length >= MIN_PREFIX && !vocabulary.has(term);
  const fuzzy = (term: string) => (term.length >= 5 && !vocabulary.has(term) ? 0.2 : false);
  // Suggestions name articles: they come from everything but the body, which keeps them fast.
  const fields = suggesting ? FIELDS.filter((f) => f !== 'text') : FIELDS;
  return [
    { options: { fields, prefix, fuzzy, combineWith: 'AND' }, mode: 'all' },
    { options: { fields, prefix, fuzzy, combineWith: 'OR' }, mode: 'any' },
  ];
}

/**
 * Indexes `articles`, which the caller has already filtered to the published
 * ones (lib/search/site.ts feeds it the repository's published list).
 */
export function buildIndex(
  articles: readonly Article[],
  categories: readonly Category[],
  authors: readonly Author[],
): SearchIndex {
  const categoryBySlug = new Map(categories.map((c) => [c.slug, { slug: c.slug, title: c.title, path: c.path }]));
  const authorNames = new Map(authors.map((a) => [a.slug, a.name]));
  const docs: Doc[] = articles.map((article, id) => ({
    id,
    article,
    category: categoryBySlug.get(article.category) ?? {
      slug: article.category,
      title: article.category,
      path: `/${article.category}`,
    },
    authorName: authorNames.get(article.author) ?? '',
    time: Date.parse(article.date),
  }));
  const vocabulary = new Set<string>();
  const mini = new MiniSearch<Doc>({
    idField: 'id',
    fields: FIELDS,
    extractField,
    tokenize: (text) => tokenize(text),
    // Indexing also records the vocabulary; queries normalise without recording.
    processTerm: (word) => {
      const term = normalizeTerm(word);
      if (term !== null) vocabulary.add(term);
      return term;
    },
    searchOptions: { boost: { ...FIELD_BOOST }, maxFuzzy: 2, processTerm: (word) => normalizeTerm(word) },
  });
  mini.addAll(docs);
  return {
    mini,
    docs,
    vocabulary,
    categories: [...categoryBySlug.values()],
    plans: { search: plans(vocabulary, false), suggest: plans(vocabulary, true) },
  };
}

/**
 * Matches for `q`, best first: MiniSearch's score, then the newer article for
 * scores that tie.
 */
function rank(index: SearchIndex, q: string, suggesting: boolean): { ranked: SearchResult[]; mode: 'all' | 'any' } {
  const multiWord = queryTerms(q).length > 1;
  let ranked: SearchResult[] = [];
  let mode: 'all' | 'any' = 'all';
  for (const plan of suggesting ? index.plans.suggest : index.plans.search) {
    if (plan.mode === 'any' && !multiWord) break;
    ranked = index.mini.search(q, plan.options);
    mode = plan.mode;
    if (ranked.length) break;
  }
  breakTiesByRecency(index, ranked);
  return { ranked, mode };
}

/**
 * MiniSearch returns results by score. Within each run of equal scores (equal
 * but for floating-point noise), put the newer article first.
 */
function breakTiesByRecency(index: SearchIndex, ranked: SearchResult[]): void {
  const key = (r: SearchResult) => Math.round(r.score * 1e6);
  const doc = (r: SearchResult) => index.docs[r.id as number]!;
  const newer = (a: SearchResult, b: SearchResult) => doc(b).time - doc(a).time || doc(a).id - doc(b).id;
  let start = 0;
  while (start < ranked.length) {
    const k = key(ranked[start]!);
    let end = start + 1;
    while (end < ranked.length && key(ranked[end]!) === k) end++;
    if (end - start > 1) {
      const run = ranked.slice(start, end).sort(newer);
      for (let i = 0; i < run.length; i++) ranked[start + i] = run[i]!;
    }
    start = end;
  }
}

function toHit(index: SearchIndex, result: SearchResult): SearchHit {
  const doc = index.docs[result.id as number]!;
  const matched = new Set(result.terms);
  const { article } = doc;
  // The summary reads best; the body wins only when it holds more of the query.
  const fromSummary = snippet(article.summary, matched, 40);
  const fromBody = fromSummary.distinct >= result.queryTerms.length ? undefined : snippet(article.text, matched, 30);
  const best = fromBody && fromBody.distinct > fromSummary.distinct ? fromBody : fromSummary;
  return {
    path: article.path,
    title: article.title,
    titleSegments: highlight(article.title, matched),
    date: article.date,
    category: doc.category,
    snippet: best.segments,
    score: result.score,
  };
}

export function search(
  index: SearchIndex,
  options: { q: string; category?: string; page?: number; pageSize?: number },
): SearchResponse {
  const q = normalizeQuery(options.q);
  const terms = queryTerms(q);
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const category = index.categories.some((c) => c.slug === options.category) ? options.category : undefined;
  const { ranked, mode } = terms.length ? rank(index, q, false) : { ranked: [], mode: 'none' as const };
  const counts = new Map<string, number>();
  for (const r of ranked) {
    const slug = index.docs[r.id as number]!.category.slug;
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const inSection = category ? ranked.filter((r) => index.docs[r.id as number]!.category.slug === category) : ranked;
  const totalPages = Math.max(1, Math.ceil(inSection.length / pageSize));
  const requested = Number.isFinite(options.page) ? Math.floor(options.page!) : 1;
  const page = Math.min(Math.max(1, requested), totalPages);
  return {
    q,
    terms,
    category,
    mode,
    results: inSection.slice((page - 1) * pageSize, page * pageSize).map((r) => toHit(index, r)),
    total: inSection.length,
    totalAll: ranked.length,
    page,
    pageSize,
    totalPages,
    facets: index.categories.map((c) => ({ ...c, count: counts.get(c.slug) ?? 0 })),
  };
}

/** Up to `limit` articles for the search box's list as the reader types. */
export function suggest(index: SearchIndex, rawQuery: string, limit = MAX_SUGGESTIONS): Suggestion[] {
  const q = normalizeQuery(rawQuery);
  if (!queryTerms(q).length) return [];
  return rank(index, q, true)
    .ranked.slice(0, Math.max(0, Math.min(limit, MAX_SUGGESTIONS)))
    .map((r) => {
      const { article, category } = index.docs[r.id as number]!;
      return { title: article.title, path: article.path, category: category.title };
    });
}
