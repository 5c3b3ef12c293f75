import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A `next start` in its own process group, so it and its workers stop together. */
export type Server = { pgid: number; port: number; stop: (signal?: NodeJS.Signals) => Promise<void> };

const nextBin = 'node_modules/next/dist/bin/next';

export async function startServer(port: number, cwd = process.cwd()): Promise<Server> {
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    detached: true, // setsid: a new process group led by the server
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const pgid = child.pid!;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitUntilServing(port);
  return {
    pgid,
    port,
    stop: async (signal = 'SIGTERM') => {
      try {
        process.kill(-pgid, signal);
      } catch {
        return;
      }
      await exited;
    },
  };
}

export async function waitUntilServing(port: number, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on port ${port} did not start within ${timeoutMs} ms`);
}

/** Resident memory of the whole process group, in MB (server plus any workers). */
export function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 5 is the process group; the command name (field 2) may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 102.4) / 10;
}

/** Files and MB under a directory, e.g. what the ISR cache wrote to disk. */
export function dirUsage(dir: string): { files: number; mb: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        files += 1;
        bytes += statSync(full, { throwIfNoEntry: false })?.size ?? 0;
      }
    }
  };
  walk(dir);
  return { files, mb: Math.round(bytes / 104857.6) / 10 };
}
