import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real `npm run content:check` script over a copy of content/ with raw
// HTML appended to one article: it must warn with file and line, and pass.
describe('content:check reports stripped HTML', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content', dir, { recursive: true });
  const file = join(dir, 'articles', 'coastal-cities-flood-data-pact.md');
  appendFileSync(file, '\n\n<iframe src="https://evil.example/embed"></iframe>\n');
  const iframeLine =
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('<iframe')) + 1;

  it('prints a warning naming the file and line, and exits 0', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(output).toMatch(
      new RegExp(`warning \\S*coastal-cities-flood-data-pact\\.md:${iframeLine} \\[body\\] .*removed <iframe>`),
    );
    expect(output).toContain('Content check passed.');
  }, 30_000);
});
