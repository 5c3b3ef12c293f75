/**
 * What the site's web fonts cover: the Latin script as European news writes
 * it (English, Western and Central European names and places) and the
 * punctuation editors and smartypants produce. A character outside these
 * ranges is drawn by the fallback font (Georgia, Times New Roman), which the
 * browser picks per character, so nothing is ever missing, only plainer.
 * `tests/fonts.test.ts` checks that every character in content/ is covered.
 */
export const SITE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement: Western European letters, £, ©, ×, «»
  [0x0100, 0x017f], // Latin Extended-A: Central European letters (č, ń, š, ő, ł)
  [0x0218, 0x021b], // Romanian comma-below letters
  [0x02bb, 0x02bc], // modifier apostrophes (Hawaiian, transliterations)
  [0x02c6, 0x02c7], // circumflex, caron
  [0x02d8, 0x02dd], // breve, dot, ring, ogonek, tilde, double acute
  [0x0300, 0x0308], // combining accents, for text typed decomposed
  [0x030a, 0x030c],
  [0x0327, 0x0328],
  [0x2009, 0x200a], // thin and hair spaces
  [0x2010, 0x2015], // hyphens and dashes
  [0x2018, 0x201e], // quotation marks
  [0x2020, 0x2022], // daggers, bullet
  [0x2026, 0x2026], // ellipsis
  [0x202f, 0x202f], // narrow no-break space
  [0x2030, 0x2030], // per mille
  [0x2032, 0x2033], // primes
  [0x2039, 0x203a], // single guillemets
  [0x2044, 0x2044], // fraction slash
  [0x20ac, 0x20ac], // euro
  [0x2122, 0x2122], // trade mark
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
];

export function inSiteRanges(codePoint: number): boolean {
  return SITE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Every character of the ranges, as text for the subsetter. */
export function siteCharacters(): string {
  return SITE_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
  ).join('');
}

/**
 * OpenType features kept: kerning, the standard ligatures, and what accents
 * and localised forms need. Small caps, old-style and tabular figures,
 * fractions and stylistic sets are dropped: the site's CSS asks for none.
 */
export const KEPT_FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk'] as const;
