/**
 * Serving: autocannon, 50 connections for 10 s per page, against `next
 * start` and, in the same run, against nginx serving the very same HTML
 * from disk on loopback: the physical limit of this machine. The ratio
 * says how far the origin is from it. Needs nginx (Debian: `apt-get install
 * nginx-light`); without it the static baseline is skipped with a message.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PAGE_TYPES, type PageType } from './lib/pages';
import { report } from './lib/report';
import { startServer } from './lib/server';

const port = Number(process.env.BENCH_PORT ?? 3356);
const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? 3360);
const duration = Number(process.env.BENCH_SERVE_SECONDS ?? 10);
const connections = 50;

type Load = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(url: string): Promise<Load> {
  const r = await autocannon({ url, connections, duration });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

function nginxBinary(): string | undefined {
  for (const bin of [process.env.NGINX, '/usr/sbin/nginx', 'nginx'].filter(Boolean) as string[]) {
    if (spawnSync(bin, ['-v']).status === 0) return bin;
  }
  return undefined;
}

/** nginx on loopback serving one HTML file per page type; stopped by process group. */
async function startNginx(bin: string, pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-nginx-'));
  // nginx workers run as an unprivileged user when started by root.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'html'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, 'html', `${name}.html`), html);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${dir}/html;
    location / { try_files $uri.html =404; }
  }
}
`,
  );
  mkdirSync(join(dir, 'tmp'));
  const child = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 40; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${nginxPort}/home`)).ok) return { url: `http://127.0.0.1:${nginxPort}`, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`nginx did not answer on port ${nginxPort}`);
}

const server = await startServer(port);
const results: { page: PageType; path: string; next: Load; nginx: Load | null; ratio: number | null }[] = [];
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
try {
  const html: Record<string, string> = {};
  const available: PageType[] = [];
  for (const [type, path] of Object.entries(PAGE_TYPES) as [PageType, string][]) {
    const res = await fetch(`${server.url}${path}`);
    if (res.status !== 200) {
      console.error(`skipping ${type}: ${path} answered ${res.status}`);
      continue;
    }
    html[type] = await res.text();
    available.push(type);
  }
  const bin = nginxBinary();
  if (bin) nginx = await startNginx(bin, html);
  else console.error('nginx not found (apt-get install nginx-light): static baseline skipped, no ratios.');
  for (const type of available) {
    const path = PAGE_TYPES[type];
    // Warm: first hits fill caches that a real server would already have.
    await autocannon({ url: `${server.url}${path}`, connections: 4, amount: 50 });
    const staticLoad = nginx ? await load(`${nginx.url}/${type}`) : null;
    const nextLoad = await load(`${server.url}${path}`);
    results.push({
      page: type,
      path,
      next: nextLoad,
      nginx: staticLoad,
      ratio: staticLoad ? nextLoad.rps / staticLoad.rps : null,
    });
  }
} finally {
  nginx?.stop();
  server.stop();
}

const n = (x: number) => x.toFixed(0);
report(
  'serve',
  `Serving (autocannon, ${connections} connections × ${duration} s; latency ms)`,
  ['page', 'next req/s', 'next p50', 'next p99', 'nginx req/s', 'nginx p50', 'nginx p99', 'next / nginx', 'errors/non-2xx'],
  results.map((r) => [
    r.page,
    n(r.next.rps),
    n(r.next.p50),
    n(r.next.p99),
    r.nginx ? n(r.nginx.rps) : 'n/a',
    r.nginx ? n(r.nginx.p50) : 'n/a',
    r.nginx ? n(r.nginx.p99) : 'n/a',
    r.ratio === null ? 'n/a' : `${(r.ratio * 100).toFixed(1)}%`,
    `${r.next.errors}/${r.next.non2xx}`,
  ]),
  { connections, duration, results },
);
