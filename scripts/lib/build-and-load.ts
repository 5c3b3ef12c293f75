import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { generatedArticles, generatedDocumentBatches, generatedNonArticles, GENERATED_DIR } from '../../lib/content/source';
import type { ContentDocument } from '../../lib/content/store/documents';

/**
 * `npm run content:load -- --build` (part of `npm run build`): the content
 * build and the store's load side by side (decision 071). A sharded build
 * (scripts/content-build.mjs) says when each shard is typed; its articles go
 * into the store's open transaction while the next shards are still typed.
 * Loaded one after the other, the load left one of the two cores idle for a
 * minute and a half at 100,000 articles.
 */

/** What the content build reports: a shard typed, or its end. */
export type BuildEvent =
  | { type: 'shard'; shard: number; shards: number; generated: string }
  | { type: 'exit'; code: number | null; signal?: string | null };

/** What to load next: one shard's generated folder, or the whole build's when it ran in one piece. */
export type LoadStep = { shard: number; generated: string } | { whole: true };

/**
 * The shards in shard order, whatever order they finish in, each as soon as
 * it and every shard before it are typed: the store is loaded in the same
 * order by every build. Throws when the build fails or ends with a shard
 * unreported, so the load's transaction is rolled back and nothing changes.
 */
export async function* shardsInOrder(events: AsyncIterable<BuildEvent>): AsyncGenerator<LoadStep> {
  const typed = new Map<number, string>();
  let next = 0;
  let shards: number | undefined;
  for await (const event of events) {
    if (event.type === 'shard') {
      shards = event.shards;
      typed.set(event.shard, event.generated);
      for (let generated = typed.get(next); generated !== undefined; generated = typed.get(next)) {
        yield { shard: next, generated };
        typed.delete(next);
        next += 1;
      }
      continue;
    }
    if (event.code !== 0)
      throw new Error(`The content build failed (${event.signal ?? `exit ${event.code}`}); the store is unchanged.`);
    if (shards === undefined) {
      // Small enough to be built in one piece: nothing was reported on the way.
      yield { whole: true };
      return;
    }
    if (next !== shards)
      throw new Error(`The content build ended with ${next} of ${shards} shards loaded; the store is unchanged.`);
    return;
  }
  throw new Error('The content build stopped reporting before it ended; the store is unchanged.');
}

/** A child's messages and its exit, as one stream of events, nothing lost while nobody is reading. */
function eventsOf(child: ChildProcess): AsyncIterable<BuildEvent> {
  const queue: BuildEvent[] = [];
  let wake: (() => void) | undefined;
  const push = (event: BuildEvent) => {
    queue.push(event);
    wake?.();
  };
  child.on('message', (message: Omit<Extract<BuildEvent, { type: 'shard' }>, 'type'>) => push({ type: 'shard', ...message }));
  child.on('exit', (code, signal) => push({ type: 'exit', code, signal }));
  child.on('error', () => push({ type: 'exit', code: null, signal: 'could not start' }));
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (queue.length) {
          const event = queue.shift()!;
          yield event;
          if (event.type === 'exit') return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

/**
 * Starts the content build and yields the store's batches as its shards are
 * typed: sections, authors and live coverage with the first shard, then each
 * shard's articles. Stops the build if the load gives up first.
 */
export async function* batchesWhileBuilding(root: string, hashOf: (file: string) => string): AsyncGenerator<ContentDocument[]> {
  const child = fork(join(root, 'scripts', 'content-build.mjs'), [], {
    cwd: root,
    // Not this process's tsx loader: the build is plain Node.
    execArgv: [],
    env: { ...process.env, PWD: root },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  let ended = false;
  child.on('exit', () => (ended = true));
  try {
    for await (const step of shardsInOrder(eventsOf(child))) {
      if ('whole' in step) {
        yield* generatedDocumentBatches(join(root, GENERATED_DIR), root, hashOf);
        continue;
      }
      if (step.shard === 0) yield generatedNonArticles(step.generated, hashOf);
      yield generatedArticles(join(step.generated, 'Article', '_index.json'), hashOf);
    }
  } finally {
    if (!ended) child.kill('SIGTERM');
  }
}
