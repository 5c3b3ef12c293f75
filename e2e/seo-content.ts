import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import matter from 'gray-matter';
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
      };
    });
  return [...articles, ...live];
}

/** A list as the site serves it, without the content other specs are publishing meanwhile. */
export const withoutFixtures = (urls: string[]) => urls.filter((u) => !isFixture(u));

export function publishedUrls(now = Date.now(), filter: (a: SourceArticle) => boolean = () => true): string[] {
  return sourceArticles()
    .filter((a) => !a.draft && a.date <= now && filter(a))
    .map((a) => `${siteUrl}${a.path}`)
    .sort();
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
