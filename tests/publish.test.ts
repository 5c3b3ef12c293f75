import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRepository } from '@/lib/content/repository';
import { fileHash } from '@/lib/content/source';
import { articleFromDoc, authorFromDoc, categoryFromDoc } from '@/lib/content/source-mapping';
import type { ContentDocument } from '@/lib/content/store/documents';
import { markdownToText } from '@/lib/content/text';
import { parseSourceFile, type ContentKind } from '@/lib/content/validation/source-file';
import type { CheckedFile } from '@/lib/publish/typing';
import { publish, type PublishDeps } from '@/lib/publish/publish';
import { diffContent, SCAN_CACHE, saveScan, scanContent, type ScannedFile } from '@/lib/publish/scan';
import { validateChange } from '@/lib/publish/validate-change';
import { articleSource, tempRoots, write } from './helpers/content-files';
import { makeArticle, makeAuthor, makeCategory } from './helpers/factory';
import { engines, fixtureRepository, openTestStore, type Engine, type TestStore } from './helpers/store';

/**
 * `npm run content:publish` in parts: the scan of content/ and its cache, the
 * diff against the store, the check of a change against the unchanged rest,
 * and the whole publish over a temporary content folder and a test store.
 */

const NOW = new Date('2026-07-01T00:00:00Z');

const tempRoot = tempRoots('lantern-publish-');

const authorSource = (name: string) => `---\nname: "${name}"\n---\n\n${name} covers cities.\n`;
const categorySource = (title: string, order: number) => `---\ntitle: "${title}"\norder: ${order}\n---\n\nAbout ${title}.\n`;

