import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The house rule that keeps the code readable in one sitting: no file of the
 * site's code (app/, components/, lib/) past 200 lines. A longer file is
 * split along a real seam (docs/decisions/060-small-modules-behind-stable-entry-points.md).
 */
const MAX_LINES = 200;

function siteFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'app', 'components', 'lib'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f));
}

describe('code shape', () => {
  it(`keeps every file of app/, components/ and lib/ within ${MAX_LINES} lines`, () => {
    const files = siteFiles();
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
