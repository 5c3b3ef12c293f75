import { bylineSlugs } from '@/lib/content/bylines';
import type { ContentOutline } from '@/lib/content/repository';
import { slugOfFile, storyOfEntry } from '@/lib/content/schema/layout';
import { tagSlug } from '@/lib/content/tags';
import { editDistanceAtMostOne } from '@/lib/content/validation/editorial';
import { internalLinksOf, linkTarget } from '@/lib/content/validation/links';
import { liveStoryOfPath, routes, tagOfPath } from '@/lib/routes';
import type { Problem } from '@/lib/content/validation/problem';
import type { SourceFile } from '@/lib/content/validation/source-file';
import { validateContent, type ValidateOptions } from '@/lib/content/validation/validate';

/**
 * The content check for a publish: the changed files in full, against an
 * outline of everything else the store holds (ContentOutline), plus what only
 * a deletion can break: a section or author removed while stories still name it.
 */

/** An unchanged file as the cross-file checks see it: its kind, path, slug and the fields they read. */
function outlineFile(o: ContentOutline): SourceFile {
  return {
    kind: o.kind,
    path: o.file,
    slug: slugOfFile(o.kind, o.file),
    data: o.article
      ? {
          category: o.article.category,
          authors: o.article.authors,
          draft: o.article.draft,
          date: o.article.date,
          tags: o.article.tags,
          aliases: o.article.aliases,
        }
      : o.entry
        ? { date: o.entry.date, author: o.entry.author, pinned: o.entry.pinned }
        : { slug: o.record },
    body: '',
    bodyLine: 1,
    lineOf: () => undefined,
    problems: [],
  };
}

type ChangeToCheck = {
  /** Added and changed files, parsed. */
  files: SourceFile[];
  /** Files deleted since the last publish. */
  removed: string[];
  /** Everything the store holds now. */
  outline: ContentOutline[];
};

export async function validateChange(change: ChangeToCheck, options: Omit<ValidateOptions, 'context'>): Promise<Problem[]> {
  const touched = new Set([...change.files.map((f) => f.path), ...change.removed]);
  const relevant = relevantTo(change);
  const context = change.outline.filter((o) => !touched.has(o.file) && relevant(o)).map(outlineFile);
  const problems = await validateContent(change.files, { ...options, context });
  return [...problems, ...checkRemovals(change, context)];
}

/**
 * The stored files whose outline can change what the checks say about this
 * change; the rest of a 100,000-story archive cannot, and turning it into
 * context cost a second of every publish. Kept: every section, author and
 * live story (few, and named by references); stories and entries with a
 * changed file's slug; stories at, or redirecting from, an address the
 * change uses (its own, its aliases, its links); entries of the live stories
 * it touches or links to; and stories with a tag spelled like one of its tags
 * (all of them, since the most used spelling is the one suggested). A change
 * that removes a section, an author or a live story is checked against
 * everything: any story may name it.
 */
export function relevantTo(change: ChangeToCheck): (o: ContentOutline) => boolean {
  const removedKinds = change.outline.filter((o) => change.removed.includes(o.file)).map((o) => o.kind);
  if (removedKinds.some((k) => k === 'author' || k === 'category' || k === 'live')) return () => true;
  const slugs = new Set(change.files.map((f) => `${f.kind}:${f.slug}`));
  const addresses = new Set<string>();
  const stories = new Set<string>();
  const tagKeys = new Set<string>();
  for (const f of change.files) {
    if (f.kind === 'article' && typeof f.data.category === 'string')
      addresses.add(routes.article({ category: f.data.category, slug: f.slug }));
    if (f.kind === 'live') stories.add(f.slug);
    if (f.kind === 'liveEntry') stories.add(storyOfEntry(f.path));
    for (const alias of Array.isArray(f.data.aliases) ? f.data.aliases : []) if (typeof alias === 'string') addresses.add(alias);
    for (const tag of Array.isArray(f.data.tags) ? f.data.tags : []) if (typeof tag === 'string') tagKeys.add(tagSlug(tag));
    for (const { path } of internalLinksOf(f)) {
      const p = linkTarget(path);
      addresses.add(p);
      const live = liveStoryOfPath(p);
      if (live) stories.add(live);
      const tag = tagOfPath(p);
      if (tag) tagKeys.add(tag);
    }
  }
  const keys = [...tagKeys];
  const slugOfTag = new Map<string, string>();
  const spelledLike = (tag: string) => {
    let key = slugOfTag.get(tag);
    if (key === undefined) slugOfTag.set(tag, (key = tagSlug(tag)));
    return keys.some((k) => k === key || (k.length >= 6 && editDistanceAtMostOne(key!, k)));
  };
  return (o) => {
    if (o.kind === 'author' || o.kind === 'category' || o.kind === 'live') return true;
    if (slugs.has(`${o.kind}:${slugOfFile(o.kind, o.file)}`)) return true;
    if (o.kind === 'liveEntry')
      return (
        stories.has(storyOfEntry(o.file)) ||
        addresses.has(routes.live.entry(storyOfEntry(o.file), slugOfFile('liveEntry', o.file)))
      );
    const a = o.article;
    return (
      addresses.has(o.record) ||
      (a !== undefined && (a.aliases.some((alias) => addresses.has(alias)) || a.tags.some(spelledLike)))
    );
  };
}

/** A deleted section or author that remaining stories still name would leave them broken. */
function checkRemovals(change: ChangeToCheck, context: SourceFile[]): Problem[] {
  if (!change.removed.length) return []; // the common case: nothing to index the archive for
  const remaining = [...context, ...change.files].filter(
    (f) => f.kind === 'article' || f.kind === 'live' || f.kind === 'liveEntry',
  );
  const stillThere = new Set([...context, ...change.files].map((f) => `${f.kind}:${f.slug}`));
  const problems: Problem[] = [];
  for (const file of change.removed) {
    const gone = change.outline.find((o) => o.file === file);
    if (gone?.kind === 'live') {
      const slug = slugOfFile('live', gone.file);
      if (stillThere.has(`live:${slug}`)) continue;
      const orphans = [...context, ...change.files].filter((f) => f.kind === 'liveEntry' && storyOfEntry(f.path) === slug);
      if (orphans.length)
        problems.push({
          severity: 'error',
          file,
          field: 'path',
          message: `was deleted, but ${orphans.length} of its entries remain: ${orphans
            .slice(0, 5)
            .map((f) => f.path)
            .join(', ')}${orphans.length > 5 ? ', …' : ''}.`,
          fix: `restore ${file}, or delete the whole folder content/live/${slug}/ to take the story down.`,
        });
      continue;
    }
    if (!gone || gone.kind === 'article' || gone.kind === 'liveEntry' || stillThere.has(`${gone.kind}:${gone.record}`)) continue;
    const field = gone.kind === 'category' ? 'category' : 'author';
    const users = remaining
      .filter((a) => (field === 'category' ? a.data.category === gone.record : bylineSlugs(a.data).includes(gone.record)))
      .map((a) => a.path);
    if (users.length)
      problems.push({
        severity: 'error',
        file,
        field,
        message: `was deleted, but ${users.length} ${users.length === 1 ? 'story names' : 'stories name'} it: ${users.slice(0, 5).join(', ')}${users.length > 5 ? ', …' : ''}.`,
        fix: `restore ${file}, or move those stories to another ${field} first.`,
      });
  }
  return problems;
}