describe('scanContent', () => {
  function archive(): string {
    const root = tempRoot();
    write(root, 'content/articles/b-story.md', 'bbb');
    write(root, 'content/articles/a-story.md', 'aaaa');
    write(root, 'content/articles/2026/nested.markdown', 'nested');
    write(root, 'content/articles/notes.txt', 'not content');
    write(root, 'content/authors/ana.md', 'ana');
    write(root, 'content/categories/world.md', 'world');
    write(root, 'content/other/ignored.md', 'elsewhere');
    return root;
  }

  it('lists the Markdown files of each content folder, with their kind and a hash of their bytes', () => {
    const root = archive();
    const scanned = scanContent(root, { cacheFile: '' });
    expect(scanned.map((s) => [s.file, s.kind])).toEqual([
      ['content/articles/2026/nested.markdown', 'article'],
      ['content/articles/a-story.md', 'article'],
      ['content/articles/b-story.md', 'article'],
      ['content/authors/ana.md', 'author'],
      ['content/categories/world.md', 'category'],
    ]);
    const a = scanned.find((s) => s.file === 'content/articles/a-story.md')!;
    expect(a.hash).toBe(fileHash('aaaa'));
    expect(a.size).toBe(4);
  });

  it('lists nothing for a missing content folder', () => {
    const root = tempRoot();
    write(root, 'content/authors/ana.md', 'ana');
    expect(scanContent(root, { cacheFile: '' }).map((s) => s.file)).toEqual(['content/authors/ana.md']);
    expect(scanContent(tempRoot(), { cacheFile: '' })).toEqual([]);
  });

  it('reads content from another folder when asked', () => {
    const root = tempRoot();
    write(root, 'elsewhere/articles/x.md', 'x');
    expect(scanContent(root, { contentDir: 'elsewhere', cacheFile: '' }).map((s) => s.file)).toEqual(['elsewhere/articles/x.md']);
  });

  describe('with a scan cache', () => {
    const T = new Date('2026-05-01T00:00:00Z');

    it('keeps the cached hash of a file whose size and modification time have not changed, without reading it', () => {
      const root = archive();
      const cacheFile = join(root, 'cache.json');
      saveScan(root, scanContent(root, { cacheFile: '' }), cacheFile);
      const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, [number, number, string]>;
      // A hash no file could have: only the cache can have supplied it.
      cache['content/authors/ana.md']![2] = 'from-the-cache';
      writeFileSync(cacheFile, JSON.stringify(cache));
      const scanned = scanContent(root, { cacheFile });
      expect(scanned.find((s) => s.file === 'content/authors/ana.md')?.hash).toBe('from-the-cache');
      expect(scanned.find((s) => s.file === 'content/categories/world.md')?.hash).toBe(fileHash('world'));
    });

    it('so an edit that keeps size and time goes unseen, and one that changes either is read', () => {
      const root = archive();
      const file = join(root, 'content/articles/a-story.md');
      utimesSync(file, T, T);
      const cacheFile = join(root, 'cache.json');
      saveScan(root, scanContent(root, { cacheFile }), cacheFile);
      writeFileSync(file, 'AAAA');
      utimesSync(file, T, T);
      const hashOf = (scanned: ScannedFile[]) => scanned.find((s) => s.file === 'content/articles/a-story.md')?.hash;
      expect(hashOf(scanContent(root, { cacheFile }))).toBe(fileHash('aaaa'));
      expect(hashOf(scanContent(root, { cacheFile: '' }))).toBe(fileHash('AAAA'));
      const later = new Date(T.getTime() + 1000);
      utimesSync(file, later, later);
      expect(hashOf(scanContent(root, { cacheFile }))).toBe(fileHash('AAAA'));
      writeFileSync(file, 'AAAAA');
      utimesSync(file, T, T);
      expect(hashOf(scanContent(root, { cacheFile }))).toBe(fileHash('AAAAA'));
    });

    it('lives in .data/ of the root by default', () => {
      const root = archive();
      saveScan(root, scanContent(root));
      const cache = JSON.parse(readFileSync(join(root, SCAN_CACHE), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(cache).sort()).toContain('content/authors/ana.md');
    });

    it('is ignored when unreadable', () => {
      const root = archive();
      const cacheFile = join(root, 'cache.json');
      writeFileSync(cacheFile, '{ not json');
      expect(scanContent(root, { cacheFile }).find((s) => s.file === 'content/authors/ana.md')?.hash).toBe(fileHash('ana'));
    });
  });
});

describe('diffContent', () => {
  const file = (name: string, hash: string): ScannedFile => ({
    file: `content/articles/${name}.md`,
    kind: 'article',
    hash,
    size: 1,
    mtimeMs: 1,
  });

  it('sorts files into added, changed and removed by hash', () => {
    const scanned = [file('same', 'h1'), file('edited', 'new'), file('fresh', 'h3')];
    const stored = new Map([
      ['content/articles/same.md', 'h1'],
      ['content/articles/edited.md', 'old'],
      ['content/articles/z-gone.md', 'h4'],
      ['content/articles/a-gone.md', 'h5'],
    ]);
    const diff = diffContent(scanned, stored);
    expect(diff.added.map((s) => s.file)).toEqual(['content/articles/fresh.md']);
    expect(diff.changed.map((s) => s.file)).toEqual(['content/articles/edited.md']);
    expect(diff.removed).toEqual(['content/articles/a-gone.md', 'content/articles/z-gone.md']);
  });

  it('finds nothing when disk and store agree, everything added into an empty store', () => {
    const scanned = [file('a', 'h1')];
    expect(diffContent(scanned, new Map([['content/articles/a.md', 'h1']]))).toEqual({ added: [], changed: [], removed: [] });
    expect(diffContent(scanned, new Map()).added).toHaveLength(1);
    expect(diffContent([], new Map([['content/articles/a.md', 'h1']])).removed).toEqual(['content/articles/a.md']);
  });
});

describe.each(engines)('validateChange on %s', (engine: Engine) => {
  let outline: Awaited<ReturnType<ReturnType<typeof createRepository>['contentOutline']>>;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const repo = await fixtureRepository(engine, {
      categories: [makeCategory('world', 1), makeCategory('life', 2)],
      authors: [makeAuthor('ana'), makeAuthor('ben'), makeAuthor('wire', { kind: 'organization' })],
      articles: [
        makeArticle({ slug: 'harbour', category: 'world', authors: ['ana'], tags: ['Transport'] }),
        // A shared byline, and a story renamed and moved before: its old addresses redirect to it.
        makeArticle({
          slug: 'ferries',
          category: 'life',
          authors: ['ana', 'wire'],
          aliases: ['/world/ferries', '/world/old-ferries'],
        }),
        makeArticle({ slug: 'bridge', category: 'world', authors: ['ana'] }),
        makeArticle({ slug: 'kitchens', category: 'life', authors: ['ben'] }),
        // Already in the store with a section that does not exist: not this change's business.
        makeArticle({ slug: 'orphan', category: 'gone', authors: ['ben'] }),
      ],
    });
    outline = await repo.contentOutline();
    dispose = repo.dispose;
  });
  afterAll(async () => {
    await dispose?.();
  });

  const options = { publicFileExists: () => true, now: NOW };
  const parse = (file: string, text: string, kind: ContentKind = 'article') => parseSourceFile(file, text, kind);
  const errors = <T extends { severity: string }>(problems: T[]) => problems.filter((p) => p.severity === 'error');

  it('accepts a good new story against the stored rest', async () => {
    const files = [parse('content/articles/lighthouse.md', articleSource({ title: '"Lighthouse keepers return"' }))];
    expect(errors(await validateChange({ files, removed: [], outline }, options))).toEqual([]);
  });

  it('reports a changed story naming an unknown author, with its file and line', async () => {
    const files = [parse('content/articles/harbour.md', articleSource({ author: 'nobody' }))];
    const problems = errors(await validateChange({ files, removed: [], outline }, options));
    expect(problems).toMatchObject([
      {
        severity: 'error',
        file: 'content/articles/harbour.md',
        line: 6,
        field: 'author',
        message: '"nobody" is not a known author.',
      },
    ]);
  });

  it('reports a changed story with both author and authors, and an unknown co-author, at their lines', async () => {
    const both = parse('content/articles/harbour.md', articleSource({ authors: '[ana, ben]' }));
    const unknown = parse('content/articles/bridge.md', articleSource({ author: undefined, authors: '[ana, nobody]' }));
    const problems = errors(await validateChange({ files: [both, unknown], removed: [], outline }, options));
    expect(problems).toMatchObject([
      { file: 'content/articles/bridge.md', line: 7, field: 'authors.1', message: '"nobody" is not a known author.' },
      { file: 'content/articles/harbour.md', line: 8, field: 'authors' },
    ]);
  });

  it('refuses an alias that is the address of a stored story, or a stored story’s alias, on the changed file', async () => {
    const files = [
      parse(
        'content/articles/lighthouse.md',
        articleSource({ title: '"Lighthouse"', aliases: '["/world/bridge", "/world/old-ferries"]' }),
      ),
    ];
    const problems = errors(await validateChange({ files, removed: [], outline }, options));
    expect(problems).toMatchObject([
      {
        file: 'content/articles/lighthouse.md',
        line: 8,
        field: 'aliases.0',
        message: expect.stringContaining('content/articles/bridge.md'),
      },
      {
        file: 'content/articles/lighthouse.md',
        line: 8,
        field: 'aliases.1',
        message: expect.stringContaining('content/articles/ferries.md'),
      },
    ]);
  });

  it('refuses a new story at an address a stored story keeps as an alias', async () => {
    const files = [parse('content/articles/old-ferries.md', articleSource({ title: '"Old ferries"' }))];
    const problems = errors(await validateChange({ files, removed: [], outline }, options));
    expect(problems).toMatchObject([
      {
        file: 'content/articles/old-ferries.md',
        field: 'slug',
        message: expect.stringContaining('old address of content/articles/ferries.md'),
      },
    ]);
  });

  it('accepts renaming a story, and moving one to another section, that keep their old addresses as aliases', async () => {
    const renamed = parse(
      'content/articles/bridge-reopens.md',
      articleSource({ title: '"Bridge"', aliases: '["/world/bridge"]' }),
    );
    expect(errors(await validateChange({ files: [renamed], removed: ['content/articles/bridge.md'], outline }, options))).toEqual(
      [],
    );
    const moved = parse('content/articles/harbour.md', articleSource({ category: 'life', aliases: '["/world/harbour"]' }));
    expect(errors(await validateChange({ files: [moved], removed: [], outline }, options))).toEqual([]);
    // Without the rename the old story still holds the address.
    expect(errors(await validateChange({ files: [renamed], removed: [], outline }, options))).toMatchObject([
      { field: 'aliases.0' },
    ]);
  });

  it('accepts a story that takes over an alias another story gives up in the same change', async () => {
    const giving = parse(
      'content/articles/ferries.md',
      articleSource({ category: 'life', author: undefined, authors: '[ana, wire]', aliases: '["/world/ferries"]' }),
    );
    const taking = parse(
      'content/articles/lighthouse.md',
      articleSource({ title: '"Lighthouse"', aliases: '["/world/old-ferries"]' }),
    );
    expect(errors(await validateChange({ files: [giving, taking], removed: [], outline }, options))).toEqual([]);
  });

  it('refuses deleting an author a stored story names as a co-author', async () => {
    const problems = errors(await validateChange({ files: [], removed: ['content/authors/wire.md'], outline }, options));
    expect(problems).toMatchObject([
      { file: 'content/authors/wire.md', field: 'author', message: expect.stringContaining('content/articles/ferries.md') },
    ]);
  });

  it('reports a duplicate slug against an unchanged stored file on the changed file', async () => {
    const files = [parse('content/articles/2026/bridge.md', articleSource({ title: '"Another bridge"' }))];
    const problems = errors(await validateChange({ files, removed: [], outline }, options));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/articles/2026/bridge.md', field: 'slug' });
    expect(problems[0]).toHaveProperty('message', expect.stringContaining('content/articles/bridge.md'));
  });

  it('does not report problems of unchanged files', async () => {
    const files = [parse('content/articles/harbour.md', articleSource({ title: '"Harbour tunnel reopens at last"' }))];
    const problems = await validateChange({ files, removed: [], outline }, options);
    expect(problems.filter((p) => p.file !== 'content/articles/harbour.md')).toEqual([]);
    expect(errors(problems)).toEqual([]);
  });

  it('refuses deleting a section that stored stories still name, naming them', async () => {
    const problems = errors(await validateChange({ files: [], removed: ['content/categories/world.md'], outline }, options));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/categories/world.md', field: 'category' });
    expect(problems[0]!.message).toContain('2 stories name it');
    expect(problems[0]!.message).toContain('content/articles/harbour.md');
    expect(problems[0]!.message).toContain('content/articles/bridge.md');
  });

  it('accepts deleting a section once the change moves its stories elsewhere', async () => {
    const files = [
      parse('content/articles/harbour.md', articleSource({ category: 'life' })),
      parse('content/articles/bridge.md', articleSource({ category: 'life', title: '"Bridge"' })),
    ];
    const problems = errors(await validateChange({ files, removed: ['content/categories/world.md'], outline }, options));
    expect(problems).toEqual([]);
  });

  it('accepts deleting a story, and a section or author nobody names', async () => {
    const problems = await validateChange(
      { files: [], removed: ['content/articles/kitchens.md', 'content/articles/orphan.md', 'content/authors/ben.md'], outline },
      options,
    );
    expect(errors(problems)).toEqual([]);
  });

  it('refuses deleting an author that stored stories still name, naming them', async () => {
    // lib/publish/validate-change.ts outlineFile(): a stored story's outline
    // (ContentOutline.article, lib/content/queries/outline.ts contentOutline) has
    // no author, so checkRemovals never finds the stories that name one.
    const problems = errors(await validateChange({ files: [], removed: ['content/authors/ana.md'], outline }, options));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/authors/ana.md', field: 'author' });
    expect(problems[0]!.message).toContain('content/articles/harbour.md');
  });
});

