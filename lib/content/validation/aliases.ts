import { routes } from '@/lib/routes';
import type { Problem } from './problem';
import { RESERVED_SECTION_SLUGS } from './rules';
import type { SourceFile } from './source-file';

/**
 * Old addresses of renamed and moved stories (`aliases`). Each answers with a
 * permanent redirect to the story, so each must be free: not the address of
 * any story (published, draft or scheduled), and not another story's alias;
 * otherwise one address would promise two pages.
 *
 * `checked` are the files being reported on (all of them in `content:check`,
 * the changed ones in `content:publish`). A clash between a checked file and
 * an unchecked one is reported on the checked one, whichever of the two holds
 * the alias, so that a publish cannot slip a clash past the check from either side.
 */
export function checkAliases(files: SourceFile[], checked: Set<string>): Problem[] {
  const articles = files.filter((f) => f.kind === 'article');
  const live = new Map<string, SourceFile>();
  for (const f of articles)
    if (typeof f.data.category === 'string') live.set(routes.article({ category: f.data.category, slug: f.slug }), f);

  const problems: Problem[] = [];
  const onAlias = (file: SourceFile, i: number, message: string, fix: string) =>
    problems.push({
      severity: 'error',
      file: file.path,
      line: file.lineOf(`aliases.${i}`) ?? file.lineOf('aliases'),
      field: `aliases.${i}`,
      message,
      fix,
    });
  const onAddress = (file: SourceFile, message: string, fix: string) =>
    problems.push({ severity: 'error', file: file.path, line: file.lineOf('category') ?? 1, field: 'slug', message, fix });

  const claimed = new Map<string, { file: SourceFile; index: number }>();
  for (const file of articles) {
    const aliases = Array.isArray(file.data.aliases) ? file.data.aliases : [];
    aliases.forEach((alias, i) => {
      if (typeof alias !== 'string') return; // a malformed entry is the field check's to report
      const section = alias.split('/')[1] ?? '';
      if (RESERVED_SECTION_SLUGS.has(section)) {
        if (checked.has(file.path))
          onAlias(
            file,
            i,
            `"${alias}" can never lead to this story: /${section}/… addresses belong to the site itself.`,
            'remove it: only an old "/<section>/<slug>" address can lead to a story.',
          );
        return;
      }
      const owner = live.get(alias);
      if (owner === file) {
        if (checked.has(file.path))
          onAlias(
            file,
            i,
            `"${alias}" is this story's own address, not an old one.`,
            'remove it from aliases: a story needs no redirect to where it is.',
          );
      } else if (owner) {
        if (checked.has(file.path))
          onAlias(
            file,
            i,
            `"${alias}" is the address of a story that exists (${owner.path}); it cannot also redirect here.`,
            'remove the alias, or rename or move that story first.',
          );
        else if (checked.has(owner.path))
          onAddress(
            owner,
            `this story's address "${alias}" is an old address of ${file.path} (its aliases), which redirects there.`,
            `give this story another slug, or remove "${alias}" from the aliases of ${file.path} first.`,
          );
      }
      const first = claimed.get(alias);
      if (!first) claimed.set(alias, { file, index: i });
      else if (first.file !== file) {
        if (checked.has(file.path))
          onAlias(
            file,
            i,
            `"${alias}" is already an alias of ${first.file.path}; it can redirect to one story only.`,
            'keep it on one of the two.',
          );
        else if (checked.has(first.file.path))
          onAlias(
            first.file,
            first.index,
            `"${alias}" is already an alias of ${file.path}; it can redirect to one story only.`,
            'keep it on one of the two.',
          );
      }
    });
  }
  return problems;
}
