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

/** A stream of events that keeps what is pushed while nobody is reading, until an end event. */
export function eventQueue<E>(isEnd: (event: E) => boolean): { push: (event: E) => void; events: AsyncIterable<E> } {
  const queue: E[] = [];
  let wake: (() => void) | undefined;
  return {
    push(event) {
      queue.push(event);
      wake?.();
    },
    events: {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          while (queue.length) {
            const event = queue.shift()!;
            yield event;
            if (isEnd(event)) return;
          }
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
    },
  };
}

const isShardReport = (m: unknown): m is Omit<Extract<BuildEvent, { type: 'shard' }>, 'type'> =>
  typeof m === 'object' &&
  m !== null &&
  Number.isInteger((m as { shard?: unknown }).shard) &&
  Number.isInteger((m as { shards?: unknown }).shards) &&
  typeof (m as { generated?: unknown }).generated === 'string';

/** A child's shard reports and its end, as one stream of events. */
function eventsOf(child: ChildProcess): AsyncIterable<BuildEvent> {
  const { push, events } = eventQueue<BuildEvent>((event) => event.type === 'exit');
  child.on('message', (message) => {
    if (isShardReport(message)) push({ type: 'shard', ...message });
  });
  // 'close', not 'exit': it comes after every message the child sent.
  child.on('close', (code, signal) => push({ type: 'exit', code, signal }));
  child.on('error', () => push({ type: 'exit', code: null, signal: 'could not start' }));
  return events;
}

/** The content build as a child of this process, with a channel for its shard reports. */
function forkContentBuild(root: string): ChildProcess {
  return fork(join(root, 'scripts', 'content-build.mjs'), [], {
    cwd: root,
    // Not this process's tsx loader: the build is plain Node.
    execArgv: [],
    env: { ...process.env, PWD: root },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
}

/** Runs the content build to its end; throws if it fails. */
export async function runContentBuild(root: string): Promise<void> {
  for await (const event of eventsOf(forkContentBuild(root)))
    if (event.type === 'exit' && event.code !== 0)
      throw new Error(`The content build failed (${event.signal ?? `exit ${event.code}`}); the store is unchanged.`);
}

/**
 * Starts the content build and yields the store's batches as its shards are
 * typed: sections, authors and live coverage with the first shard, then each
 * shard's articles. Stops the build if the load gives up first, or is
 * stopped (the build also stops itself if this process dies: content-build.mjs).
 */
export async function* batchesWhileBuilding(root: string, hashOf: (file: string) => string): AsyncGenerator<ContentDocument[]> {
  const child = forkContentBuild(root);
  let ended = false;
  child.on('exit', () => (ended = true));
  const stopped = (signal: NodeJS.Signals) => {
    child.kill('SIGTERM');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGTERM', stopped);
  process.once('SIGINT', stopped);
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
    process.off('SIGTERM', stopped);
    process.off('SIGINT', stopped);
    if (!ended) child.kill('SIGTERM');
  }
}
