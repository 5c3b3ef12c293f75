import { describe, expect, it } from 'vitest';
import { eventQueue, shardsInOrder, type BuildEvent, type LoadStep } from '../scripts/lib/build-and-load';

/** Events handed over one at a time by the test, so it can see what was yielded before the next one exists. */
function controlledEvents() {
  const { push, events } = eventQueue<BuildEvent>((event) => event.type === 'exit');
  return { send: push, events };
}

const shard = (n: number, shards = 3): BuildEvent => ({ type: 'shard', shard: n, shards, generated: `/shards/${n}` });
const exit = (code: number | null, signal?: string): BuildEvent => ({ type: 'exit', code, signal });

async function collect(events: BuildEvent[]): Promise<LoadStep[]> {
  const steps: LoadStep[] = [];
  for await (const step of shardsInOrder(
    (async function* () {
      yield* events;
    })(),
  ))
    steps.push(step);
  return steps;
}

describe('loading shards while the content build types the rest (content:load --build)', () => {
  it('loads shards in shard order whatever order they finish in', async () => {
    expect(await collect([shard(1), shard(2), shard(0), exit(0)])).toEqual([
      { shard: 0, generated: '/shards/0' },
      { shard: 1, generated: '/shards/1' },
      { shard: 2, generated: '/shards/2' },
    ]);
  });

  it('hands over a shard as soon as it and those before it are typed, before the build ends', async () => {
    const build = controlledEvents();
    const steps = shardsInOrder(build.events);
    build.send(shard(0));
    expect((await steps.next()).value).toEqual({ shard: 0, generated: '/shards/0' });
    build.send(shard(2));
    build.send(shard(1));
    expect((await steps.next()).value).toEqual({ shard: 1, generated: '/shards/1' });
    expect((await steps.next()).value).toEqual({ shard: 2, generated: '/shards/2' });
    build.send(exit(0));
    expect((await steps.next()).done).toBe(true);
  });

  it('loads the whole build when it ran in one piece and reported no shard', async () => {
    expect(await collect([exit(0)])).toEqual([{ whole: true }]);
  });

  it('fails, so the load rolls back, when the build fails, even after shards were loaded', async () => {
    await expect(collect([shard(0), exit(1)])).rejects.toThrow(/content build failed \(exit 1\).*store is unchanged/);
    await expect(collect([exit(null, 'SIGKILL')])).rejects.toThrow(/content build failed \(SIGKILL\)/);
  });

  it('fails when the build ends with a shard never reported, or stops reporting before its end', async () => {
    await expect(collect([shard(0), shard(2), exit(0)])).rejects.toThrow(/ended with 1 of 3 shards loaded/);
    await expect(collect([shard(0)])).rejects.toThrow(/stopped reporting before it ended/);
  });
});
