// `npm run content:build`: contentlayer2's own `build` command, run without
// its CLI entry point. That entry point switches on effect-ts execution
// tracing (a debugging aid) for every document fiber, which at 10,000+
// articles costs a large share of the content build (docs/performance.md).
//
// contentlayer holds every document of a run in memory until it has written
// them all, and its cost per document grows with the run: 10,000 articles
// take about 35 s and 1.2 GB, 50,000 ran out of an 8 GB heap after 13
// minutes. So a larger archive is built in shards of at most
// CONTENT_SHARD_SIZE articles (default 7,000), each a separate contentlayer
// run over a tree of links to its share of the files, CONTENT_BUILD_JOBS
// (default: one per core, at most 2) at a time. The articles stay in their
// shards: `.contentlayer/generated/Article/_shards.json` lists the shards'
// indexes, and the store is loaded from them one at a time (lib/content/source.ts),
// so nothing ever holds the whole archive. Everything else comes from the
// first shard, as every shard has the same authors, categories and types.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
// 7,000 rather than 10,000: with the larger young generation below, a
// 10,000-article shard holds 1.45-1.5 GB, so two side by side would reach
// 3 GB; two of 7,000 held 2.0 GB at 100,000 articles (decision 070).
const shardSize = Number(process.env.CONTENT_SHARD_SIZE ?? 7_000);
const jobs = Math.max(1, Number(process.env.CONTENT_BUILD_JOBS ?? Math.min(2, availableParallelism())));
const args = process.argv.slice(2);

async function buildInProcess() {
  const require = createRequire(import.meta.url);
  const { Builtins, Cli } = await import(pathToFileURL(require.resolve('clipanion')).href);
  const cliDist = dirname(require.resolve('@contentlayer2/cli'));
  const { BuildCommand } = await import(pathToFileURL(join(cliDist, 'commands/BuildCommand.js')).href);
  const cli = new Cli({ binaryLabel: 'Contentlayer CLI', binaryName: 'contentlayer2' });
  cli.register(BuildCommand);
  cli.register(Builtins.HelpCommand);
  await cli.runExit(['build', ...args], Cli.defaultContext);
}

/** Article files, relative to the content folder, in a stable order. */
function articleFiles() {
  const dir = join(contentDir, 'articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|markdown)$/i.test(f))
    .sort();
}

/**
 * A file's shard follows from its path alone, so adding an article moves no
 * other article to another shard, and each shard's contentlayer cache stays warm.
 */
function shardOf(file, shards) {
  return createHash('sha1').update(file).digest().readUInt32BE(0) % shards;
}

/**
 * Where the shards' folders of links are made: in memory (/dev/shm, Linux)
 * where there is one, else in the project. Making 100,000 links on this
 * machine's disk took over a minute before any shard could start (7 s per
 * 10,000), and as long again to delete; in /dev/shm, 1.5 s, and about 100 MB
 * of kernel memory while the build runs (decision 070). Named after the
 * project, and the same every build, so each shard's contentlayer cache
 * still sees the same paths.
 */
const linksBase = existsSync('/dev/shm')
  ? join('/dev/shm', `lantern-content-${createHash('sha1').update(project).digest('hex').slice(0, 12)}`)
  : join(project, '.contentlayer', 'links');

/** A content folder for one shard: links to its articles, and to every other folder. */
function prepareShard(links, files) {
  rmSync(links, { recursive: true, force: true });
  mkdirSync(join(links, 'articles'), { recursive: true });
  for (const entry of readdirSync(contentDir)) {
    if (entry !== 'articles') symlinkSync(join(contentDir, entry), join(links, entry));
  }
  for (const file of files) {
    const link = join(links, 'articles', file);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(contentDir, 'articles', file), link);
  }
}

/**
 * contentlayer's effect-ts fibers allocate short-lived objects at a great
 * rate: with V8's default young generation (16 MB semi-spaces), garbage
 * collection was a fifth of a shard's time. 32 MB ones take 15-20% off a
 * shard's CPU time for about 100 MB more memory (decision 070).
 */
const SHARD_NODE_FLAGS = ['--max-semi-space-size=32'];

/** Shard processes still running, stopped with this one (a failed load stops the build). */
const running = new Set();
const stopShards = () => {
  for (const child of running) child.kill('SIGTERM');
};

