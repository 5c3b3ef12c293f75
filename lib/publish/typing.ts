import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generatedDocuments, GENERATED_DIR } from '@/lib/content/source';
import type { ContentDocument } from '@/lib/content/store/documents';

/**
 * Types the changed files with contentlayer, and only them: a folder of
 * links to those files is built like one shard of the content build
 * (scripts/content-build.mjs), so a publish over a 100,000-story archive
 * types a handful of files, not the archive. The folder is kept between
 * publishes so contentlayer's compiled config stays cached.
 */
const PUBLISH_DIR = join('.contentlayer', 'publish');

function runContentlayer(root: string, work: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(root, 'scripts', 'content-build.mjs'), '--config', join(root, 'contentlayer.config.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          PWD: work,
          CONTENT_DIR: join(work, 'content'),
          CONTENT_SHARD_SIZE: 'Infinity',
          CONTENT_BUILD_SHARD: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`contentlayer failed (exit ${code}):\n${output}`))));
  });
}

/** A content file as the publish read and checked it. */
export type CheckedFile = { file: string; text: string; hash: string };

/**
 * Typed documents for these content files ("content/articles/x.md", …), from
 * the very text that was checked: copies, not links, so an editor saving the
 * file again meanwhile cannot slip unchecked text into the store.
 */
export async function typeFiles(root: string, files: CheckedFile[]): Promise<ContentDocument[]> {
  if (!files.length) return [];
  const work = resolve(root, PUBLISH_DIR);
  rmSync(join(work, 'content'), { recursive: true, force: true });
  rmSync(join(work, GENERATED_DIR), { recursive: true, force: true });
  for (const { file, text } of files) {
    const copy = join(work, file);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, text);
  }
  await runContentlayer(root, work);
  const hashes = new Map(files.map((f) => [f.file, f.hash]));
  return generatedDocuments(join(work, GENERATED_DIR), work).map((d) => ({ ...d, hash: hashes.get(d.file) ?? d.hash }));
}
