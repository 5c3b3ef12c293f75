import { routes } from '@/lib/routes';
import { storyOfEntry } from '../schema/layout';
import type { Problem } from './problem';
import type { SourceFile } from './source-file';

const INLINE = /\]\(\s*<?(\/[^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|\bhref\s*=\s*["'](\/[^"']*)["']|\bsrc\s*=\s*["'](\/[^"']*)["']/g;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*<?(\/[^\s>]*)>?/;

/** Internal links and image paths in a body, with their lines. Code blocks and code spans are examples, not links. */
export function internalLinksOf(file: SourceFile): { path: string; line: number }[] {
  const links: { path: string; line: number }[] = [];
  let inFence = false;
  file.body.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    if (inFence) return;
    const text = raw.replace(/`[^`]*`/g, '');
    const found = [...text.matchAll(INLINE)].map((m) => m[1] ?? m[2] ?? m[3]);
    found.push(REFERENCE.exec(text)?.[1]);
    for (const path of found) if (path && !path.startsWith('//')) links.push({ path, line: file.bodyLine + i });
  });
  return links;
}

type ArticleTarget = { file: string; draft: boolean; date: number };

/**
 * The addresses the content defines: pages that always exist, articles, which
 * may not be public yet, and old addresses of articles (aliases: alias → path).
 */
type SitePaths = { pages: Set<string>; articles: Map<string, ArticleTarget>; aliases: Map<string, string> };

export function knownPaths(files: SourceFile[], fixedPaths: string[]): SitePaths {
  const pages = new Set(fixedPaths);
  const articles = new Map<string, ArticleTarget>();
  const aliases = new Map<string, string>();
  for (const f of files) {
    if (f.kind === 'category') pages.add(routes.section(f.slug));
    if (f.kind === 'author') pages.add(routes.author(f.slug));
    if (f.kind === 'live') pages.add(routes.live.story(f.slug));
    if (f.kind === 'liveEntry') pages.add(routes.live.entry(storyOfEntry(f.path), f.slug));
    if (f.kind !== 'article' || typeof f.data.category !== 'string') continue;
    const draft = f.data.draft === true;
    const path = routes.article({ category: f.data.category, slug: f.slug });
    articles.set(path, { file: f.path, draft, date: Date.parse(String(f.data.date)) });
    if (Array.isArray(f.data.aliases))
      for (const a of f.data.aliases) if (typeof a === 'string' && !aliases.has(a)) aliases.set(a, path);
    // Tag pages list published stories only, so a draft's tags make no page.
    if (!draft && Array.isArray(f.data.tags)) for (const t of f.data.tags) if (typeof t === 'string') pages.add(routes.tag(t));
  }
  return { pages, articles, aliases };
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The site path a link leads to, as the link check reads it: no query or fragment, decoded, no trailing slash. */
export function linkTarget(link: string): string {
  return safeDecode(link.split(/[?#]/)[0] ?? '').replace(/(.)\/+$/, '$1');
}

/**
 * From when readers can follow the file's links: an article from its date
 * (never, for a draft), other pages always. Links added later to an older
 * article count from now, so only what is still unpublished now matters.
 */
function visibleFrom(file: SourceFile, now: Date): number {
  if (file.kind !== 'article') return now.getTime();
  if (file.data.draft === true) return Number.POSITIVE_INFINITY;
  const date = Date.parse(String(file.data.date));
  return Number.isNaN(date) ? now.getTime() : Math.max(date, now.getTime());
}

/** Why a link to an existing article would still fail for a reader, if it would. */
function unpublishedTarget(target: ArticleTarget, from: number): { message: string; fix: string } | undefined {
  if (from === Number.POSITIVE_INFINITY) return undefined; // a draft may link to anything that exists
  if (target.draft)
    return {
      message: `links to a draft (${target.file}); readers would get "page not found".`,
      fix: 'publish that article first, or remove the link until it is published.',
    };
  if (target.date > from)
    return {
      message: `links to ${target.file}, which is scheduled for ${new Date(target.date).toISOString()}, after this page appears.`,
      fix: 'schedule this article after the one it links to, or add the link once that one is out.',
    };
  return undefined;
}

export function checkLinksAndImages(
  file: SourceFile,
  paths: SitePaths,
  publicFileExists: (path: string) => boolean,
  now: Date = new Date(),
): Problem[] {
  const problems: Problem[] = [];
  const push = (line: number | undefined, field: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file: file.path, line, field, message, fix });
  const missingImage = (src: string, field: string, line?: number) =>
    push(line, field, `the image "${src}" does not exist under public/.`, `add the file public${src}, or correct the path.`);

  const image = file.data.image as { src?: unknown } | undefined;
  if (typeof image?.src === 'string' && image.src.startsWith('/') && !publicFileExists(image.src))
    missingImage(image.src, 'image.src', file.lineOf('image.src'));
  if (typeof file.data.avatar === 'string' && file.data.avatar.startsWith('/') && !publicFileExists(file.data.avatar))
    missingImage(file.data.avatar, 'avatar', file.lineOf('avatar'));

  const from = visibleFrom(file, now);
  for (const link of internalLinksOf(file)) {
    const path = linkTarget(link.path);
    if (/\.(jpe?g|png|gif|webp|avif|svg)$/i.test(path)) {
      if (!publicFileExists(path)) missingImage(path, 'body', link.line);
      continue;
    }
    // A story's old address still works (it redirects), so a link to it is not broken, only roundabout.
    const renamed = paths.articles.has(path) ? undefined : paths.aliases.get(path);
    const article = paths.articles.get(renamed ?? path);
    const problem = article && unpublishedTarget(article, from);
    if (problem) push(link.line, 'body', `the link "${link.path}" ${problem.message}`, problem.fix);
    else if (renamed)
      problems.push({
        severity: 'warning',
        file: file.path,
        line: link.line,
        field: 'body',
        message: `the link "${link.path}" is an old address of ${renamed}; it works, through a redirect.`,
        fix: `link to ${renamed} instead.`,
      });
    else if (!article && !paths.pages.has(path) && !publicFileExists(path))
      push(
        link.line,
        'body',
        `the link "${link.path}" points to no page on the site.`,
        'check the section and slug of the page you meant (articles are /section/slug, authors /author/slug).',
      );
  }
  return problems;
}
