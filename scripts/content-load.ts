/**
 * `npm run content:load`: puts everything contentlayer generated
 * (.contentlayer/generated, from `npm run content:build`) into the content
 * store, replacing what was there, in one transaction: a running site sees
 * the old content until the new is complete. Part of `npm run build`; after
 * that, `npm run content:publish` applies only what changed.
 *
 *   --rebuild   drop and recreate the tables first (done by itself when the
 *               store was made by another schema version)
 *   --build     run the content build (`npm run content:build`) first, and
 *               load each shard of it as soon as it is typed (decision 071):
 *               what `npm run build` does
 */
import { join } from 'node:path';
import { generatedDocumentBatches, GENERATED_DIR, hashOfFileIn } from '../lib/content/source';
import { saveScan, scanContent } from '../lib/publish/scan';
import { SCHEMA_VERSION } from '../lib/content/store/ddl';
import { dropAll, ensureSchema, openStore, schemaVersion, storeLocation } from '../lib/content/store/open';
import { loadDocuments } from '../lib/content/store/load';
import { batchesWhileBuilding, runContentBuild } from './lib/build-and-load';

const started = performance.now();
const store = await openStore(storeLocation());
try {
  // A full load replaces everything anyway: a store made by another schema
  // version is dropped and made again rather than refused.
  const building = process.argv.includes('--build');
  const version = await schemaVersion(store);
  // A store with content in it, to be dropped and made again.
  const rebuild = version !== undefined && (process.argv.includes('--rebuild') || version !== SCHEMA_VERSION);
  const root = process.cwd();
  if (rebuild || version === undefined) {
    // Dropping the tables is not part of the load's transaction: before
    // dropping content, the content build runs to its end, so that a failed
    // one leaves the store as it was (only a schema change or --rebuild
    // waits for it; an empty store has nothing to lose).
    if (building && rebuild) await runContentBuild(root);
    await dropAll(store);
  }
  await ensureSchema(store);
  // Each file's hash comes from the publisher's own scan: in a git checkout,
  // from git's index without reading the archive again (decision 018); the
  // scan cache it leaves saves the first publish in a checkout outside git
  // from reading every file.
  const scanned = scanContent(root);
  const hashes = new Map(scanned.map((s) => [s.file, s.hash]));
  const readHash = hashOfFileIn(root);
  const hashOf = (file: string) => hashes.get(file) ?? readHash(file);
  const batches =
    building && !rebuild ? batchesWhileBuilding(root, hashOf) : generatedDocumentBatches(join(root, GENERATED_DIR), root, hashOf);
  const { articles } = await loadDocuments(store, batches);
  saveScan(root, scanned);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Content store: ${articles} articles loaded into ${store.location} in ${seconds} s`);
} finally {
  await store.close();
}
