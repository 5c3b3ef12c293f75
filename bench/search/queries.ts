/**
 * A few hundred varied queries, as readers type them: single words common and
 * rare, places with and without accents, prefixes, typos, phrases, section
 * filters, later pages, queries that find nothing, and hostile input.
 */
export type BenchQuery = { q: string; category?: string; page?: number; kind: string };

const common = [
  'climate',
  'election',
  'housing',
  'said',
  'minister',
  'budget',
  'report',
  'flood',
  'energy',
  'water',
  'school',
  'health',
  'strike',
  'rules',
  'platform',
  'research',
  'inquiry',
  'prices',
  'trial',
  'data',
];
const rare = [
  'hollande',
  'ulaanbaatar',
  'reykjavik',
  'gdansk',
  'coral',
  'fusion',
  'allotments',
  'quiet hours',
  'enzymes',
  'scraping',
];
const places = [
  'sao paulo',
  'São Paulo',
  'zurich',
  'Zürich',
  'montreal',
  'krakow',
  'Kraków',
  'moscow',
  'istanbul',
  'bogota',
  'lisbon',
  'cote d ivoire',
  'syria',
  'lebanon',
  'nairobi',
  'JAKARTA',
];
const prefixes = [
  'syr',
  'mosc',
  'elec',
  'bat',
  'clim',
  'hous',
  'misinf',
  'refu',
  'sate',
  'vacc',
  'lisb',
  'dro',
  'cea',
  'alg',
  'infl',
];
const typos = [
  'hollnde',
  'electoin',
  'clmate',
  'refugess',
  'moskow',
  'hosuing',
  'satelite',
  'algoritm',
  'vacine',
  'missinformation',
  'goverment',
  'reserch',
  'budjet',
  'droguht',
  'erosoin',
];
const phrases = [
  'grain exports',
  'flood defences lisbon',
  'age checks teenagers',
  'battery recycling plant',
  'housing co-ops montreal',
  'deepfake videos election',
  'water network syria',
  'night trains zurich',
  'hospital ai privacy',
  'lunar water ice',
  'school meals funding',
  'creator fund cuts',
  'coastal erosion report',
  'ceasefire talks istanbul',
  'heat pumps grants',
  'social prescribing choirs leeds',
  'rent controls berlin',
  'fact-checking network elections',
  'quantum sensors study',
  'debt relief africa',
];
const none = ['qwxyzzy', 'zzkqv plugh', 'xylophonics', 'the of and', '🙂🙃'];
const hostile = [
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '.*+?^${}()|[]\\',
  'a'.repeat(400),
  'москва 東京',
  '__proto__ constructor',
];
const sections = ['world', 'life', 'social-media', 'tech-science'];

export function benchQueries(): BenchQuery[] {
  const out: BenchQuery[] = [];
  for (const q of common) out.push({ q, kind: 'common word' });
  for (const q of rare) out.push({ q, kind: 'rare word' });
  for (const q of places) out.push({ q, kind: 'place' });
  for (const q of prefixes) out.push({ q, kind: 'prefix' });
  for (const q of typos) out.push({ q, kind: 'typo' });
  for (const q of phrases) out.push({ q, kind: 'phrase' });
  for (const q of none) out.push({ q, kind: 'no result' });
  for (const q of hostile) out.push({ q, kind: 'hostile' });
  sections.forEach((category, i) => {
    for (const q of [...common.slice(i * 5, i * 5 + 5), ...phrases.slice(i * 5, i * 5 + 5)])
      out.push({ q, category, kind: 'section filter' });
  });
  for (const q of common) for (const page of [2, 5]) out.push({ q, page, kind: 'later page' });
  // Two-word mixes of the above, as readers combine them.
  for (let i = 0; i < 60; i++)
    out.push({ q: `${places[i % places.length]} ${common[(i * 7) % common.length]}`, kind: 'place + word' });
  for (let i = 0; i < 40; i++)
    out.push({ q: `${prefixes[i % prefixes.length]} ${rare[i % rare.length]}`, kind: 'prefix + word' });
  return out;
}

/** What the search box sends while a reader types "climate finance". */
export function typingQueries(): string[] {
  const out: string[] = [];
  for (const phrase of [...phrases, ...places, ...typos])
    for (let n = 2; n <= phrase.length; n += 2) out.push(phrase.slice(0, n));
  return out;
}
