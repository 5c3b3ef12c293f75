import { describe, expect, it } from 'vitest';
import type {
  Article as ArticleDoc,
  Author as AuthorDoc,
  LiveEntry as LiveEntryDoc,
  LiveStory as LiveStoryDoc,
} from 'contentlayer/generated';
import { Article, Author, Category, LiveEntry, LiveStory } from '@/contentlayer.config';
import {
  articleFields,
  authorFields,
  categoryFields,
  contract,
  frontmatterSchema,
  liveEntryFields,
  liveStoryFields,
} from '@/lib/content/schema/contract';
import type { Field } from '@/lib/content/schema/field';
import { articleFromDoc, authorFromDoc, liveEntryFromDoc, liveStoryFromDoc } from '@/lib/content/source-mapping';
import { checkFields } from '@/lib/content/validation/fields';
import { parseSourceFile } from '@/lib/content/validation/source-file';

/**
 * The content contract is declared once (lib/content/schema/contract.ts);
 * these tests hold everything derived from it in step: contentlayer's
 * document types, the content check, the frontmatter types, and the mapping
 * onto the domain types.
 */

type DocumentDef = { def(): { fields: Record<string, { type: string; required?: boolean; default?: unknown }> } };
const kinds: [string, DocumentDef, Record<string, Field>][] = [
  ['article', Article as unknown as DocumentDef, articleFields],
  ['author', Author as unknown as DocumentDef, authorFields],
  ['category', Category as unknown as DocumentDef, categoryFields],
  ['live', LiveStory as unknown as DocumentDef, liveStoryFields],
  ['liveEntry', LiveEntry as unknown as DocumentDef, liveEntryFields],
];

describe('contentlayer document types', () => {
  it.each(kinds)('%s has exactly the contract fields, required and defaulted alike', (_kind, type, fields) => {
    const defined = type.def().fields;
    expect(Object.keys(defined).sort()).toEqual(Object.keys(fields).sort());
    for (const [name, f] of Object.entries(fields)) {
      expect(!!defined[name]!.required, name).toBe(f.required);
      expect(defined[name]!.default, name).toEqual(f.default);
    }
  });
});

describe('the content check and the frontmatter schema agree', () => {
  const samples: unknown[] = [
    'text',
    '',
    '  ',
    'world',
    'Not A Slug',
    '2026-11-24T07:45:00Z',
    '2026-11-24',
    '2026-02-30T10:00:00Z',
    true,
    'yes',
    3,
    Number.NaN,
    '/images/x.jpg',
    '../x.jpg',
    ['Climate'],
    [''],
    { src: '/images/x.jpg', alt: 'A harbour' },
    { src: '/images/x.jpg' },
    { src: '/images/x.jpg', alt: 'A', width: 3 },
    [{ label: 'X', url: 'https://x.com/a' }],
    [{ label: 'X', url: 'ftp://x' }],
    [{ date: '2026-11-25T09:00:00Z', text: 'Fixed.' }],
    [{ date: 'yesterday', text: 'Fixed.' }],
    'person',
    'organization',
    'opinion',
    'gossip',
    ['ana', 'wire'],
    ['ana', 'ana'],
    [],
    ['Ana'],
    ['/world/old-slug'],
    ['/world/old-slug', '/world/old-slug'],
    ['/world/old-slug/'],
    ['world/old-slug'],
    ['/World/Old'],
    ['/old-slug'],
    ['https://example.org/world/x'],
    'live',
    'ended',
    null,
  ];
  for (const [kind, { fields }] of Object.entries(contract))
    for (const [name, f] of Object.entries(fields as Record<string, Field>))
      it(`${kind}.${name}: a value the schema accepts is one the check accepts`, () => {
        for (const v of samples) {
          if (v === null) continue;
          expect(f.schema.safeParse(v).success, JSON.stringify(v)).toBe(f.explain(name, v, f.example) === undefined);
        }
      });

  it('refuses unknown fields in both', () => {
    const file = parseSourceFile('content/categories/x.md', '---\ntitle: "X"\ncolour: red\n---\n', 'category');
    expect(checkFields(file).map((p) => p.field)).toEqual(['colour']);
    expect(frontmatterSchema(categoryFields).safeParse({ title: 'X', colour: 'red' }).success).toBe(false);
  });
});

