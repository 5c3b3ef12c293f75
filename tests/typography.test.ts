import { describe, expect, it } from 'vitest';
import { renderMarkdownSync } from '@/lib/content/markdown';
import { typeset, typesetArticle, typesetAuthor } from '@/lib/content/typography';
import { makeArticle } from './helpers/factory';

describe('typeset', () => {
  it.each([
    ["Berlin's 'quiet hours' rule", 'Berlin’s ‘quiet hours’ rule'],
    ['"It works," she said -- mostly...', '“It works,” she said — mostly…'],
    ["Back in the '90s", 'Back in the ’90s'],
    ['No quotes here', 'No quotes here'],
    ['Stars *and* # signs stay', 'Stars *and* # signs stay'],
    ['', ''],
  ])('%s → %s', (input, output) => {
    expect(typeset(input)).toBe(output);
  });

  it('follows exactly the rule the body gets', () => {
    for (const text of ["Berlin's 'quiet hours'", '"Yes" -- or "no"...', "the '90s and 'twenty-six'"]) {
      const body = renderMarkdownSync(text).replace(/^<p>|<\/p>$/g, '');
      expect(typeset(text)).toBe(body);
    }
  });
});

describe('typesetArticle and typesetAuthor', () => {
  it('typeset headline, summary, caption, credit and corrections, and nothing else', () => {
    const article = typesetArticle(
      makeArticle({
        slug: 'x',
        title: "Berlin's 'quiet hours'",
        summary: 'Residents say "enough".',
        image: {
          src: "/images/it's.jpg",
          alt: "Berlin's square",
          caption: "The council's square",
          credit: "Photo: O'Neill",
          width: 1,
          height: 1,
          bytes: 1,
        },
        corrections: [{ date: '2026-01-01T00:00:00Z', text: "An earlier version misspelt Genoa's chief." }],
        markdown: "Body's text",
        tags: ["Berlin's"],
      }),
    );
    expect(article.title).toBe('Berlin’s ‘quiet hours’');
    expect(article.summary).toBe('Residents say “enough”.');
    expect(article.image).toMatchObject({ caption: 'The council’s square', credit: 'Photo: O’Neill' });
    expect(article.corrections[0]!.text).toBe('An earlier version misspelt Genoa’s chief.');
    // Addresses, alt text (read aloud), tags (part of URLs) and the Markdown source stay as written.
    expect(article.image).toMatchObject({ src: "/images/it's.jpg", alt: "Berlin's square" });
    expect(article.tags).toEqual(["Berlin's"]);
    expect(article.markdown).toBe("Body's text");
  });

  it('keeps an article without image or corrections as it is', () => {
    const article = typesetArticle(makeArticle({ slug: 'y', title: 'Plain' }));
    expect(article.image).toBeUndefined();
    expect(article.corrections).toEqual([]);
  });

  it('typesets the plain-text bio', () => {
    expect(typesetAuthor({ bioText: "Elena's beat is 'the coast'." }).bioText).toBe('Elena’s beat is ‘the coast’.');
  });
});
