import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Content written by a test at run time, published to the running site with
 * `npm run content:publish` and removed (and published away) afterwards, so
 * tests never depend on the date or leave content behind. A publish applies
 * every change in content/, so publishes from parallel workers take turns
 * (a lock directory in .data/), and each spec uses slugs of its own.
 */

const root = process.cwd();
const LOCK = join(root, '.data', 'e2e-publish.lock');

/**
 * Every slug a test writes starts with this, so specs that work out what the
 * site should list from content/ (e2e/seo-content.ts) can leave aside what
 * another spec is publishing at the same moment.
 */
export const FIXTURE_PREFIX = 'e2e-';

/** Whether a site URL or path belongs to content a test wrote. */
export function isFixture(urlOrPath: string): boolean {
  return new URL(urlOrPath, 'http://x').pathname.split('/').some((segment) => segment.startsWith(FIXTURE_PREFIX));
}

export function writeContent(path: string, text: string): void {
  const file = join(root, 'content', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

export function removeContent(path: string): void {
  rmSync(join(root, 'content', path), { recursive: true, force: true });
}

function lock(): () => void {
  const deadline = Date.now() + 120_000;
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // A lock left by a crashed run is older than any publish takes.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`could not take ${LOCK} within 2 minutes`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

/** `npm run content:publish`, as an editor runs it; throws with its output when it refuses. */
export function publishContent(): string {
  const unlock = lock();
  try {
    return execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/content-publish.ts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`content:publish failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  } finally {
    unlock();
  }
}

/** An ISO time `minutes` from now, to the second (content dates carry no milliseconds). */
export function minutesFromNow(minutes: number, now = Date.now()): string {
  return `${new Date(now + minutes * 60_000).toISOString().slice(0, 19)}Z`;
}