describe.each(engines)('publish on %s', (engine: Engine) => {
  let store: TestStore;
  let root: string;
  const notify = vi.fn(async (tags: string[]) => [{ target: 'http://test', ok: true, detail: `${tags.length} tags` }]);
  const typed = vi.fn<(files: string[]) => void>();

  /** What contentlayer would make of these files, shaped as its documents, mapped as the real build maps them. */
  async function typeFiles(_root: string, checked: CheckedFile[]): Promise<ContentDocument[]> {
    typed(checked.map((c) => c.file));
    return checked.map(({ file, text, hash }): ContentDocument => {
      const kind: ContentKind = file.startsWith('content/articles/')
        ? 'article'
        : file.startsWith('content/authors/')
          ? 'author'
          : 'category';
      const source = parseSourceFile(file, text, kind);
      const defaults =
        kind === 'article' ? { tags: [], draft: false, corrections: [] } : kind === 'author' ? { kind: 'person', links: [] } : {};
      const doc = {
        ...defaults,
        ...source.data,
        slug: source.slug,
        body: { raw: source.body },
        _raw: { sourceFilePath: file.slice('content/'.length) },
        wordCount: source.body.split(/\s+/).filter(Boolean).length,
        readingMinutes: 1,
        imageSize: null,
        avatarSize: null,
        bioText: markdownToText(source.body),
      };
      if (kind === 'article')
        return { kind, file, hash, value: articleFromDoc(doc as unknown as Parameters<typeof articleFromDoc>[0]) };
      if (kind === 'author')
        return { kind, file, hash, value: authorFromDoc(doc as unknown as Parameters<typeof authorFromDoc>[0]) };
      return { kind, file, hash, value: categoryFromDoc(doc as unknown as Parameters<typeof categoryFromDoc>[0]) };
    });
  }

  const deps = (): PublishDeps => ({
    root,
    store,
    now: NOW,
    publicFileExists: () => true,
    typeFiles,
    notify,
    scanCache: false,
  });
  const repo = () => createRepository(store);
  const revalidations = () => store.db.selectFrom('revalidations').selectAll().orderBy('id').execute();

  beforeAll(async () => {
    store = await openTestStore(engine);
    root = tempRoot();
    write(root, 'content/categories/world.md', categorySource('World', 1));
    write(root, 'content/categories/life.md', categorySource('Life', 2));
    write(root, 'content/authors/ana.md', authorSource('Ana Ferreira'));
    write(root, 'content/articles/harbour.md', articleSource({}));
  });
  afterAll(async () => {
    await store?.dispose();
  });
  afterEach(() => {
    notify.mockClear();
    typed.mockClear();
  });

  // The steps below run in order, each on the store the one before left.

  it('publishes a new archive into an empty store, and tells the servers', async () => {
    const result = await publish(deps());
    expect(result.status).toBe('published');
    if (result.status !== 'published') return;
    expect(result.diff.added.map((s) => s.file)).toEqual([
      'content/articles/harbour.md',
      'content/authors/ana.md',
      'content/categories/life.md',
      'content/categories/world.md',
    ]);
    expect(result.tags).toEqual(
      expect.arrayContaining(['article:/world/harbour', 'section:world', 'author:ana', 'site', 'home']),
    );
    expect(notify).toHaveBeenCalledExactlyOnceWith(result.tags);
    expect(result.notified).toEqual([{ target: 'http://test', ok: true, detail: `${result.tags.length} tags` }]);
    const story = await repo().article('world', 'harbour', NOW);
    expect(story).toMatchObject({ title: 'Harbour tunnel reopens', authors: ['ana'], tags: ['Transport'] });
    expect((await repo().categories()).map((c) => c.slug)).toEqual(['world', 'life']);
    // The hash stored is the file's, not whatever the typing step said.
    const outline = await repo().contentOutline();
    expect(outline.find((o) => o.file === 'content/articles/harbour.md')?.hash).toBe(
      fileHash(readFileSync(join(root, 'content/articles/harbour.md'))),
    );
    expect((await revalidations()).map((r) => [JSON.parse(r.tags), Number(r.created_at)])).toEqual([
      [result.tags, NOW.getTime()],
    ]);
  });

  it('finds nothing to do when nothing changed', async () => {
    const result = await publish(deps());
    expect(result.status).toBe('unchanged');
    expect(typed).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  it('refuses a bad change and leaves the store as it was', async () => {
    const outlineBefore = await repo().contentOutline();
    const logBefore = await revalidations();
    write(root, 'content/articles/harbour.md', articleSource({ author: 'nobody', title: '"Broken"' }));
    write(root, 'content/articles/lighthouse.md', articleSource({ title: '"Lighthouse keepers return"' }));
    const result = await publish(deps());
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') return;
    expect(result.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { file: 'content/articles/harbour.md', field: 'author', line: 6 },
    ]);
    // Typing runs alongside the check (a process of its own); what it made is discarded.
    expect(notify).not.toHaveBeenCalled();
    expect(await repo().contentOutline()).toEqual(outlineBefore);
    expect((await repo().article('world', 'harbour', NOW))?.title).toBe('Harbour tunnel reopens');
    expect(await repo().article('world', 'lighthouse', NOW, { preview: true })).toBeUndefined();
    expect(await revalidations()).toEqual(logBefore);
  });

  it('refuses a bad change whose typing fails too, and reports the check’s problems', async () => {
    const logBefore = await revalidations();
    write(root, 'content/articles/harbour.md', articleSource({ author: 'nobody', title: '"Broken"' }));
    const failing: PublishDeps['typeFiles'] = async () => {
      throw new Error('contentlayer failed');
    };
    const result = await publish({ ...deps(), typeFiles: failing });
    expect(result).toMatchObject({ status: 'refused', problems: [{ file: 'content/articles/harbour.md', field: 'author' }] });
    expect(await revalidations()).toEqual(logBefore);
  });

  it('fails, changing nothing, when a change that passes the check cannot be typed', async () => {
    const logBefore = await revalidations();
    write(root, 'content/articles/harbour.md', articleSource({ title: '"Harbour tunnel reopens at last"' }));
    write(root, 'content/articles/lighthouse.md', articleSource({ title: '"Lighthouse keepers return"' }));
    const failing: PublishDeps['typeFiles'] = async () => {
      throw new Error('contentlayer failed');
    };
    await expect(publish({ ...deps(), typeFiles: failing })).rejects.toThrow('contentlayer failed');
    expect(notify).not.toHaveBeenCalled();
    expect(await repo().article('world', 'lighthouse', NOW, { preview: true })).toBeUndefined();
    expect(await revalidations()).toEqual(logBefore);
  });

  it('publishes the change once it is fixed: only the changed files are typed', async () => {
    write(root, 'content/articles/harbour.md', articleSource({ title: '"Harbour tunnel reopens at last"' }));
    const result = await publish(deps());
    expect(result.status).toBe('published');
    if (result.status !== 'published') return;
    expect(result.diff.added.map((s) => s.file)).toEqual(['content/articles/lighthouse.md']);
    expect(result.diff.changed.map((s) => s.file)).toEqual(['content/articles/harbour.md']);
    expect(typed).toHaveBeenCalledExactlyOnceWith(['content/articles/lighthouse.md', 'content/articles/harbour.md']);
    expect(result.tags).toEqual(expect.arrayContaining(['article:/world/harbour', 'article:/world/lighthouse', 'home', 'feeds']));
    expect(result.tags).not.toContain('site');
    expect(notify).toHaveBeenCalledExactlyOnceWith(result.tags);
    expect((await repo().article('world', 'harbour', NOW))?.title).toBe('Harbour tunnel reopens at last');
    expect((await repo().latest(5, NOW)).map((a) => a.slug).sort()).toEqual(['harbour', 'lighthouse']);
  });

  it('unpublishes a deleted story', async () => {
    rmSync(join(root, 'content/articles/lighthouse.md'));
    const result = await publish(deps());
    expect(result.status).toBe('published');
    expect(result.diff.removed).toEqual(['content/articles/lighthouse.md']);
    expect(result.status === 'published' && result.tags).toContain('article:/world/lighthouse');
    expect(await repo().article('world', 'lighthouse', NOW, { preview: true })).toBeUndefined();
    // Nothing to type: no file was added or changed.
    expect(typed.mock.calls.flat(2)).toEqual([]);
  });

  it('refuses deleting a section a story still names', async () => {
    rmSync(join(root, 'content/categories/world.md'));
    try {
      const result = await publish(deps());
      expect(result.status).toBe('refused');
      expect((await repo().category('world'))?.title).toBe('World');
    } finally {
      write(root, 'content/categories/world.md', categorySource('World', 1));
    }
    expect((await publish(deps())).status).toBe('unchanged');
  });

  it('renames a story that keeps its old address: the old path now leads to the new one', async () => {
    const text = readFileSync(join(root, 'content/articles/harbour.md'), 'utf8');
    rmSync(join(root, 'content/articles/harbour.md'));
    write(root, 'content/articles/harbour-tunnel.md', text.replace('tags:', 'aliases: ["/world/harbour"]\ntags:'));
    const result = await publish(deps());
    expect(result.status).toBe('published');
    expect(result.status === 'published' && result.tags).toEqual(
      expect.arrayContaining(['article:/world/harbour', 'article:/world/harbour-tunnel', 'author:ana']),
    );
    expect(await repo().article('world', 'harbour', NOW)).toBeUndefined();
    expect(await repo().renamedTo('/world/harbour', NOW)).toBe('/world/harbour-tunnel');
    // A new story may not take the old address while the renamed one keeps it.
    write(root, 'content/articles/harbour.md', articleSource({ title: '"Another harbour"' }));
    try {
      const refused = await publish(deps());
      expect(refused.status).toBe('refused');
      expect(refused.status === 'refused' && refused.problems.filter((p) => p.severity === 'error')).toMatchObject([
        { file: 'content/articles/harbour.md', field: 'slug' },
      ]);
    } finally {
      rmSync(join(root, 'content/articles/harbour.md'));
    }
  });

  it('refuses deleting an author a story still names', async () => {
    // See validateChange above: the author's deletion is published, and the
    // story's page then fails (lib/pages/article.ts throws "author missing").
    rmSync(join(root, 'content/authors/ana.md'));
    const result = await publish(deps());
    expect(result.status).toBe('refused');
    expect(await repo().author('ana')).toBeDefined();
  });
});
