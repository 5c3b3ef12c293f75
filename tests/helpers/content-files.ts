import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** Content files on disk for the publishing tests: temporary project folders and story sources. */

/** A maker of temporary folders, all removed when the test file is done. */
export function tempRoots(prefix: string): () => string {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  return () => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    return root;
  };
}

export function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

export const BODY = Array.from(
  { length: 8 },
  (_, i) => `Paragraph ${i + 1} of the story tells readers what happened and why it matters.`,
).join('\n\n');

/** A story's file; a field given as undefined is left out. */
export function articleSource(fields: Record<string, string | undefined>, body = BODY): string {
  const front = {
    title: '"Harbour tunnel reopens"',
    summary: '"Ferries run again after the repairs."',
    date: '2026-06-01T09:00:00Z',
    category: 'world',
    author: 'ana',
    tags: '["Transport"]',
    ...fields,
  };
  return `---\n${Object.entries(front)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}\n`;
}
