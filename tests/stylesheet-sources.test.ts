import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tailwind from '@tailwindcss/postcss';
import postcss, { type AcceptedPlugin } from 'postcss';
import { afterAll, describe, expect, it } from 'vitest';

// The site's stylesheet in a throwaway copy of the code, with and without an
// archive beside it: what Tailwind generates must follow from the code alone
// (decision 072).
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'lantern-css-'));
for (const dir of ['app', 'components', 'lib']) cpSync(join(root, dir), join(work, dir), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function stylesheet(base = work): Promise<string> {
  const file = join(base, 'app/globals.css');
  // @tailwindcss/postcss is typed against its own copy of postcss's types.
  const plugin = tailwind({ base }) as unknown as AcceptedPlugin;
  const result = await postcss([plugin]).process(readFileSync(file, 'utf8'), { from: file });
  return result.css;
}

describe('the stylesheet', () => {
  it('has the rules the components use, and none from words in the content', { timeout: 60_000 }, async () => {
    const withoutContent = await stylesheet();
    // Classes the layout uses (components/) are there.
    expect(withoutContent).toMatch(/\.sr-only\b/);
    expect(withoutContent).toMatch(/\.prose\b/);

    // Prose full of words that are also Tailwind utilities.
    mkdirSync(join(work, 'content/articles'), { recursive: true });
    writeFileSync(
      join(work, 'content/articles/words.md'),
      '---\ntitle: "Words"\n---\nThe bridge did collapse: a blur of transition, an invisible ring round the container, grow and resize.\n',
    );
    expect(await stylesheet()).toBe(withoutContent);
  });

  it('styles the footnotes heading the Markdown renderer writes, whatever the components use', { timeout: 60_000 }, async () => {
    // The stylesheet alone, with no component beside it to name `sr-only`.
    const bare = join(work, 'bare');
    mkdirSync(join(bare, 'app'), { recursive: true });
    cpSync(join(root, 'app/globals.css'), join(bare, 'app/globals.css'));
    symlinkSync(join(root, 'node_modules'), join(bare, 'node_modules'));
    expect(await stylesheet(bare)).toMatch(/\.sr-only\b/);
  });
});
