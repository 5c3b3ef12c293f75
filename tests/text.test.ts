import { describe, expect, it } from 'vitest';
import { countWords, excerpt, htmlToText, readingMinutes } from '@/lib/content/text';
import { tagSlug } from '@/lib/content/tags';
import { renderMarkdown } from '@/lib/content/markdown';

describe('text helpers', () => {
  it('turns HTML into plain text without gluing paragraphs together', () => {
    expect(htmlToText('<p>One &amp; two</p><p>Three&nbsp;&#8217;four&#x2019;</p>')).toBe('One & two Three ’four’');
  });

  it('counts words and reading time', () => {
    expect(countWords('São Paulo’s mayor — and 3 others — met.')).toBe(7);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });

  it('cuts excerpts on a word boundary', () => {
    const text = 'The quick brown fox jumps over the lazy dog near the river bank today';
    expect(excerpt(text, 30)).toBe('The quick brown fox jumps over…');
    expect(excerpt('short', 30)).toBe('short');
  });

  it('makes tag slugs without accents or punctuation', () => {
    expect(tagSlug('Zürich')).toBe('zurich');
    expect(tagSlug('Tech & Science')).toBe('tech-and-science');
    expect(tagSlug('  Middle East ')).toBe('middle-east');
  });
});

describe('markdown pipeline', () => {
  it('renders GFM and typographic quotes', async () => {
    const html = await renderMarkdown('"Quoted," she said. It\'s here.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~');
    expect(html).toContain('“Quoted,” she said. It’s here.');
    expect(html).toContain('<table>');
    expect(html).toContain('class="table-scroll"');
    expect(html).toContain('<del>gone</del>');
  });

  it('adds heading ids and marks external links', async () => {
    const html = await renderMarkdown('## Who signed up\n\n[site](https://example.org/x) and [home](/world)');
    expect(html).toContain('<h2 id="who-signed-up">');
    expect(html).toMatch(/<a href="https:\/\/example.org\/x" rel="noopener noreferrer external">/);
    expect(html).toContain('<a href="/world">home</a>');
  });

  it('drops frontmatter from the body', async () => {
    expect(await renderMarkdown('---\ntitle: x\n---\nBody text')).toBe('<p>Body text</p>');
  });
});
