import { bylineSlugs } from '@/lib/content/bylines';
import type { ContentOutline } from '@/lib/content/repository';
import { slugOfFile, storyOfEntry } from '@/lib/content/schema/layout';
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
  const context = change.outline.filter((o) => !touched.has(o.file)).map(outlineFile);
  const problems = await validateContent(change.files, { ...options, context });
  return [...problems, ...checkRemovals(change, context)];
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
