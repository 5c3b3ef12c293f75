import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromDoc, authorFromDoc, categoryFromDoc, liveEntryFromDoc, liveStoryFromDoc } from './source-mapping';
import type { ContentDocument } from './store/documents';

/**
 * The only module that reads contentlayer's output: typed documents in
 * `<dir>/{Article,Author,Category,LiveStory,LiveEntry}/_index.json`, mapped
 * onto the domain types (./source-mapping.ts) and handed to the store
 * (lib/content/store/load.ts for a build, write.ts for a publish). The
 * running site never reads these files; it reads the store.
 */

export const GENERATED_DIR = join('.contentlayer', 'generated');

/**
 * The content hash the publisher compares: git's blob hash of the file's
 * bytes (sha1 of "blob <length>\0" and the bytes), so that for a file git
 * already tracks it is read from git's index instead of the file (decision 018).
 */
export function fileHash(text: string | Buffer): string {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A file's hash, read from the file itself (root-relative path, "content/articles/x.md"). */
export const hashOfFileIn =
  (root: string) =>
  (file: string): string =>
    fileHash(readFileSync(join(root, file)));

function readJson<T>(file: string): T[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : [];
}

/** The article indexes of a content build: one, or one per shard (scripts/content-build.mjs). */
export function articleIndexFiles(dir: string): string[] {
  const shards = join(dir, 'Article', '_shards.json');
  return existsSync(shards) ? (JSON.parse(readFileSync(shards, 'utf8')) as string[]) : [join(dir, 'Article', '_index.json')];
}

type Generated = { _raw: { sourceFilePath: string } };

/** Gives a content file's hash ("content/articles/x.md"). */
type HashOf = (file: string) => string;

/** The documents of one generated index, each with its file, its hash and its domain value. */
function documents<D extends Generated, K extends ContentDocument['kind']>(
  index: string,
  kind: K,
  toValue: (doc: D) => Extract<ContentDocument, { kind: K }>['value'],
  hashOf: HashOf,
): ContentDocument[] {
  return readJson<D>(index).map((doc) => {
    const file = `content/${doc._raw.sourceFilePath}`;
    return { kind, file, hash: hashOf(file), value: toValue(doc) } as ContentDocument;
  });
}

/**
 * Sections, authors and live coverage generated in `dir`: what stories name,
 * so the store takes them first. Every shard of a sharded build generates
 * them all (scripts/content-build.mjs).
 */
export function generatedNonArticles(dir: string, hashOf: HashOf): ContentDocument[] {
  return [
    ...documents(join(dir, 'Category', '_index.json'), 'category', categoryFromDoc, hashOf),
    ...documents(join(dir, 'Author', '_index.json'), 'author', authorFromDoc, hashOf),
    // Live stories are few; their entries are stored after every story (loadDocuments).
    ...documents(join(dir, 'LiveStory', '_index.json'), 'live', liveStoryFromDoc, hashOf),
    ...documents(join(dir, 'LiveEntry', '_index.json'), 'liveEntry', liveEntryFromDoc, hashOf),
  ];
}

/** The articles of one generated article index (the one index, or one shard's). */
export function generatedArticles(index: string, hashOf: HashOf): ContentDocument[] {
  return documents(index, 'article', articleFromDoc, hashOf);
}

/**
 * Everything contentlayer generated in `dir`, ready for the store, in
 * batches: sections, authors and live coverage first, then the articles one
 * index (one shard) at a time, so that loading a 100,000-story archive never holds it
 * all. `root` is the folder content paths are relative to (the project);
 * `hashOf` gives a file's content hash (the publisher's scan knows them all
 * without reading the files, in a git checkout).
 */
export function* generatedDocumentBatches(
  dir: string,
  root: string = process.cwd(),
  hashOf: HashOf = hashOfFileIn(root),
): Generator<ContentDocument[]> {
  yield generatedNonArticles(dir, hashOf);
  for (const index of articleIndexFiles(dir)) yield generatedArticles(index, hashOf);
}

/** Every document generated in `dir`, at once (a publish's few files). */
export function generatedDocuments(dir: string, root: string = process.cwd()): ContentDocument[] {
  return [...generatedDocumentBatches(dir, root)].flat();
}
