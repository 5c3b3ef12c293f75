/**
 * How search sees words. The index, the query and the snippet highlighter all
 * go through these two functions, so what matches is what gets marked.
 */

/** Runs of letters, digits and combining marks; everything else separates words. */
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/** Splits text into words ("Syria's grain-importing" → "Syria", "s", "grain", "importing"). */
function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter(Boolean);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Calls `visit` with the position of each word of `text` (and whether it is
 * plain ASCII), for highlighting: the same words as tokenize() finds, by a
 * scan that is several times faster than a Unicode regular expression on
 * mostly-ASCII text. The caller slices only the words it needs.
 */
export function scanWords(text: string, visit: (start: number, end: number, ascii: boolean) => void): void {
  let start = -1;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const inWord = isWordChar(code, text, i);
    if (inWord) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (code >= 128) ascii = false;
    } else if (start >= 0) {
      visit(start, i, ascii);
      start = -1;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
  }
  if (start >= 0) visit(start, text.length, ascii);
}

/** Letters that Unicode decomposition leaves whole but readers type without the accent. */
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const FOLDABLE = /[øæœßłđðþı]/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Short function words carry no meaning on their own: leaving them out keeps
 * the index small and stops "the" from matching every article.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'from',
  'has',
  'have',
  'he',
  'her',
  'his',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'she',
  'that',
  'the',
  'their',
  'they',
  'this',
  'to',
  'was',
  'were',
  'will',
  'with',
]);

/** Words longer than this are not words (hashes, pasted URLs) and are not indexed. */
const MAX_TERM_LENGTH = 40;

/**
 * One form for every spelling: accents and case are ignored ("São" → "sao",
 * "ZÜRICH" → "zurich"). Returns null for words search ignores.
 */
export function normalizeTerm(word: string): string | null {
  let term = word.toLowerCase();
  // Most words are plain ASCII and need no Unicode work (this is the hot path
  // when indexing).
  if (!ASCII.test(term))
    term = term
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(FOLDABLE, (c) => FOLD[c] ?? c);
  if (!term || term.length > MAX_TERM_LENGTH || STOP_WORDS.has(term)) return null;
  return term;
}

/** The distinct search terms of a query, in order. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(query)) {
    const term = normalizeTerm(word);
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** Text as the index stores it: its search words, normalised, in order, joined by spaces. */
export function searchWords(text: string): string {
  const words: string[] = [];
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (term) words.push(term);
  }
  return words.join(' ');
}
