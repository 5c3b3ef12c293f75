import { normalizeTerm, scanWords } from './text';

/**
 * Text with the matched words flagged. Pages render `mark: true` segments
 * inside <mark> as React text, so nothing here is ever parsed as HTML.
 */
export type Segment = { text: string; mark: boolean };

type Snippet = {
  segments: Segment[];
  /** Matched words in the snippet. */
  hits: number;
  /** Distinct terms matched in the snippet. */
  distinct: number;
};

type Word = { start: number; end: number; term: string | null };

/** Words of `text`, each with its term if it is one of `terms` (null otherwise). */
function wordsOf(text: string, terms: ReadonlySet<string>): Word[] {
  // A plain ASCII word keeps its length when lower-cased, so one of a length
  // no term has is never cut out of the text or looked at (most words of a
  // body, for a short query).
  const lengths = new Set<number>();
  for (const term of terms) lengths.add(term.length);
  const words: Word[] = [];
  scanWords(text, (start, end, ascii) => {
    let term: string | null = null;
    if (!ascii || lengths.has(end - start)) {
      // Plain ASCII words only need lower-casing; others get full normalisation.
      const word = text.slice(start, end);
      const normal = ascii ? word.toLowerCase() : normalizeTerm(word);
      if (normal !== null && terms.has(normal)) term = normal;
    }
    words.push({ start, end, term });
  });
  return words;
}

function pushSegment(segments: Segment[], text: string, mark: boolean) {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.mark === mark) last.text += text;
  else segments.push({ text, mark });
}

/** Segments of `text` from `from` to `to`, marking every word whose term is in `terms`. */
function segmentsOf(text: string, words: Word[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let cursor = from;
  for (const w of words) {
    if (w.term === null || w.start < from || w.end > to) continue;
    pushSegment(segments, text.slice(cursor, w.start), false);
    pushSegment(segments, text.slice(w.start, w.end), true);
    cursor = w.end;
  }
  pushSegment(segments, text.slice(cursor, to), false);
  return segments;
}

/** The whole of `text` with matched words marked (for titles). */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return segmentsOf(text, wordsOf(text, terms), 0, text.length);
}

/**
 * The best window of about `size` words: the one holding the most distinct
 * matched terms, then the most matches, then the earliest. Windows open a few
 * words before a match; cut text is shown with an ellipsis. Linear in the
 * length of the text.
 */
export function snippet(text: string, terms: ReadonlySet<string>, size = 30): Snippet {
  const words = wordsOf(text, terms);
  const n = words.length;
  if (!n) return { segments: text ? [{ text, mark: false }] : [], hits: 0, distinct: 0 };
  const lead = Math.min(6, Math.floor(size / 4));
  // Number each distinct term, then slide one window over the candidate starts.
  const ids = new Int32Array(n).fill(-1);
  const termIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const term = words[i]!.term;
    if (term === null) continue;
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    ids[i] = id;
  }
  const counts = new Int32Array(termIds.size);
  let best = { start: 0, hits: 0, distinct: 0 };
  let lo = 0;
  let hi = 0;
  let hits = 0;
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (ids[i]! < 0) continue;
    const start = Math.max(0, Math.min(i - lead, n - size));
    const end = Math.min(n, start + size);
    for (; hi < end; hi++) {
      const id = ids[hi]!;
      if (id < 0) continue;
      hits++;
      if (counts[id]!++ === 0) distinct++;
    }
    for (; lo < start; lo++) {
      const id = ids[lo]!;
      if (id < 0) continue;
      hits--;
      if (--counts[id]! === 0) distinct--;
    }
    if (distinct > best.distinct || (distinct === best.distinct && hits > best.hits)) best = { start, hits, distinct };
  }
  const first = words[best.start]!;
  const endIndex = Math.min(n, best.start + size) - 1;
  const last = words[endIndex]!;
  const next = words[endIndex + 1];
  const from = best.start === 0 ? 0 : first.start;
  const to = next ? last.end : text.length;
  const segments = segmentsOf(text, words, from, to);
  if (from > 0) {
    if (segments[0] && !segments[0].mark) segments[0].text = `…${segments[0].text}`;
    else segments.unshift({ text: '…', mark: false });
  }
  if (next) pushSegment(segments, '…', false);
  return { segments, hits: best.hits, distinct: best.distinct };
}
