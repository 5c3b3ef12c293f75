import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepository } from '@/lib/content/repository';
import type { Store } from '@/lib/content/store/open';
import type { ContentDocument } from '@/lib/content/store/documents';
import { applyChange } from '@/lib/content/store/write';
import type { Problem } from '@/lib/content/validation/problem';
import { checkSanitizedHtml } from '@/lib/content/validation/sanitize-report';
import { strayContentFiles } from '@/lib/content/validation/load';
import { parseSourceFile } from '@/lib/content/validation/source-file';
import { hasErrors } from '@/lib/content/validation/validate';
import type { NotifyResult } from './notify';
import type { CheckedFile } from './typing';
import { fileHash } from '@/lib/content/source';
import { diffContent, saveScan, scanContent, type ContentDiff } from './scan';
import { tagsForChange } from './tags';
import { validateChange } from './validate-change';

/**
 * `npm run content:publish`, step by step: scan content/, find what changed
 * since the last publish (by content hash), check the changed files against
 * the rest, type them with contentlayer, apply them to the store in one
 * transaction together with the cache tags they revalidate, then tell the
 * running servers. Any error stops it before the store is touched.
 */

export type PublishDeps = {
  root: string;
  store: Store;
  now: Date;
  publicFileExists: (path: string) => boolean;
  /** contentlayer, for the real command (lib/publish/typing.ts). */
  typeFiles: (root: string, files: CheckedFile[]) => Promise<ContentDocument[]>;
  /** The running servers (lib/publish/notify.ts). */
  notify: (tags: string[]) => Promise<NotifyResult[]>;
  /** Where the scan cache lives; false for none (tests). */
  scanCache?: string | false;
};

type PublishResult =
  | { status: 'unchanged'; diff: ContentDiff }
  | { status: 'refused'; diff: ContentDiff; problems: Problem[] }
  | {
      status: 'published';
      diff: ContentDiff;
      problems: Problem[];
      tags: string[];
      notified: NotifyResult[];
      ms: { scan: number; check: number; type: number; apply: number; notify: number };
    };

export async function publish(deps: PublishDeps): Promise<PublishResult> {
  const { root, store } = deps;
  const clock = () => performance.now();
  let t = clock();
  const scanOptions = deps.scanCache === false ? { cacheFile: '' } : deps.scanCache ? { cacheFile: deps.scanCache } : {};
  const scanned = scanContent(root, scanOptions);
  const outline = await createRepository(store).contentOutline();
  const diff = diffContent(scanned, new Map(outline.map((o) => [o.file, o.hash])));
  const scanMs = clock() - t;
  if (!diff.added.length && !diff.changed.length && !diff.removed.length) return { status: 'unchanged', diff };

  t = clock();
  // Each changed file is read once: the text checked is the text typed and stored.
  const checked: CheckedFile[] = [...diff.added, ...diff.changed].map((s) => {
    const text = readFileSync(join(root, s.file), 'utf8');
    return { file: s.file, text, hash: fileHash(text) };
  });
  const kinds = new Map([...diff.added, ...diff.changed].map((s) => [s.file, s.kind]));
  const files = checked.map((c) => parseSourceFile(c.file, c.text, kinds.get(c.file)!));
  const problems = [
    ...strayContentFiles(join(root, 'content'), root),
    ...(await validateChange(
      { files, removed: diff.removed, outline },
      { publicFileExists: deps.publicFileExists, now: deps.now, extraChecks: [checkSanitizedHtml] },
    )),
  ];
  const checkMs = clock() - t;
  if (hasErrors(problems)) return { status: 'refused', diff, problems };

  t = clock();
  const documents = await deps.typeFiles(root, checked);
  const typeMs = clock() - t;

  t = clock();
  const applied = await applyChange(
    store,
    { upsert: documents, remove: diff.removed },
    { revalidate: tagsForChange, now: deps.now },
  );
  if (deps.scanCache !== false) saveScan(root, scanned, ...(deps.scanCache ? [deps.scanCache] : []));
  const applyMs = clock() - t;

  t = clock();
  const notified = await deps.notify(applied.tags);
  return {
    status: 'published',
    diff,
    problems,
    tags: applied.tags,
    notified,
    ms: { scan: scanMs, check: checkMs, type: typeMs, apply: applyMs, notify: clock() - t },
  };
}
