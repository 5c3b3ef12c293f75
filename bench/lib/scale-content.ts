import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic archive for the build-scale benchmark: categories, authors and
 * `n` articles shaped like the real ones (front matter, 500-900 words,
 * headings, lists, recurring tags), deterministic for a given seed. Real
 * sample content is never copied in, so figures depend on size alone.
 */

export type SyntheticArticle = {
  slug: string;
  title: string;
  summary: string;
  date: string;
  category: string;
  author: string;
  tags: string[];
  body: string;
};

export const SYNTHETIC_CATEGORIES = ['world', 'life', 'social-media', 'tech-science'];
const AUTHOR_COUNT = 40;
const TAG_POOL = 240;

const WORDS = (
  'minister council report city river coast harbour school hospital data survey budget energy water ' +
  'election court policy trial market price network platform study researchers scientists climate ' +
  'farmers workers families residents officials engineers transport rail housing storm forecast ' +
  'agreement talks plan project funding evidence analysis community region border language satellite'
).split(' ');

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Two-word tags ("Harbour Budget"): distinct enough that none reads as a misspelling of another. */
const TAGS = WORDS.flatMap((a, i) => WORDS.filter((_, j) => (i * 7 + j * 3) % 9 === 0 && i !== j).map((b) => `${cap(a)} ${cap(b)}`)).slice(0, TAG_POOL);

export function generateArticles(n: number, seed = 1): SyntheticArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const sentence = (min: number, max: number) => {
    const len = min + Math.floor(r() * (max - min));
    return `${cap(Array.from({ length: len }, () => pick(WORDS)).join(' '))}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(r() * 3) }, () => sentence(10, 22)).join(' ');
  // Newest first, one story every ~3 hours back from a fixed past instant,
  // so nothing is scheduled and the archive spans years at 10k+.
  const newest = Date.UTC(2026, 9, 1, 9, 0, 0);
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 6 }, () => pick(WORDS));
    const sections = 3 + Math.floor(r() * 2);
    const body = Array.from({ length: sections }, (_, s) => {
      const heading = s === 0 ? '' : `## ${cap(pick(WORDS))} and ${pick(WORDS)}\n\n`;
      const list = s === 1 ? `${Array.from({ length: 3 }, () => `- ${sentence(5, 9)}`).join('\n')}\n\n` : '';
      return `${heading}${paragraph()}\n\n${list}${paragraph()}`;
    }).join('\n\n');
    const tagCount = 2 + Math.floor(r() * 3);
    // Skewed towards the first tags, as real tag use is: a few big, many rare.
    const tags = [...new Set(Array.from({ length: tagCount }, () => TAGS[Math.floor(r() ** 2 * TAGS.length)]!))];
    return {
      slug: `${words.slice(0, 4).join('-')}-${i + 1}`,
      title: cap(`${words.join(' ')} ${i + 1}`),
      summary: sentence(16, 26),
      date: new Date(newest - i * 3 * 3600_000 - Math.floor(r() * 3600_000)).toISOString(),
      category: SYNTHETIC_CATEGORIES[i % SYNTHETIC_CATEGORIES.length]!,
      author: `author-${1 + Math.floor(r() * AUTHOR_COUNT)}`,
      tags,
      body,
    };
  });
}

/** Writes the archive as a content folder (articles/, authors/, categories/). */
export function writeMarkdownFiles(dir: string, articles: SyntheticArticle[]): void {
  for (const sub of ['articles', 'authors', 'categories']) mkdirSync(join(dir, sub), { recursive: true });
  SYNTHETIC_CATEGORIES.forEach((slug, i) => {
    const title = slug.split('-').map(cap).join(' ');
    writeFileSync(
      join(dir, 'categories', `${slug}.md`),
      `---\ntitle: "${title}"\ndescription: "Synthetic ${title} section for the scale benchmark."\norder: ${i + 1}\n---\n\nSynthetic section.\n`,
    );
  });
  for (let i = 1; i <= AUTHOR_COUNT; i++) {
    writeFileSync(
      join(dir, 'authors', `author-${i}.md`),
      `---\nname: "Author Number ${i}"\nrole: Correspondent\n---\n\nA synthetic correspondent who files stories for the scale benchmark.\n`,
    );
  }
  for (const a of articles) {
    const front = [
      '---',
      `title: "${a.title}"`,
      `summary: "${a.summary}"`,
      `date: ${a.date}`,
      `category: ${a.category}`,
      `author: ${a.author}`,
      `tags: [${a.tags.map((t) => `"${t}"`).join(', ')}]`,
      '---',
    ].join('\n');
    writeFileSync(join(dir, 'articles', `${a.slug}.md`), `${front}\n\n${a.body}\n`);
  }
}
