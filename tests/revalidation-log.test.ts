import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureSchema, openStore, type Store } from '@/lib/content/store/open';
import { recordRevalidation } from '@/lib/content/store/write';

/**
 * The revalidation log (lib/cache/revalidation-log.mjs): each server process
 * replays the publishes recorded in the store into Next's tag manifest. Here
 * against a real SQLite store file, with the clock faked (Date and
 * performance, which Next's manifest reads), and Next's own manifest module
 * deciding whether a cached page has expired.
 */

type Manifest = Map<string, { stale?: number; expired?: number }>;
type LogModule = {
  POLL_MS: number;
  createRevalidationLog(options?: {
    location?: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
    onError?: (e: unknown) => void;
  }): { sync(force?: boolean): Promise<void>; applied(): number };
};

const require = createRequire(import.meta.url);
// The very module instance the log writes to: Node's require cache is shared.
const { tagsManifest, areTagsExpired, areTagsStale } =
  require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
    tagsManifest: Manifest;
    areTagsExpired(tags: string[], timestamp: number): boolean;
    areTagsStale(tags: string[], timestamp: number): boolean;
  };

// Loaded as plain JavaScript, as Next loads it.
const { createRevalidationLog, POLL_MS } = (await import(
  /* @vite-ignore */ new URL('../lib/cache/revalidation-log.mjs', import.meta.url).href
)) as LogModule;

