import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts `next start` in its own process group so the whole tree can be
 * stopped by group id, and waits until it answers.
 */
export async function startServer(
  port: number,
  env: Record<string, string> = {},
  cwd = process.cwd(),
): Promise<{ url: string; child: ChildProcess; stop: () => void }> {
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PWD: cwd, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`next start did not answer on ${url} within 60 s`);
}
