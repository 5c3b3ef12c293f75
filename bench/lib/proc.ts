import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Runs a command in its own process group and samples, every 200 ms, the
 * resident memory of its whole process tree (npm → node → workers) from
 * /proc. Peak RSS is the largest sum seen; wall time is start to exit.
 */

export type Measured = { command: string; code: number; wallSeconds: number; peakRssMB: number; output: string };

function processTable(): Map<number, { ppid: number; rssKB: number }> {
  const table = new Map<number, { ppid: number; rssKB: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(entry), { ppid, rssKB });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** RSS (KB) of `root` and each of its descendants. */
function treeRssList(root: number): number[] {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const list: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    list.push(table.get(pid)?.rssKB ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return list;
}

/** Sum of RSS (KB) of `root` and all its descendants. */
export function treeRssKB(root: number): number {
  return treeRssList(root).reduce((a, b) => a + b, 0);
}

/**
 * RSS (KB) of the largest process in the tree: for `npx next start`, the
 * server itself, without the launchers above it (npx and next's CLI, each a
 * Node process of its own that serves nothing).
 */
export function largestRssKB(root: number): number {
  return Math.max(0, ...treeRssList(root));
}

export function measure(
  command: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; echo?: boolean },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // PWD too: contentlayer takes the project root from it, not from the working directory.
    const env = { ...process.env, PWD: opts.cwd, ...opts.env };
    const child = spawn(command, args, { cwd: opts.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (opts.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakKB = 0;
    const sample = () => {
      if (child.pid) peakKB = Math.max(peakKB, treeRssKB(child.pid));
    };
    const timer = setInterval(sample, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        command: [command, ...args].join(' '),
        code: code ?? 1,
        wallSeconds: (performance.now() - started) / 1000,
        peakRssMB: peakKB / 1024,
        output,
      });
    });
  });
}
