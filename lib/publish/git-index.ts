import { execFileSync } from 'node:child_process';

/**
 * What git already knows about the content files, so that a publish over
 * 100,000 of them reads and stats none of the unchanged ones: git's index
 * holds each tracked file's blob hash, and `git status` says which working
 * copies differ from it (git compares its cached stat data, and the content
 * where the stat data cannot be trusted). Decision 018.
 */

type GitView = {
  /** Tracked files whose working copy is what the index holds, with git's blob hash (paths relative to the root). */
  clean: Map<string, string>;
  /** Every other file git lists: edited, staged, deleted, conflicted, skipped by a sparse checkout, not a regular file, untracked or ignored. */
  other: string[];
};

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
  try {
    // status paths are relative to the repository's top, the others to `root`.
    const prefix = run(root, ['rev-parse', '--show-prefix']).trim();
    // One pass over the working tree: `git status` refreshes the index's stat
    // data first (writing it back when it can), so a file only touched, or
    // checked out in the same second the index was written, is compared once
    // by content and then known clean; it lists every file that differs from
    // the index or the last commit, and every untracked and ignored file.
    const differ = new Set<string>();
    const status = run(root, [
      'status',
      '--porcelain=v1',
      '-z',
      '--no-renames',
      '--untracked-files=all',
      '--ignored=traditional',
      '--',
      folder,
    ]);
    for (const entry of paths(status)) {
      const path = entry.slice(3);
      if (path.startsWith(prefix)) differ.add(path.slice(prefix.length));
    }
    const clean = new Map<string, string>();
    // "H 100644 <hash> 0\t<path>": -t tags each entry; H is an ordinary cached
    // file, S (skip-worktree) and the rest may not be on disk as the index says.
    for (const entry of paths(run(root, ['ls-files', '-t', '-s', '-z', '--', folder]))) {
      const hashEnd = entry.indexOf(' ', 9);
      const path = entry.slice(hashEnd + 3);
      const regular = entry.startsWith('H 100644 ') || entry.startsWith('H 100755 ');
      if (regular && entry[hashEnd + 1] === '0' && !differ.has(path)) clean.set(path, entry.slice(9, hashEnd));
      else differ.add(path);
    }
    return { clean, other: [...differ] };
  } catch {
    // Not a git work tree, a folder outside the repository, or no git at all.
    return undefined;
  }
}
