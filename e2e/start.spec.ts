import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// `npm start`, as the README has a newcomer run it, on a port of its own
// (E2E_START_PORT, default E2E_PORT + 1 = 3211): it must serve the build,
// its static files and public/, and print nothing alarming while it does.

const port = Number(process.env.E2E_START_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 1);

test('npm start serves the build without a warning', async () => {
  test.setTimeout(60_000);
  const child = spawn('npm', ['start', '--', '-H', '127.0.0.1'], {
    cwd: process.cwd(),
    detached: true,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => void (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => void (output += c.toString()));
  const base = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(async () => (await fetch(`${base}/`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);
    const html = await (await fetch(`${base}/`)).text();
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css, 'the page links its stylesheet').toBeDefined();
    expect((await fetch(`${base}${css}`)).status, 'static files').toBe(200);
    expect((await fetch(`${base}/logo.png`)).status, 'public/').toBe(200);
    expect(output).toMatch(/Ready/);
    const alarming = output.split('\n').filter((line) => /⚠|warn|error/i.test(line));
    expect(alarming, output).toEqual([]);
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
});
