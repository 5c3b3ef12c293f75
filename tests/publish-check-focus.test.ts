import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentOutline } from '@/lib/content/repository';
import { parseSourceFile, type ContentKind } from '@/lib/content/validation/source-file';
import { relevantTo, validateChange } from '@/lib/publish/validate-change';
import { articleSource, BODY } from './helpers/content-files';
import { makeArticle, makeAuthor, makeCategory, makeLiveEntry, makeLiveStory } from './helpers/factory';
import { engines, fixtureRepository, type Engine } from './helpers/store';

/**
 * A publish checks its change against only the stored files that can matter
 * to it (relevantTo), not the whole archive: these are the cross-file checks
 * that must still see what they need, among many stories that do not matter.
 */

const NOW = new Date('2026-07-01T00:00:00Z');
describe.each(engines)('the check of a change on %s', (engine: Engine) => {
  let outline: ContentOutline[];
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const filler = Array.from({ length: 60 }, (_, i) =>
      makeArticle({ slug: `filler-${i}`, category: i % 2 ? 'world' : 'life', authors: ['ben'], tags: [`Topic ${i}`] }),
    );
    const repo = await fixtureRepository(engine, {
      categories: [makeCategory('world', 1), makeCategory('life', 2)],
      authors: [makeAuthor('ana'), makeAuthor('ben')],
      articles: [
        ...filler,
        // The most used spelling of a tag, three times.
        ...[1, 2, 3].map((i) => makeArticle({ slug: `heat-${i}`, category: 'world', authors: ['ben'], tags: ['Heatwave'] })),
        makeArticle({ slug: 'ferries', category: 'life', authors: ['ben'], aliases: ['/world/old-ferries'] }),
        makeArticle({ slug: 'nets', category: 'life', authors: ['ben'], tags: ['Fisheries'] }),
        makeArticle({ slug: 'budget-leak', category: 'world', authors: ['ben'], draft: true }),
      ],
      live: [makeLiveStory('storm')],
      entries: [makeLiveEntry('storm', 'e1', '2026-06-01T08:00:00.000Z')],
    });
    outline = await repo.contentOutline();
    dispose = repo.dispose;
  });
  afterAll(async () => {
    await dispose?.();
  });

  const parse = (file: string, text: string, kind: ContentKind = 'article') => parseSourceFile(file, text, kind);
  const check = (text: string) =>
    validateChange(
      { files: [parse('content/articles/lighthouse.md', text)], removed: [], outline },
      { publicFileExists: () => false, now: NOW },
    );

  it('leaves out the stories a change has nothing to do with', () => {
    const files = [
      parse(
        'content/articles/lighthouse.md',
        articleSource({ tags: '["Heat wave"]' }, `${BODY}\n\nSee [the ferries](/life/ferries).`),
      ),
    ];
    const kept = outline.filter(relevantTo({ files, removed: [], outline })).map((o) => o.file);
    expect(kept.filter((f) => f.includes('filler'))).toEqual([]);
    expect(kept).toEqual(
      expect.arrayContaining([
        'content/categories/world.md',
        'content/authors/ana.md',
        'content/live/storm/index.md',
        'content/articles/heat-1.md',
        'content/articles/heat-3.md',
        'content/articles/ferries.md',
      ]),
    );
  });

  it('checks against everything when a section, author or live story is removed', () => {
    const kept = outline.filter(relevantTo({ files: [], removed: ['content/authors/ben.md'], outline }));
    expect(kept).toHaveLength(outline.length);
  });

  it('still suggests the archive’s most used spelling of a tag', async () => {
    const problems = await check(articleSource({ tags: '["Heat wave"]' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('Heatwave') }),
    );
  });

  it('still knows a stored story’s old address, a tag page, a live entry, and a draft', async () => {
    const links = [
      'See [the ferries](/life/ferries) and [before](/world/old-ferries/).',
      'More in [fisheries](/tag/fisheries) and the [storm update](/live/storm/entries/e1).',
      'Not yet: [the leak](/world/budget-leak).',
    ].join('\n\n');
    const problems = await check(articleSource({}, `${BODY}\n\n${links}`));
    const about = (link: string) => problems.filter((p) => p.message.includes(`"${link}"`));
    expect(about('/life/ferries')).toEqual([]);
    expect(about('/world/old-ferries/')).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('old address') },
    ]);
    expect(about('/tag/fisheries')).toEqual([]);
    expect(about('/live/storm/entries/e1')).toEqual([]);
    expect(about('/world/budget-leak')).toMatchObject([{ severity: 'error', message: expect.stringContaining('draft') }]);
  });

  it('still refuses a slug a stored story has, and an alias that is a stored story’s address', async () => {
    const files = [
      parse('content/articles/2026/nets.md', articleSource({ category: 'world' })),
      parse('content/articles/lighthouse.md', articleSource({ aliases: '["/world/heat-2"]' })),
    ];
    const problems = (await validateChange({ files, removed: [], outline }, { publicFileExists: () => false, now: NOW })).filter(
      (p) => p.severity === 'error',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/articles/2026/nets.md', field: 'slug' }),
        expect.objectContaining({ file: 'content/articles/lighthouse.md', field: 'aliases.0' }),
      ]),
    );
  });
});
