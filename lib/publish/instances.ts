import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Running servers on this machine, so that `npm run content:publish` can
 * reach every `npm start` in the folder with no setup: each server writes
 * its address into .data/instances/<pid>.json when it starts (instrumentation.ts),
 * and the publisher asks each one that is still alive. Servers on other
 * machines are reached through PUBLISH_URL and the store's revalidation log.
 */
export const INSTANCES_DIR = '.data/instances';

type Instance = { pid: number; url: string; started: string };

export function registerInstance(url: string, cwd = process.cwd(), pid = process.pid): void {
  const dir = resolve(cwd, INSTANCES_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${pid}.json`), `${JSON.stringify({ pid, url, started: new Date().toISOString() })}\n`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Registered servers still running; the files of those that stopped are removed. */
export function localInstances(cwd = process.cwd()): Instance[] {
  const dir = resolve(cwd, INSTANCES_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = join(dir, name);
    try {
      const instance = JSON.parse(readFileSync(file, 'utf8')) as Instance;
      if (alive(instance.pid)) return [instance];
    } catch {
      /* unreadable: treated as gone */
    }
    rmSync(file, { force: true });
    return [];
  });
}

/** Where to send revalidation requests: PUBLISH_URL (comma-separated), else every local server. */
export function revalidationTargets(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string[] {
  const configured = (env.PUBLISH_URL ?? '')
    .split(',')
    .map((u) => u.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return configured.length ? configured : localInstances(cwd).map((i) => i.url);
}