describe('every contract field reaches the domain object', () => {
  /** A generated document with every field of the contract set. */
  function fullArticle(): ArticleDoc {
    return {
      _id: 'articles/full.md',
      _raw: {
        sourceFilePath: 'articles/full.md',
        sourceFileName: 'full.md',
        sourceFileDir: 'articles',
        contentType: 'markdown',
        flattenedPath: 'articles/full',
      },
      type: 'Article',
      title: 'Title',
      summary: 'Summary.',
      date: '2026-11-24T07:45:00.000Z',
      updated: '2026-11-25T07:45:00.000Z',
      category: 'world',
      authors: ['ana', 'wire'],
      genre: 'opinion',
      aliases: ['/world/old-full', '/life/full'],
      tags: ['Climate'],
      image: { src: '/images/x.jpg', alt: 'A harbour', caption: 'Caption', credit: 'Credit' },
      draft: true,
      corrections: [{ date: '2026-11-26T07:45:00.000Z', text: 'Fixed.' }],
      breaking: true,
      breakingUntil: '2026-11-24T12:00:00.000Z',
      body: { raw: 'Body text.', html: '' },
      slug: 'full',
      wordCount: 2,
      readingMinutes: 1,
      imageSize: { width: 10, height: 5 },
    } as unknown as ArticleDoc;
  }

  it('article: each field, as written', () => {
    const doc = fullArticle() as unknown as Record<string, unknown>;
    const article = articleFromDoc(fullArticle()) as unknown as Record<string, unknown>;
    for (const name of Object.keys(articleFields)) {
      // `author` (one) and `authors` (several) both become `authors` (lib/content/bylines.ts); tested below.
      if (name === 'author') continue;
      expect(article[name], name).toBeDefined();
      if (name === 'image') expect(article.image).toEqual({ ...(doc.image as object), width: 10, height: 5 });
      else expect(article[name], name).toEqual(doc[name]);
    }
    expect(article.author).toBeUndefined();
  });

  it('article: a single author becomes a list of one; genre and aliases have their defaults', () => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { authors, genre, aliases, ...rest } = fullArticle() as unknown as Record<string, unknown>;
    const article = articleFromDoc({ ...rest, author: 'ana', genre: 'news', aliases: [] } as unknown as ArticleDoc);
    expect(article.authors).toEqual(['ana']);
    expect('author' in article).toBe(false);
    expect(article.genre).toBe('news');
    expect(article.aliases).toEqual([]);
  });

  it('author: each field, with the avatar sized and its alt text folded in', () => {
    const doc = {
      _raw: { sourceFilePath: 'authors/ana.md' },
      name: 'Ana',
      role: 'Reporter',
      kind: 'organization',
      avatar: '/images/a.jpg',
      avatarAlt: 'Ana, smiling',
      links: [{ label: 'X', url: 'https://x.com/ana' }],
      body: { raw: 'Ana reports.', html: '' },
      slug: 'ana',
      bioText: 'Ana reports.',
      avatarSize: { width: 4, height: 4 },
    } as unknown as AuthorDoc;
    const author = authorFromDoc(doc);
    expect(author).toMatchObject({
      name: 'Ana',
      role: 'Reporter',
      kind: 'organization',
      avatar: { src: '/images/a.jpg', alt: 'Ana, smiling', width: 4, height: 4 },
      links: [{ label: 'X', url: 'https://x.com/ana' }],
    });
  });

  it('live story: each field reaches the story, status and end in its live state', () => {
    const doc = {
      _raw: { sourceFilePath: 'live/storm/index.md' },
      title: 'Storm live',
      summary: 'Updates.',
      date: '2026-11-24T06:00:00.000Z',
      category: 'world',
      author: 'ana',
      tags: ['Storms'],
      image: { src: '/images/x.jpg', alt: 'A harbour' },
      status: 'ended',
      ended: '2026-11-24T20:00:00.000Z',
      body: { raw: 'Intro.', html: '' },
      slug: 'storm',
      wordCount: 1,
      imageSize: { width: 10, height: 5 },
    } as unknown as LiveStoryDoc;
    const story = liveStoryFromDoc(doc) as unknown as Record<string, unknown>;
    // `author` becomes the byline list every story has (lib/content/bylines.ts).
    for (const name of Object.keys(liveStoryFields).filter((n) => n !== 'status' && n !== 'ended'))
      expect(story[name === 'author' ? 'authors' : name], name).toBeDefined();
    expect(story).toMatchObject({
      authors: ['ana'],
      genre: 'news',
      path: '/live/storm',
      sourcePath: 'content/live/storm/index.md',
      image: { src: '/images/x.jpg', alt: 'A harbour', width: 10, height: 5 },
      live: { status: 'ended', ended: '2026-11-24T20:00:00.000Z', entries: 0 },
      modified: '2026-11-24T20:00:00.000Z',
    });
  });

  it('live entry: each field, its body rendered by the one pipeline', () => {
    const doc = {
      _raw: { sourceFilePath: 'live/storm/entries/e1.md' },
      date: '2026-11-24T06:10:00.000Z',
      author: 'ana',
      title: 'Road closed',
      key: true,
      pinned: true,
      body: { raw: 'The road is *closed*.\n\n<script>alert(1)</script>', html: '' },
      entryId: 'e1',
      story: 'storm',
    } as unknown as LiveEntryDoc;
    const entry = liveEntryFromDoc(doc) as unknown as Record<string, unknown>;
    for (const name of Object.keys(liveEntryFields))
      expect(entry[name], name).toEqual((doc as unknown as Record<string, unknown>)[name]);
    expect(entry).toMatchObject({ id: 'e1', story: 'storm', path: '/live/storm/entries/e1', text: 'The road is closed.' });
    expect(entry.html).toBe('<p>The road is <em>closed</em>.</p>\n');
  });
});
