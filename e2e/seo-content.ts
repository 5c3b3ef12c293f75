import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import matter from 'gray-matter';
import type { APIRequestContext } from '@playwright/test';
import { FIXTURE_PREFIX, isFixture } from './content-fixtures';

/**
 * What the built site should list, worked out from the Markdown sources
 * directly (not through the app's own code), so the e2e checks are an
 * independent account of "published".
 */

export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export type SourceArticle = {
  slug: string;
  path: string;
  title: string;
  date: number;
  draft: boolean;
  hero: boolean;
  category: string;
  /** Author slugs, from `authors` or `author`. */
  authors: string[];
};

/**
 * Articles and live stories (which are listed like articles, at /live/<slug>),
 * without the content other specs write and publish while this one runs
 * (e2e/content-fixtures.ts).
 */
export function sourceArticles(): SourceArticle[] {
  const dir = join(process.cwd(), 'content/articles');
  const liveDir = join(process.cwd(), 'content/live');
  const live = readdirSync(liveDir)
    .filter((slug) => !slug.startsWith(FIXTURE_PREFIX))
    .map((slug): SourceArticle => {
      const { data } = matter(readFileSync(join(liveDir, slug, 'index.md'), 'utf8'));
      return {
        slug,
        path: `/live/${slug}`,
        title: String(data.title),
        date: new Date(data.date).getTime(),
        draft: false,
        hero: !!data.image,
        category: String(data.category),
        authors: [String(data.author)],
      };
    });
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith(FIXTURE_PREFIX))
    .map((f) => {
      const { data } = matter(readFileSync(join(dir, f), 'utf8'));
      const slug = f.replace(/\.md$/, '');
      return {
        slug,
        path: `/${data.category}/${slug}`,
        title: String(data.title),
        date: new Date(data.date).getTime(),
        draft: data.draft === true,
        hero: !!data.image,
        category: String(data.category),
        authors: Array.isArray(data.authors) ? data.authors.map(String) : [String(data.author)],
      };
    });
  return [...articles, ...live];
}

/** A list as the site serves it, without the content other specs are publishing meanwhile. */
export const withoutFixtures = (urls: string[]) => urls.filter((u) => !isFixture(u));

/** The revalidate interval of every listing, feed and sitemap (seconds). */
export const REVALIDATE_SECONDS = 300;

/**
 * A response from the ISR cache, and when its content was generated, as a
 * window [from, to] in ms. The suite must pass on any day, and a cached copy
 * reflects the clock of the moment it was rendered, not of the request. A
 * STALE copy can be as old as the build, so ask again until the cache has a
 * fresh one (Next regenerates it in the background); a HIT is younger than
 * the revalidate interval, and a MISS was rendered for this request.
 */
export async function freshFromCache(request: APIRequestContext, path: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const asked = Date.now();
    const response = await request.get(path);
    const answered = Date.now();
    const cache = response.headers()['x-nextjs-cache'];
    if (cache !== 'STALE') {
      const from = cache === 'MISS' ? asked : answered - REVALIDATE_SECONDS * 1000;
      return { response, generated: { from, to: answered } };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${path} stayed STALE: the cache never regenerated it`);
}

/**
 * What a list built at an unknown moment t in `generated` must contain:
 * `surely` holds what it contains whatever t was, `possibly` what it may
 * contain for some t. `inWindow(article, t)` says whether the list built at
 * t has the article. Checking both ends of `generated` is enough when the
 * set of t at which an article is listed is one interval longer than
 * `generated` (true of "published by t" and of "published in the 48 hours
 * before t").
 */
export function expectedAt(
  generated: { from: number; to: number },
  inWindow: (a: SourceArticle, t: number) => boolean,
  filter: (a: SourceArticle) => boolean = () => true,
) {
  const candidates = sourceArticles().filter((a) => !a.draft && filter(a));
  const url = (a: SourceArticle) => `${siteUrl}${a.path}`;
  return {
    surely: candidates
      .filter((a) => inWindow(a, generated.from) && inWindow(a, generated.to))
      .map(url)
      .sort(),
    possibly: candidates
      .filter((a) => inWindow(a, generated.from) || inWindow(a, generated.to))
      .map(url)
      .sort(),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML and JSON are untyped; the assertions check their shape
export type Parsed = Record<string, any>;

export function parseXml(xml: string, arrays: string[]): Parsed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(valid)}`);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => arrays.includes(n) }).parse(xml);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('ascii') !== 'IHDR')
    throw new Error('Not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The path of a site URL, to fetch it from the server under test. */
export const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
