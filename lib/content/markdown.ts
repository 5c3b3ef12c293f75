import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Processor } from 'unified';
import { bodyTransforms } from './transforms';

/**
 * The allowlist for HTML that editors write inside Markdown. GitHub's schema
 * already drops scripts, event handlers, iframes, objects, embeds, style
 * attributes and javascript:/data: URLs; we keep it and only narrow it.
 */
export const sanitizeSchema = {
  ...defaultSchema,
  // Heading ids are added after sanitizing, so they need no prefix; ids that
  // editors write in raw HTML still get one and cannot clobber page globals.
  clobberPrefix: 'user-content-',
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
};

/**
 * The one Markdown pipeline. Contentlayer runs it at content-build time and
 * the content checks run it too, so what is checked is what is published.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function configureMarkdown(builder: Processor<any, any, any, any, any>): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(bodyTransforms)
    .use(rehypeStringify);
}

export async function renderMarkdown(markdown: string): Promise<string> {
  const processor = unified();
  configureMarkdown(processor);
  return String(await processor.process(markdown));
}
