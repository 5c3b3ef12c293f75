import { execFileSync } from 'node:child_process';

/**
 * What git already knows about the content files, so that a publish over
 * 100,000 of them reads and stats none of the unchanged ones: git's index
 * holds each tracked file's blob hash, and `git diff-files` says which
 * working copies differ from it (git compares its cached stat data, and the
 * content where the stat data cannot be trusted). Decision 018.
 */

export type GitView = {
  /** Tracked files whose working copy is what the index holds, with git's blob hash (paths relative to the root). */
  clean: Map<string, string>;
  /** Every other file git lists: edited, deleted, conflicted, skipped by a sparse checkout, not a regular file, or untracked. */
  other: string[];
};

const REGULAR_FILE = /^100(644|755)$/;

function run(root: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

const paths = (output: string) => output.split('\0').filter(Boolean);

/**
 * Git's view of the files under `folder` (relative to `root`), or undefined
 * when `root` is not in a git work tree or git is not installed: the caller
 * then looks at the files themselves.
 */
export function gitView(root: string, folder: string): GitView | undefined {
  // Refresh the index's stat data first, as `git status` does: a file only
  // touched, or checked out in the same second the index was written, is then
  // compared once by content and recorded clean, instead of being reported
  // changed on every publish. Failing (a locked or read-only index) only
  // costs us hashing those files ourselves.
  try {
    run(root, ['update-index', '-q', '--refresh']);
  } catch {
    // Exit status 1 also means "some files differ", which diff-files reports below.
  }
  try {
    const differ = new Set(paths(run(root, ['diff-files', '--name-only', '--relative', '-z', '--', folder])));
    const clean = new Map<string, string>();
    const other = new Set<string>();
    // -t tags each entry: H is an ordinary cached file; S (skip-worktree) and
    // the rest may not be on disk as the index says.
    for (const entry of paths(run(root, ['ls-files', '-t', '-s', '-z', '--', folder]))) {
      const tab = entry.indexOf('\t');
      const [tag, mode, hash, stage] = entry.slice(0, tab).split(' ');
      const path = entry.slice(tab + 1);
      if (tag === 'H' && hash && REGULAR_FILE.test(mode ?? '') && stage === '0' && !differ.has(path)) clean.set(path, hash);
      else other.add(path);
    }
    for (const path of paths(run(root, ['ls-files', '--others', '-z', '--', folder]))) other.add(path);
    return { clean, other: [...other] };
  } catch {
    // Not a git work tree, a folder outside the repository, or no git at all.
    return undefined;
  }
}
