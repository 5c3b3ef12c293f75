import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Processor } from 'unified';
import { bodyTransforms, bodyWithEmbeds, defaultTransforms, ID_PREFIX, inPageLinks } from './transforms';

/**
 * The allowlist for HTML that editors write inside Markdown, built on GitHub's
 * schema (no scripts, event handlers, iframes, objects, embeds, forms or style
 * attributes) and narrowed further. docs/security.md lists every vector.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // <picture>/<source srcset> is the one URL list the protocol check cannot
  // see into; articles use Markdown images instead.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'picture' && t !== 'source'), 'abbr', 'mark'],
  // Removed with their contents: the text inside them is code or fallback
  // markup, never prose a reader should see.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'frame',
    'frameset',
    'svg',
    'math',
    'textarea',
    'title',
    'xmp',
    'noembed',
    'noframes',
  ],
  // Heading ids are added after sanitizing, so they need no prefix; ids that
  // editors write in raw HTML still get one and cannot clobber page globals.
  clobberPrefix: ID_PREFIX,
  protocols: {
    ...defaultSchema.protocols,
    // No javascript:, data:, vbscript: or other schemes: links and images
    // are web addresses, site paths or mail addresses only.
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
};

type MarkdownOptions = {
  /**
   * Sees the parsed tree, raw HTML included, just before it is sanitized:
   * the content check uses it to report what the sanitizer will strip.
   */
  beforeSanitize?: () => (tree: Root) => void;
  /**
   * Lone links to known providers become embed facades: true for article
   * bodies. Bios and other short texts are shown where the embed island is
   * not, so their links stay links.
   */
  embeds?: boolean;
};

/**
 * The one Markdown pipeline. Pages render bodies with it on demand (an
 * article's HTML is made when its page is, not for the whole archive at
 * content-build time), and the content checks run it too, so what is checked
 * is what is published.
 */
export function configureMarkdown(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  builder: Processor<any, any, any, any, any>,
  options: MarkdownOptions = {},
): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    // Footnote ids unprefixed here: the sanitizer prefixes every id once, and
    // inPageLinks points the footnote links at the prefixed ids.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(options.beforeSanitize ? [options.beforeSanitize] : [])
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(bodyTransforms, options.embeds ? bodyWithEmbeds : defaultTransforms)
    .use(inPageLinks)
    .use(rehypeStringify);
}

const processors = new Map<boolean, Processor>();

/** One frozen processor per process and flavour. */
export function markdownProcessor({ embeds = false }: { embeds?: boolean } = {}): Processor {
  let processor = processors.get(embeds);
  if (!processor) {
    const fresh = unified();
    configureMarkdown(fresh, { embeds });
    processor = fresh.freeze() as unknown as Processor;
    processors.set(embeds, processor);
  }
  return processor;
}

/**
 * Renders Markdown. Every plugin in the pipeline is synchronous, so pages can
 * render bodies without awaiting. `embeds: true` for article bodies.
 */
export function renderMarkdownSync(markdown: string, options: { embeds?: boolean } = {}): string {
  return String(markdownProcessor(options).processSync(markdown));
}
