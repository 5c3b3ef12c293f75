import { checkAliases } from './aliases';
import { checkBreaking } from './breaking';
import { checkBylineFields } from './bylines';
import { checkFields } from './fields';
import { checkEmbeds } from './embeds';
import {
  checkLengthsAndDates,
  checkRepeatedParagraphs,
  checkTagVariants,
  defaultLimits,
  type EditorialLimits,
} from './editorial';
import { checkBodyLimits, type ContentLimits } from './limits';
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
  /** What a body may hold (lib/content/validation/limits.ts); the defaults unless a test says otherwise. */
  contentLimits?: ContentLimits;
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
  const problems: Problem[] = [];
  // A check that throws is a bug or an input it cannot handle; either way it
  // becomes a problem against the file it was reading, and the others are
  // still checked, so one bad file never hides the rest.
  const guarded = async (file: string | undefined, check: () => Problem[] | Promise<Problem[]>) => {
    try {
      problems.push(...(await check()));
    } catch (error) {
      problems.push(unexpected(file, error));
    }
  };
  let paths = knownPaths([], fixedPaths);
  await guarded(undefined, () => {
    paths = knownPaths(all, fixedPaths);
    return [
      ...checkSlugs(all),
      ...checkReferences(all),
      ...checkAliases(all, checked),
      ...checkTagVariants(all, checked),
      ...checkLive(all, options.now),
    ].filter((p) => checked.has(p.file));
  });
  for (const file of files) {
    await guarded(file.path, async () => {
      const found: Problem[] = [...file.problems];
      if (found.some((p) => p.severity === 'error')) return found; // unparseable: field checks would only add noise
      // The body limits come first: past them, the checks below (and the
      // renderer the sanitizer report runs) could take seconds or crash.
      const limits = checkBodyLimits(file, options.contentLimits);
      found.push(...checkFields(file), ...checkBylineFields(file), ...limits);
      if (limits.length) return found;
      found.push(...checkLinksAndImages(file, paths, options.publicFileExists, options.now));
      if (file.kind === 'article')
        found.push(
          ...checkRepeatedParagraphs(file),
          ...checkLengthsAndDates(file, options.limits ?? defaultLimits),
          ...checkEmbeds(file),
          ...checkBreaking(file),
        );
      for (const check of options.extraChecks ?? []) found.push(...(await check(file)));
      return found;
    });
  }
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return problems.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');

function unexpected(file: string | undefined, error: unknown): Problem {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    severity: 'error',
    file: file ?? 'content/',
    message: `could not be checked (${reason.split('\n')[0]!.slice(0, 200)}).`,
    fix: file
      ? 'simplify the body around the last change (deep nesting, huge tables), and report it if the file looks ordinary.'
      : 'report it: the check failed on the content as a whole.',
  };
}
