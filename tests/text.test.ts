import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { countWords, countWordsUpTo, excerpt, markdownToText, readingMinutes } from '@/lib/content/text';
import { tagSlug } from '@/lib/content/tags';
import { unified } from 'unified';
import { configureMarkdown, renderMarkdownSync } from '@/lib/content/markdown';
import { htmlToText } from './helpers/html-text';

describe('text helpers', () => {
  it('turns Markdown into plain text without markup, URLs or glued paragraphs', () => {
    const md = [
      '## A *heading* ##',
      '',
      'One &amp; two, **bold**, _em_, ~~gone~~ and `code`; snake_case_name stays.',
      'A [link](https://example.org/x "t") and ![a picture](/img.png) and <https://example.org/auto>.',
      '',
      '> Quoted',
      '> line',
      '',
      '- first',
      '* second',
      '1. third',
      '- [x] done',
      '',
      '| a | b |',
      '|---|:-:|',
      '| 1 | 2 |',
      '',
      '```js',
      'const kept = 1;',
      '```',
      '',
      '<div class="x">Raw <em>html</em></div><script>alert(1)</script><style>p{}</style>',
      '<!-- an editor note -->',
      '',
      '[ref]: https://example.org/ref',
      '',
      '***',
      'Escaped \\*stars\\* &#8217;quote&#x2019;',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      'A heading One & two, bold, em, gone and code; snake_case_name stays. A link and and https://example.org/auto. ' +
        'Quoted line first second third done a b 1 2 const kept = 1; Raw html Escaped *stars* ’quote’',
    );
  });

  it('counts the same words as the rendered page, for every sample article', () => {
    const dir = join(process.cwd(), 'content', 'articles');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const body = matter(readFileSync(join(dir, file), 'utf8')).content;
      const rendered = countWords(htmlToText(renderMarkdownSync(body)));
      const fast = countWords(markdownToText(body));
      // Smart quotes and image alt text may move a word or two, never more.
      expect(Math.abs(fast - rendered), file).toBeLessThanOrEqual(Math.max(2, rendered * 0.01));
    }
  });

  it('counts words and reading time', () => {
    expect(countWords('São Paulo’s mayor — and 3 others — met.')).toBe(7);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });

  it('counts words up to a limit exactly as countWords does below it', () => {
    const text = 'São Paulo’s mayor — and 3 others — met.';
    for (let max = 0; max <= 9; max++) expect(countWordsUpTo(text, max)).toBe(Math.min(max, countWords(text)));
    expect(countWordsUpTo('', 5)).toBe(0);
    expect(countWordsUpTo('— … —', 5)).toBe(0);
    // The same regular expression object is never shared between calls.
    expect(countWordsUpTo(text, 3)).toBe(3);
    expect(countWordsUpTo(text, 3)).toBe(3);
  });

  it('cuts excerpts on a word boundary', () => {
    const text = 'The quick brown fox jumps over the lazy dog near the river bank today';
    expect(excerpt(text, 30)).toBe('The quick brown fox jumps over…');
    expect(excerpt('short', 30)).toBe('short');
  });

  it('ends a cut excerpt with one "…", never "....", ".…" or "……"', () => {
    const ends = (text: string, max: number) => excerpt(text, max);
    expect(ends('Seas rise. Officials said evacuation was fast.', 11)).toBe('Seas rise…');
    expect(ends('Officials said... evacuation was fast.', 18)).toBe('Officials said…');
    expect(ends('Officials said… evacuation was fast.', 16)).toBe('Officials said…');
    expect(ends('The vote, the count; the result', 10)).toBe('The vote…');
    expect(ends('Seas rise. More.', 40)).toBe('Seas rise. More.');
    for (const max of [5, 9, 10, 11, 14, 15, 16, 17, 20]) {
      const cut = ends('Seas rise... Officials said. Evacuation, it seems, was fast.', max);
      expect(cut, `${max}`).toMatch(/[^.…,\s]…$/);
      expect(cut.length, `${max}`).toBeLessThanOrEqual(max + 1);
    }
  });

  it('cuts excerpts between words even when the last space is early', () => {
    expect(excerpt('Decarbonisation notwithstanding-the-hyphenated-compound goes on', 40)).toBe('Decarbonisation…');
    expect(excerpt('Supercalifragilistic', 5)).toBe('Super…');
  });

  it('makes tag slugs without accents or punctuation', () => {
    expect(tagSlug('Zürich')).toBe('zurich');
    expect(tagSlug('Tech & Science')).toBe('tech-and-science');
    expect(tagSlug('  Middle East ')).toBe('middle-east');
  });
});

describe('markdown pipeline', () => {
  it('renders the same HTML synchronously with one shared processor', async () => {
    const md = '## Head\n\nText with "quotes" and <script>x</script>[a](https://example.org).';
    const fresh = unified();
    configureMarkdown(fresh);
    expect(renderMarkdownSync(md)).toBe(String(await fresh.process(md)));
    expect(renderMarkdownSync('*again*')).toBe('<p><em>again</em></p>');
  });

  it('renders GFM and typographic quotes', async () => {
    const html = renderMarkdownSync('"Quoted," she said. It\'s here.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~');
    expect(html).toContain('“Quoted,” she said. It’s here.');
    expect(html).toContain('<table>');
    expect(html).toContain('class="table-scroll"');
    expect(html).toContain('<del>gone</del>');
  });

  it('adds heading ids and marks external links', async () => {
    const html = renderMarkdownSync('## Who signed up\n\n[site](https://example.org/x) and [home](/world)');
    expect(html).toContain('<h2 id="who-signed-up">');
    expect(html).toMatch(/<a href="https:\/\/example.org\/x" rel="noopener noreferrer external">/);
    expect(html).toContain('<a href="/world">home</a>');
  });

  it('drops frontmatter from the body', async () => {
    expect(renderMarkdownSync('---\ntitle: x\n---\nBody text')).toBe('<p>Body text</p>');
  });
});
