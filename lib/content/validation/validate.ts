import { checkBreaking } from './breaking';
import { checkFields } from './fields';
import { checkEmbeds } from './embeds';
import { checkLengthsAndDates, checkRepeatedParagraphs, checkTagVariants, defaultLimits, type EditorialLimits } from './editorial';
import { checkLinksAndImages, knownPaths } from './links';
import { checkLive } from './live';
import type { Problem } from './problem';
import { checkReferences, checkSlugs } from './rules';
import type { SourceFile } from './source-file';
import { fixedPaths } from '@/lib/routes';

export type ValidateOptions = {
  /** Whether a path such as "/images/x.jpg" exists under public/. */
  publicFileExists: (path: string) => boolean;
  limits?: EditorialLimits;
  /** The time that decides whether a linked article is out yet; defaults to now. */
  now?: Date;
  /** Extra per-file checks (for example what the HTML sanitizer strips). */
  extraChecks?: ((file: SourceFile) => Problem[] | Promise<Problem[]>)[];
  /**
   * The rest of the content, when `files` are only the ones that changed
   * (`content:publish`): outlines of the unchanged files, taken from the store,
   * against which slugs, references, links and tag spellings are checked.
   * Only `files` are checked and reported.
   */
  context?: SourceFile[];
};


/**
 * Every problem in the content at once, errors first, in file order, so an
 * editor can fix a whole commit in one pass.
 */
export async function validateContent(files: SourceFile[], options: ValidateOptions): Promise<Problem[]> {
  // The unchanged rest first, so a clash between an old file and a new one is reported on the new one.
  const all = options.context ? [...options.context, ...files] : files;
  const checked = new Set(files.map((f) => f.path));
  const paths = knownPaths(all, fixedPaths);
  const problems: Problem[] = [
    ...checkSlugs(all),
    ...checkReferences(all),
    ...checkTagVariants(all, checked),
    ...checkLive(all, options.now),
  ].filter((p) => checked.has(p.file));
  for (const file of files) {
    problems.push(...file.problems);
    if (file.problems.some((p) => p.severity === 'error')) continue; // unparseable: field checks would only add noise
    problems.push(...checkFields(file), ...checkLinksAndImages(file, paths, options.publicFileExists, options.now));
    if (file.kind === 'article')
      problems.push(
        ...checkRepeatedParagraphs(file),
        ...checkLengthsAndDates(file, options.limits ?? defaultLimits),
        ...checkEmbeds(file),
        ...checkBreaking(file),
      );
    for (const check of options.extraChecks ?? []) problems.push(...(await check(file)));
  }
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return problems.sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');
