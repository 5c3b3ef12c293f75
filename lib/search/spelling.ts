/**
 * Choosing what a misspelt word was meant to be, from words the archive
 * actually holds. The store proposes candidates that share trigrams with the
 * word (FTS5 trigram table, or pg_trgm); this module decides, the same way
 * for both engines.
 */

/** Edits forgiven: one from 5 letters, two from 8 (shorter words have too many neighbours). */
export function allowedEdits(term: string): number {
  const length = Array.from(term).length;
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Edit distance with adjacent transpositions counted as one edit ("teh" →
 * "the"), stopping early once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/** Trigrams as pg_trgm makes them: the word padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const chars = Array.from(`  ${word} `);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return grams;
}

/** Shared trigrams over all trigrams (pg_trgm's similarity()). */
export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

type Candidate = { term: string; docs: number };

/**
 * The one word `term` most likely stands for: the fewest edits, then the most
 * letters in common (so "bateries" is "batteries", not "bakeries", though each
 * is one edit away), then the most used. Undefined when nothing is close enough.
 */
export function bestCorrection(term: string, candidates: Candidate[], maxEdits = allowedEdits(term)): Candidate | undefined {
  if (maxEdits < 1) return undefined;
  let best: { candidate: Candidate; edits: number; alike: number } | undefined;
  for (const candidate of candidates) {
    if (candidate.term === term || candidate.docs < 1) continue;
    const edits = editDistance(term, candidate.term, maxEdits);
    if (edits > maxEdits) continue;
    const alike = similarity(term, candidate.term);
    if (
      !best ||
      edits < best.edits ||
      (edits === best.edits && (alike > best.alike || (alike === best.alike && candidate.docs > best.candidate.docs)))
    )
      best = { candidate, edits, alike };
  }
  return best?.candidate;
}
