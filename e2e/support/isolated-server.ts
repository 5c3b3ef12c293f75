import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A `next start` of the current build that a spec owns: its own copy of
 * `.next` in a temporary folder (so what it writes to its cache cannot
 * reach the shared test server, and its cache can be counted exactly), its
 * own free port, its log, and a test clock it can move forward
 * (e2e/support/clock.mjs). Used by e2e/request-safety.spec.ts.
 */
export type IsolatedServer = {
  url: string;
  /** Moves the server's clock 6 minutes on: every cached page and feed is then stale. */
  advanceClock(): Promise<void>;
  /** Every file under the copy's `.next/server` and `.next/cache`, relative. */
  cacheFiles(): string[];
  log(): string;
  stop(): void;
};

const root = process.cwd();
// Build outputs the server does not read, or rewrites: not copied.
const SKIP = new Set(['standalone', 'cache', 'dev', 'trace', 'trace-build', 'diagnostics', 'turbopack']);

export async function startIsolatedServer(env: Record<string, string> = {}): Promise<IsolatedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-server-'));
  cpSync(join(root, '.next'), join(dir, '.next'), {
    recursive: true,
    filter: (src) => !SKIP.has(src.slice(join(root, '.next').length + 1).split('/')[0]!),
  });
  for (const name of ['node_modules', 'public', '.contentlayer', 'lib', 'package.json', 'next.config.js'])
    symlinkSync(join(root, name), join(dir, name));

  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', '0', '-H', '127.0.0.1'],
    {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_OPTIONS: `--import ${pathToFileURL(join(root, 'e2e/support/clock.mjs')).href}`,
        NEXT_TELEMETRY_DISABLED: '1',
        SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000',
        // The project's content store, read as the main server reads it; the
        // rest of .data/ (its registry of running servers) stays its own.
        DATABASE_URL: process.env.DATABASE_URL ?? `file:${join(root, '.data/lantern.sqlite')}`,
        ...env,
      },
    },
  );
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  let url: string | undefined;
  while (Date.now() < deadline) {
    url ??= /http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[0];
    if (url) {
      try {
        if ((await fetch(`${url}/`)).ok) break;
      } catch {
        // not answering yet
      }
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!url || child.exitCode !== null) {
    stop();
    throw new Error(`the isolated server did not start:\n${output}`);
  }

  let steps = 0;
  return {
    url,
    async advanceClock() {
      steps += 1;
      const mark = `test clock: +${steps * 6} min`;
      process.kill(child.pid!, 'SIGUSR2');
      for (let i = 0; i < 100 && !output.includes(mark); i++) await new Promise((r) => setTimeout(r, 20));
      if (!output.includes(mark)) throw new Error('the server did not move its clock');
    },
    cacheFiles() {
      return ['server', 'cache'].flatMap((sub) => {
        try {
          return readdirSync(join(dir, '.next', sub), { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
        } catch {
          return [];
        }
      });
    },
    log: () => output,
    stop,
  };
}
