/**
 * `npm run content:publish`: applies the working tree's content/ to the live
 * site, with no build and no restart. Only files added, changed or removed
 * since the last publish are checked, typed and stored; every problem is
 * listed at once, and if there is any error nothing changes and it exits 1.
 * The servers are then told which cached pages to refresh.
 *
 * Needs nothing beyond what `npm start` needed: the same store (DATABASE_URL,
 * or the SQLite file in .data/) and the same secret (LANTERN_SECRET, or
 * .data/secret). PUBLISH_URL=https://site.example sends the revalidation to
 * that address instead of to the servers running in this folder.
 */
import { resolve } from 'node:path';
import { ensureSchema, openStore, storeLocation } from '../lib/content/store/open';
import { publicFileChecker } from '../lib/content/validation/load';
import { formatReport } from '../lib/content/validation/problem';
import { revalidationTargets } from '../lib/publish/instances';
import { notifyServers } from '../lib/publish/notify';
import { publish } from '../lib/publish/publish';
import { typeFiles } from '../lib/publish/typing';
import { siteSecret } from '../lib/secret';
import { parseCli } from './lib/cli';

const usage = `Usage: npm run content:publish

Publishes what changed in content/ since the last publish. No arguments.
Environment: DATABASE_URL (the store), LANTERN_SECRET, PUBLISH_URL (see docs/deploy.md).`;

const flags = parseCli(usage, { help: { type: 'boolean', short: 'h' } });
if (flags.help) {
  console.log(usage);
  process.exit(0);
}

const root = process.cwd();
const started = performance.now();
const store = await openStore(storeLocation());
let code = 0;
try {
  await ensureSchema(store);
  const secret = siteSecret();
  const targets = revalidationTargets();
  const result = await publish({
    root,
    store,
    now: new Date(),
    publicFileExists: publicFileChecker(resolve(root, process.env.PUBLIC_DIR ?? 'public')),
    typeFiles,
    notify: (tags) => notifyServers(tags, targets, secret),
  });
  const { added, changed, removed } = result.diff;
  const counts = `${added.length} added, ${changed.length} changed, ${removed.length} removed`;
  if (result.status === 'unchanged') console.log(`Nothing to publish: content/ matches the live site (${store.location}).`);
  else if (result.status === 'refused') {
    console.log(formatReport(result.problems));
    console.error(`\nNothing was published (${counts}): fix the errors above and run \`npm run content:publish\` again.`);
    code = 1;
  } else {
    if (result.problems.length) console.log(formatReport(result.problems));
    for (const file of [...added, ...changed]) console.log(`  published  ${file.file}`);
    for (const file of removed) console.log(`  removed    ${file}`);
    console.log(`Revalidated ${result.tags.length} cache tags.`);
    for (const n of result.notified) console.log(`  ${n.ok ? 'told' : 'could not tell'} ${n.target}: ${n.detail}`);
    if (!targets.length)
      console.log('  No server is running in this folder; running servers elsewhere read the change from the store.');
    const ms = Object.entries(result.ms)
      .map(([k, v]) => `${k} ${Math.round(v)} ms`)
      .join(', ');
    console.log(`Published ${counts} in ${((performance.now() - started) / 1000).toFixed(1)} s (${ms}).`);
  }
} catch (error) {
  console.error(`content:publish failed, and nothing was published: ${error instanceof Error ? error.message : error}`);
  code = 1;
} finally {
  await store.close();
}
process.exit(code);
