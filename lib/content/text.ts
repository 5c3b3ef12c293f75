const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

// Elements the sanitizer removes together with their contents
// (sanitizeSchema.strip in lib/content/markdown.ts): their text never reaches readers.
const STRIPPED_ELEMENTS =
  /<(script|style|template|noscript|iframe|object|embed|frame|frameset|svg|math|textarea|title|xmp|noembed|noframes)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * Plain text of a Markdown body without running the Markdown pipeline: a few
 * regular expressions, about fifty times cheaper than rendering. Article HTML
 * is rendered only when its page is (lib/pages/article.ts), but search and word
 * counts need the text of every article, so this runs for the whole archive.
 * It reads syntax loosely (it may keep a stray marker in odd Markdown), which
 * search and word counts tolerate; it never keeps markup or URLs.
 */
export function markdownToText(markdown: string): string {
  return decodeEntities(
    markdown
      // Escaped characters are set aside first, so no rule below reads them as syntax.
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, (_, c: string) => `\uE000${c.charCodeAt(0)}\uE001`)
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(STRIPPED_ELEMENTS, ' ')
      .replace(/^ {0,3}(`{3,}|~{3,}).*$/gm, ' ') // code fences (their contents are kept)
      .replace(/^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ') // link reference definitions
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images: HTML text has no alt either
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // inline links keep their text
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]+|mailto:[^>\s]+)>/gi, '$1') // autolinks
      .replace(/<\/?[a-z][^>]*>/gi, ' ') // any other raw HTML tag
      .replace(/^ {0,3}#{1,6}\s+|\s+#+\s*$/gm, ' ') // ATX headings
      .replace(/^ {0,3}(=+|-+)\s*$/gm, ' ') // setext underlines and thematic breaks
      .replace(/^ {0,3}([*_-])(\s*\1){2,}\s*$/gm, ' ')
      .replace(/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, ' ') // table delimiter rows
      .replace(/\|/g, ' ')
      .replace(/^\s*(>\s*)+/gm, ' ') // block quotes
      .replace(/^\s*([*+-]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/gm, ' ') // list markers, task boxes
      .replace(/(\*{1,3}|~~)(?=\S)([\s\S]*?\S)\1/g, '$2') // emphasis, strong, strikethrough
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3') // _emphasis_, not snake_case
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/\uE000(\d+)\uE001/g, (_, code: string) => String.fromCharCode(Number(code))),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text: string): number {
  const words = text.match(WORD);
  return words ? words.length : 0;
}

/**
 * countWords, stopping at `max`: whether a body reaches a minimum needs only
 * its first words, and the content check asks that of every paragraph of
 * every file (the costliest check at 100,000 articles).
 */
export function countWordsUpTo(text: string, max: number): number {
  const word = new RegExp(WORD);
  let n = 0;
  while (n < max && word.exec(text)) n++;
  return n;
}

/** Minutes at a typical news reading speed, never less than one. */
export function readingMinutes(wordCount: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}

/**
 * A short excerpt: at most `maxLength` characters of `text` before a single
 * "…", cut at a word boundary (only a single word longer than the whole
 * budget is cut inside). Punctuation left dangling at the cut is dropped, so
 * an excerpt never ends "word.…", "word,…" or "word……". Text that fits is
 * returned whole.
 */
export function excerpt(text: string, maxLength = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const room = clean.slice(0, maxLength + 1);
  const lastSpace = room.lastIndexOf(' ');
  const words = lastSpace > 0 ? room.slice(0, lastSpace) : clean.slice(0, maxLength);
  const trimmed = words.replace(/[\s.,;:!?…–—‘“'"([-]+$/u, '');
  return `${trimmed || words}…`;
}
