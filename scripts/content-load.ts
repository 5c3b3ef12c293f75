/**
 * `npm run content:load`: puts everything contentlayer generated
 * (.contentlayer/generated, from `npm run content:build`) into the content
 * store, replacing what was there, in one transaction: a running site sees
 * the old content until the new is complete. Part of `npm run build`; after
 * that, `npm run content:publish` applies only what changed.
 *
 *   --rebuild   drop and recreate the tables first (after a schema change)
 */
import { join } from 'node:path';
import { generatedDocuments, GENERATED_DIR } from '../lib/content/source';
import { dropAll, ensureSchema, openStore, storeLocation } from '../lib/content/store/open';
import { loadDocuments } from '../lib/content/store/write';

const started = performance.now();
const store = await openStore(storeLocation());
try {
  if (process.argv.includes('--rebuild')) await dropAll(store);
  await ensureSchema(store);
  const documents = generatedDocuments(join(process.cwd(), GENERATED_DIR));
  await loadDocuments(store, documents);
  const count = (...kinds: string[]) => documents.filter((d) => kinds.includes(d.kind)).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Content store: ${count('article')} articles, ${count('author', 'category')} authors and sections, ` +
      `${count('live')} live stories with ${count('liveEntry')} entries loaded into ${store.location} in ${seconds} s`,
  );
} finally {
  await store.close();
}
