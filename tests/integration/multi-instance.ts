/**
 * `npm run test:multi-instance`: two `next start` instances on this machine
 * share one PostgreSQL store; one `content:publish`, sent to the first
 * instance only, must reach both within 10 s (the second hears it through
 * LISTEN/NOTIFY on the store's revalidation log).
 *
 * Needs a production build (`npm run build`). Uses TEST_DATABASE_URL, or
 * starts Debian's PostgreSQL itself (scripts/postgres-local.sh). Each
 * instance runs from its own copy of .next, as separate machines would.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = process.cwd();
const work = join(root, 'bench', '.tmp', 'multi-instance');
const ports = [Number(process.env.MULTI_PORT_A ?? 3801), Number(process.env.MULTI_PORT_B ?? 3802)];
const LIMIT_MS = 10_000;

function log(message: string) {
  console.log(`[multi-instance] ${message}`);
}

function adminUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const out = execFileSync('bash', [join(root, 'scripts', 'postgres-local.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim().split('\n').pop()!;
}

async function sql(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  execFileSync(command, args, { cwd: root, env, stdio: 'inherit' });
}

/** A folder that looks like the project to `next start`, with its own .next. */
function instanceDir(name: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, '.next'), join(dir, '.next'), { recursive: true });
  for (const entry of ['node_modules', 'package.json', 'next.config.js', 'public', 'lib'])
    symlinkSync(join(root, entry), join(dir, entry));
  return dir;
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

const servers: ChildProcess[] = [];
function stopServers() {
  for (const s of servers) if (s.pid && s.exitCode === null) process.kill(-s.pid, 'SIGTERM');
}

async function main() {
  if (!existsSync(join(root, '.next', 'BUILD_ID'))) throw new Error('Build first: npm run build');
  const admin = adminUrl();
  const name = `lantern_multi_${randomBytes(4).toString('hex')}`;
  await sql(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), LANTERN_SECRET: randomBytes(32).toString('base64url') };
  const slug = `multi-instance-${Date.now().toString(36)}`;
  const file = join(root, 'content', 'articles', `${slug}.md`);
  let ok = false;
  try {
    log(`store: ${name}`);
    run('npx', ['tsx', 'scripts/content-load.ts'], env);
    const dirs = ['a', 'b'].map(instanceDir);
    dirs.forEach((dir, i) => {
      const child = spawn(join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(ports[i]), '-H', '127.0.0.1'], {
        cwd: dir,
        env,
        detached: true,
        stdio: ['ignore', openSync(join(dir, 'server.log'), 'w'), openSync(join(dir, 'server.log'), 'a')],
      });
      servers.push(child);
    });
    await Promise.all(ports.map((p) => waitFor(`http://127.0.0.1:${p}/`, 60_000)));
    log(`instances on ${ports.join(' and ')}`);

    const title = `Two instances hear one publish ${slug}`;
    const date = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    writeFileSync(
      file,
      `---\ntitle: "${title}"\nsummary: "A story written by the multi-instance test and removed again when it ends."\ndate: ${date}\ncategory: world\nauthor: elena-varga\n---\n\nThe multi-instance test publishes this story through the first instance only, and waits for the second instance to show it on its home page, its section page and its own page, which it can only do if it heard the publish through the shared store.\n`,
    );
    const started = Date.now();
    run('npx', ['tsx', 'scripts/content-publish.ts'], { ...env, PUBLISH_URL: `http://127.0.0.1:${ports[0]}` });
    const pages = ['/', '/world', `/world/${slug}`];
    const seen = new Map<number, number>();
    while (Date.now() - started < LIMIT_MS && seen.size < ports.length) {
      for (const port of ports) {
        if (seen.has(port)) continue;
        // A dropped keep-alive connection is a retry, not a failure.
        const bodies = await Promise.all(
          pages.map((p) =>
            fetch(`http://127.0.0.1:${port}${p}`)
              .then((r) => r.text())
              .catch(() => ''),
          ),
        );
        if (bodies.every((b) => b.includes(title))) seen.set(port, Date.now() - started);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const port of ports)
      if (!seen.has(port))
        for (const p of pages) {
          const r = await fetch(`http://127.0.0.1:${port}${p}`).catch(() => undefined);
          const body = r ? await r.text() : '';
          log(
            `:${port}${p} → ${r?.status} ${r?.headers.get('x-nextjs-cache')} has slug: ${body.includes(slug)} has title: ${body.includes(title)}`,
          );
        }
    for (const port of ports)
      log(
        seen.has(port)
          ? `:${port} showed the story ${seen.get(port)} ms after publish began`
          : `:${port} did NOT show the story within ${LIMIT_MS} ms`,
      );
    ok = seen.size === ports.length;
  } finally {
    if (!ok)
      for (const name of ['a', 'b']) {
        const logFile = join(work, name, 'server.log');
        if (existsSync(logFile)) log(`instance ${name} said:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
      }
    rmSync(file, { force: true });
    stopServers();
    await new Promise((r) => setTimeout(r, 500));
    await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
  if (!ok) throw new Error('A publish did not reach every instance within 10 s.');
  log('passed');
}

main().catch((error) => {
  stopServers();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
