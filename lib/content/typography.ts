import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Article, Author } from './types';

/**
 * Typographic punctuation for the plain-text fields that readers see outside
 * the body (headlines, summaries, captions, bios), by the very rule the body
 * gets (remark-smartypants in lib/content/markdown.ts): "quotes" and
 * apostrophes curl, -- and --- become dashes, ... an ellipsis. Applied once,
 * where content is mapped to the domain types, so the page, <title>, cards,
 * feeds, JSON-LD, social cards and search all show the same text.
 */

const processor = unified().use(remarkSmartypants).freeze();

// Everything smartypants changes contains one of these; most strings do not,
// and skip the parse.
const TOUCHED = /["'`]|--|\.\s?\.\s?\./;

/** `text` with typographic quotes, apostrophes, dashes and ellipses. Markdown syntax in it is left alone. */
export function typeset(text: string): string {
  if (!TOUCHED.test(text)) return text;
  // The text as one literal paragraph, never parsed as Markdown: a headline
  // with "*" or "#" in it keeps them.
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  const out = processor.runSync(tree) as Root;
  const paragraph = out.children[0];
  const node = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  return node?.type === 'text' ? node.value : text;
}

function typesetOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : typeset(text);
}

/** An article with its headline, summary, image caption and credit, and corrections typeset. */
export function typesetArticle<T extends Pick<Article, 'title' | 'summary' | 'image' | 'corrections'>>(article: T): T {
  return {
    ...article,
    title: typeset(article.title),
    summary: typeset(article.summary),
    image: article.image && {
      ...article.image,
      caption: typesetOptional(article.image.caption),
      credit: typesetOptional(article.image.credit),
    },
    corrections: article.corrections.map((c) => ({ ...c, text: typeset(c.text) })),
  };
}

/** An author with the plain-text bio typeset (the HTML bio is rendered by the body pipeline already). */
export function typesetAuthor<T extends Pick<Author, 'bioText'>>(author: T): T {
  return { ...author, bioText: typeset(author.bioText) };
}
