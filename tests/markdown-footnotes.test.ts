import { describe, expect, it } from 'vitest';
import { renderMarkdownSync } from '@/lib/content/markdown';

/** Every `href="#…"` in the HTML and whether an element carries that id. */
function inPageTargets(html: string): { href: string; found: boolean }[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  return [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => ({ href: `#${m[1]}`, found: ids.has(decodeURIComponent(m[1]!)) }));
}

describe('footnotes and other same-page links', () => {
  const html = renderMarkdownSync(
    [
      'The council said so.[^1] The port disagreed.[^port-note]',
      '',
      '## Background',
      '',
      'See [the background](#background), [the box](#box) and <a id="box">this box</a>.',
      '',
      '[^1]: Minutes of the council meeting, 3 March.',
      '[^port-note]: Statement from the port authority.',
    ].join('\n'),
  );

  it('point at elements that exist on the page', () => {
    const targets = inPageTargets(html);
    // two references, two back links, the heading and the box
    expect(targets).toHaveLength(6);
    expect(targets.filter((t) => !t.found)).toEqual([]);
  });

  it('link each reference to its note and back', () => {
    expect(html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"[^>]*data-footnote-ref/);
    expect(html).toMatch(/<li id="user-content-fn-1">/);
    expect(html).toMatch(/<a href="#user-content-fnref-1"[^>]*data-footnote-backref/);
    expect(html).toMatch(/<li id="user-content-fn-port-note">/);
  });

  it('prefix every id from the body once, so none can clobber page globals', () => {
    expect(html).not.toContain('user-content-user-content-');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => id !== 'background' && !id.startsWith('user-content-'))).toEqual([]);
  });

  it('leave links to headings and to other pages alone', () => {
    expect(html).toContain('<a href="#background">the background</a>');
    expect(renderMarkdownSync('[elsewhere](/world/x#fn-1)')).toContain('href="/world/x#fn-1"');
  });
});
