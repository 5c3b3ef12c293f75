import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdownSync } from '@/lib/content/markdown';
import { parseSourceFile } from '@/lib/content/validation/source-file';

const fixture = parseSourceFile(
  'tests/fixtures/hostile/hostile.md',
  readFileSync(new URL('./fixtures/hostile/hostile.md', import.meta.url), 'utf8'),
  'article',
);

describe('renderMarkdownSync with hostile markup', () => {
  // Rendered as an article body, embeds included: what readers get.
  const html = renderMarkdownSync(fixture.body, { embeds: true });

  it.each([
    ['script elements', /<script/i],
    ['event-handler attributes', /\son[a-z]+\s*=/i],
    ['javascript: URLs', /javascript:/i],
    ['data: URLs', /(href|src)\s*=\s*["']?\s*data:/i],
    ['iframes', /<iframe/i],
    ['objects', /<object/i],
    ['embeds', /<embed/i],
    ['style attributes', /\sstyle\s*=/i],
    ['style elements', /<style/i],
    ['svg and math', /<(svg|math)/i],
    // The one button is the embed facade's, written by the transform after sanitizing.
    ['forms and buttons', /<form|<button(?! type="button" class="embed-load")/i],
    ['base, meta and link', /<(base|meta|link)[\s>]/i],
    ['target attributes', /\starget\s*=/i],
  ])('strips %s', (_name, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('drops the code inside stripped elements instead of showing it as text', () => {
    expect(html).not.toContain('__xss');
    expect(html).not.toContain('display: none');
    expect(html).not.toContain('iframe fallback text');
  });

  it('keeps safe inline markup', () => {
    for (const fragment of [
      '<em>emphasis</em>',
      '<strong>strong</strong>',
      '<code>code</code>',
      '<abbr title="World Health Organization">WHO</abbr>',
      'H<sub>2</sub>O',
      'mc<sup>2</sup>',
      '<kbd>Ctrl</kbd>',
      '<mark>marked</mark>',
      '<del>old</del>',
      '<ins>new</ins>',
      '<a href="https://example.org/story"',
      '<details open><summary>details</summary>toggle</details>',
    ])
      expect(html).toContain(fragment);
  });

  it('builds embed facades only from parsed provider addresses, never from raw HTML', () => {
    expect(html).not.toContain('evil.example/frame');
    expect(html).not.toContain('evil.example/pixel');
    expect(html).not.toContain('forged facade</button>');
    for (const [, src] of html.matchAll(/data-embed-src="([^"]*)"/g))
      expect(src).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/aBcDeFgHiJk(\?start=\d+)?$/);
    expect(html.match(/class="embed-load"/g)).toHaveLength(1);
  });

  it('keeps the text of links whose URL it removes', () => {
    expect(html).toContain('<a>javascript link</a>');
    expect(html).toContain('<a>data link</a>');
  });

  it('prefixes ids and names so raw HTML cannot clobber page globals', () => {
    expect(html).toContain('id="user-content-clobber"');
    expect(html).toContain('name="user-content-location"');
  });
});

describe('renderMarkdownSync with ordinary content', () => {
  it('keeps relative, https and mailto links and site images', async () => {
    const html = renderMarkdownSync(
      '[a](/world/x) [b](https://example.org) [c](mailto:desk@example.org)\n\n![alt](/images/a.jpg)',
    );
    expect(html).toContain('href="/world/x"');
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).toContain('src="/images/a.jpg"');
  });
});