/** Server start: the log's clock and Next's (performance) both read this. */
const START = new Date('2026-07-01T12:00:00.000Z').getTime();
const MINUTE = 60_000;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the revalidation log', () => {
  let file: string;
  let store: Store;
  let onError: ReturnType<typeof vi.fn<(e: unknown) => void>>;
  let n = 0;
  /** Tags no other test uses: the manifest is one per process. */
  let tag: (name: string) => string;

  beforeEach(async () => {
    vi.useFakeTimers({ now: START, toFake: ['Date', 'performance'] });
    const dir = mkdtempSync(join(tmpdir(), 'lantern-revalidation-'));
    dirs.push(dir);
    file = join(dir, 'store.sqlite');
    store = await openStore({ dialect: 'sqlite', file });
    await ensureSchema(store);
    onError = vi.fn<(e: unknown) => void>();
    const prefix = `test${++n}`;
    tag = (name) => `${prefix}:${name}`;
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
  });

  const publishAt = (tags: string[], at: number) => recordRevalidation(store, store.db, tags, at);
  const log = () => createRevalidationLog({ location: { dialect: 'sqlite', file }, onError });

  it('replays the publishes it finds at start as of their own time', async () => {
    const published = START - 10 * MINUTE;
    await publishAt([tag('home'), tag('article')], published);
    const revalidations = log();
    await revalidations.sync();
    expect(tagsManifest.get(tag('home'))).toEqual({ stale: published, expired: published });
    expect(tagsManifest.get(tag('article'))).toEqual({ stale: published, expired: published });
    expect(revalidations.applied()).toBe(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('so Next serves a page cached after the publish, and renders again one cached before it', async () => {
    const published = START - 10 * MINUTE;
    await publishAt([tag('home')], published);
    await log().sync();
    expect(areTagsExpired([tag('home')], published - MINUTE)).toBe(true);
    expect(areTagsStale([tag('home')], published - MINUTE)).toBe(true);
    expect(areTagsExpired([tag('home')], published + MINUTE)).toBe(false);
    expect(areTagsStale([tag('home')], published + MINUTE)).toBe(false);
    expect(areTagsExpired([tag('elsewhere'), tag('home')], published - MINUTE)).toBe(true);
    expect(areTagsExpired([tag('elsewhere')], published - MINUTE)).toBe(false);
  });

  it('applies later publishes as of when it hears of them, whatever time they were recorded with', async () => {
    const revalidations = log();
    await revalidations.sync();
    // A publisher whose clock runs five minutes behind.
    await publishAt([tag('section')], START - 5 * MINUTE);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    const heard = Date.now();
    await revalidations.sync();
    expect(tagsManifest.get(tag('section'))).toEqual({ stale: heard, expired: heard });
    // A page cached at start, before this process knew of the publish, is rendered again.
    expect(areTagsExpired([tag('section')], START)).toBe(true);
    expect(areTagsExpired([tag('section')], heard + 1)).toBe(false);
  });

  it('never moves a tag’s expiry back', async () => {
    const revalidations = log();
    await publishAt([tag('feeds')], START - MINUTE);
    await revalidations.sync();
    tagsManifest.set(tag('feeds'), { stale: START + MINUTE, expired: START + MINUTE });
    await publishAt([tag('feeds')], START - 2 * MINUTE);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await revalidations.sync();
    expect(tagsManifest.get(tag('feeds'))).toEqual({ stale: START + MINUTE, expired: START + MINUTE });
  });

  it('looks for new publishes at most every POLL_MS, unless forced', async () => {
    const revalidations = log();
    await revalidations.sync();
    await publishAt([tag('a')], START);
    await revalidations.sync();
    expect(revalidations.applied()).toBe(0);
    await vi.advanceTimersByTimeAsync(POLL_MS - 1);
    await revalidations.sync();
    expect(tagsManifest.has(tag('a'))).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await revalidations.sync();
    expect(revalidations.applied()).toBe(1);
    expect(tagsManifest.has(tag('a'))).toBe(true);

    await publishAt([tag('b')], START);
    await revalidations.sync();
    expect(tagsManifest.has(tag('b'))).toBe(false);
    await revalidations.sync(true);
    expect(tagsManifest.has(tag('b'))).toBe(true);
    expect(revalidations.applied()).toBe(2);
  });

  it('applies each publish once, in order', async () => {
    const revalidations = log();
    await publishAt([tag('x')], START - 3 * MINUTE);
    await publishAt([tag('y')], START - 2 * MINUTE);
    await revalidations.sync();
    expect(revalidations.applied()).toBe(2);
    tagsManifest.delete(tag('x'));
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await revalidations.sync();
    // Already applied: not replayed.
    expect(tagsManifest.has(tag('x'))).toBe(false);
  });

  it('is harmless while the store file does not exist, and replays it at start once it does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-revalidation-'));
    dirs.push(dir);
    const missing = join(dir, 'later.sqlite');
    const revalidations = createRevalidationLog({ location: { dialect: 'sqlite', file: missing }, onError });
    await expect(revalidations.sync()).resolves.toBeUndefined();
    expect(revalidations.applied()).toBe(0);
    expect(onError).not.toHaveBeenCalled();

    const later = await openStore({ dialect: 'sqlite', file: missing });
    try {
      await ensureSchema(later);
      await recordRevalidation(later, later.db, [tag('late')], START - MINUTE);
      await vi.advanceTimersByTimeAsync(POLL_MS);
      await revalidations.sync();
      // Still the first time it reads the log: as of the publish's own time.
      expect(tagsManifest.get(tag('late'))).toEqual({ stale: START - MINUTE, expired: START - MINUTE });
    } finally {
      await later.close();
    }
  });

  it.skipIf(!existsSync('/proc/self/fd'))(
    'opens no new database connection per attempt while the file has no log yet',
    async () => {
      // lib/cache/revalidation-log.mjs reader(): when prepare() throws (an
      // empty store file, as `npm start` leaves before `npm run
      // content:load`), the Database just opened is never closed, and every
      // sync (one a second under traffic) opens another: file descriptors leak.
      const dir = mkdtempSync(join(tmpdir(), 'lantern-revalidation-'));
      dirs.push(dir);
      const empty = join(dir, 'empty.sqlite');
      writeFileSync(empty, '');
      const revalidations = createRevalidationLog({ location: { dialect: 'sqlite', file: empty }, onError });
      const openFiles = () => readdirSync('/proc/self/fd').length;
      await revalidations.sync(true);
      const before = openFiles();
      for (let i = 0; i < 20; i++) await revalidations.sync(true);
      expect(openFiles() - before).toBeLessThan(5);
    },
  );

  it('reports a file that is not a store, and does not throw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-revalidation-'));
    dirs.push(dir);
    const bogus = join(dir, 'bogus.sqlite');
    writeFileSync(bogus, 'this is not a database, just some text that is long enough to have a header');
    const revalidations = createRevalidationLog({ location: { dialect: 'sqlite', file: bogus }, onError });
    await expect(revalidations.sync()).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(revalidations.applied()).toBe(0);
  });
});
