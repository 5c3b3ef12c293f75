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
import { diffContent, saveScan, scanFolder, type ContentDiff } from './scan';
import { tagsForChange } from './tags';
import { validateChange } from './validate-change';

/**
 * `npm run content:publish`, step by step: scan content/, find what changed
 * since the last publish (by content hash), check the changed files against
 * the rest while contentlayer types them, apply them to the store in one
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
  const repository = createRepository(store);
  const clock = () => performance.now();
  let t = clock();
  const scanOptions = deps.scanCache === false ? { cacheFile: '' } : deps.scanCache ? { cacheFile: deps.scanCache } : {};
  const { files: scanned, unplaced } = scanFolder(root, scanOptions);
  const diff = diffContent(scanned, await repository.contentHashes());
  const scanMs = clock() - t;
  if (!diff.added.length && !diff.changed.length && !diff.removed.length) return { status: 'unchanged', diff };

  t = clock();
  // Each changed file is read once: the text checked is the text typed and
  // stored, under the hash the scan found (git's, for a committed file), so
  // the next scan finds it unchanged. Should the file change again while this
  // runs, the next publish sees a new hash and applies that too.
  const checked: CheckedFile[] = [...diff.added, ...diff.changed].map((s) => ({
    file: s.file,
    text: readFileSync(join(root, s.file), 'utf8'),
    hash: s.hash,
  }));
  // Typing is a contentlayer process of its own: it runs while this one
  // checks the change, and its output is used only if the check passes.
  const typing = deps.typeFiles(root, checked).then(
    (documents) => ({ documents }),
    (error: unknown) => ({ error }),
  );
  const outline = await repository.contentOutline();
  const kinds = new Map([...diff.added, ...diff.changed].map((s) => [s.file, s.kind]));
  const files = checked.map((c) => parseSourceFile(c.file, c.text, kinds.get(c.file)!));
  const problems = [
    ...strayContentFiles(join(root, 'content'), root, unplaced),
    ...(await validateChange(
      { files, removed: diff.removed, outline },
      { publicFileExists: deps.publicFileExists, now: deps.now, extraChecks: [checkSanitizedHtml] },
    )),
  ];
  const checkMs = clock() - t;
  if (hasErrors(problems)) {
    await typing; // a refused file may fail to type too; either way nothing is applied
    return { status: 'refused', diff, problems };
  }

  t = clock();
  const typed = await typing;
  if ('error' in typed) throw typed.error;
  const documents = typed.documents;
  // The typing that was not hidden behind the check.
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