function runShard({ root, links }) {
  return new Promise((done, fail) => {
    // contentlayer writes `.contentlayer` into $PWD; the working directory
    // stays the project's, where image sizes are read from public/.
    const child = spawn(
      process.execPath,
      [...SHARD_NODE_FLAGS, fileURLToPath(import.meta.url), '--config', join(project, 'contentlayer.config.ts'), ...args],
      {
        cwd: project,
        env: {
          ...process.env,
          PWD: root,
          CONTENT_DIR: links,
          CONTENT_SHARD_SIZE: 'Infinity',
          CONTENT_BUILD_SHARD: '1',
        },
        stdio: 'inherit',
      },
    );
    running.add(child);
    child.on('error', fail);
    child.on('exit', (code) => {
      running.delete(child);
      if (code === 0) done();
      else fail(new Error(`content build of ${root} failed (exit ${code})`));
    });
  });
}

/** Where a sharded build lists its shards' article indexes (lib/content/source.ts reads it). */
const SHARDS_FILE = '_shards.json';

async function buildInShards(files) {
  const shards = Math.ceil(files.length / shardSize);
  const base = join(project, '.contentlayer', 'shards');
  const groups = Array.from({ length: shards }, () => []);
  for (const file of files) groups[shardOf(file, shards)].push(file);
  // Shards from a build with another shard count hold other files.
  for (const old of existsSync(base) ? readdirSync(base) : [])
    if (Number(old) >= shards) rmSync(join(base, old), { recursive: true, force: true });
  console.log(`Content build: ${files.length} articles in ${shards} shards, ${jobs} at a time`);
  const shardDirs = groups.map((group, i) => {
    const dirs = { shard: i, root: join(base, String(i)), links: join(linksBase, String(i)) };
    // Builds before decision 070 kept the links in the shard's folder.
    rmSync(join(dirs.root, 'content'), { recursive: true, force: true });
    prepareShard(dirs.links, group);
    return dirs;
  });
  const roots = shardDirs.map((d) => d.root);
  const queue = [...shardDirs];
  // Stopped (a load that failed stops its build), or the load that started
  // it gone (killed, out of memory): the shards stop too, and their links go.
  const stop = () => {
    stopShards();
    rmSync(linksBase, { recursive: true, force: true });
    process.exit(143);
  };
  process.on('SIGTERM', stop);
  if (process.send) {
    process.on('disconnect', stop);
    // Listening for 'disconnect' would otherwise keep the channel, and this
    // process, alive once the build is done.
    process.channel?.unref();
  }
  try {
    await Promise.all(
      Array.from({ length: Math.min(jobs, shards) }, async () => {
        for (let shard = queue.shift(); shard; shard = queue.shift()) {
          await runShard(shard);
          // `content:load --build` loads each shard as soon as it is typed,
          // while the next ones are (scripts/content-load.ts).
          process.send?.({ shard: shard.shard, shards, generated: join(shard.root, '.contentlayer', 'generated') }, (error) => {
            if (error) stop();
          });
        }
      }),
    );
  } catch (error) {
    // One shard failed: the others' work would be thrown away.
    stopShards();
    throw error;
  } finally {
    rmSync(linksBase, { recursive: true, force: true });
  }
  const generated = join(project, '.contentlayer', 'generated');
  rmSync(generated, { recursive: true, force: true });
  const firstGenerated = join(roots[0], '.contentlayer', 'generated');
  cpSync(firstGenerated, generated, { recursive: true });
  // The articles stay in their shards: the store loads them shard by shard
  // (scripts/content-load.ts), never the whole archive at once. The list of
  // shard indexes takes the place of the one index.
  rmSync(join(generated, 'Article', '_index.json'), { force: true });
  rmSync(join(generated, 'Article', '_index.mjs'), { force: true });
  writeFileSync(
    join(generated, 'Article', SHARDS_FILE),
    `${JSON.stringify(
      roots.map((root) => join(root, '.contentlayer', 'generated', 'Article', '_index.json')),
      null,
      2,
    )}\n`,
  );
  console.log(`Built ${shards} shards; their article indexes are listed in .contentlayer/generated/Article/${SHARDS_FILE}`);
}

const files = articleFiles();
if (files.length > shardSize) await buildInShards(files);
else {
  // A smaller archive than last time: the shards of that build are stale.
  if (!process.env.CONTENT_BUILD_SHARD) {
    rmSync(join(project, '.contentlayer', 'shards'), { recursive: true, force: true });
    rmSync(join(project, '.contentlayer', 'generated', 'Article', SHARDS_FILE), { force: true });
  }
  await buildInProcess();
}
