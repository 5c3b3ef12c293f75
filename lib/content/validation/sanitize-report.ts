import type { Element, ElementContent, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { unified } from 'unified';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { configureMarkdown, sanitizeSchema } from '../markdown';
import type { Problem } from './problem';
import type { SourceFile } from './source-file';

/** One thing the sanitizer will drop, with its 1-based line in the body. */
type Stripped = { line?: number; what: string };

const MARK = '\u0000sanitize-report\u0000';

/** The element with its ancestors, each reduced to the one child on the path. */
function chain(ancestors: Element[], target: Element, keepTarget: boolean): Root {
  const marker: ElementContent = { type: 'text', value: MARK };
  let node: ElementContent = keepTarget ? { ...target, children: [marker] } : marker;
  for (const a of [...ancestors].reverse()) node = { ...a, children: [node] };
  return { type: 'root', children: [node] };
}

/** Depth of the marker text and its parent element, if the sanitizer kept it. */
function findMarker(tree: Root | Element, depth = 0): { depth: number; parent?: Element } | undefined {
  for (const child of tree.children) {
    if (child.type === 'text' && child.value === MARK) return { depth, parent: tree.type === 'element' ? tree : undefined };
    if (child.type === 'element') {
      const found = findMarker(child, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function attributeName(property: string): string {
  return find(html, property).attribute;
}

function describeValue(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Asks hast-util-sanitize itself, with the site's schema, what it does to one
 * element in its real context, so the report can never disagree with what is
 * published: dropped with its content, unwrapped, or kept minus attributes.
 */
function judge(element: Element, ancestors: Element[]): { what: string; skipChildren: boolean } | undefined {
  const kept = findMarker(sanitize(chain(ancestors, element, true), sanitizeSchema) as Root);
  const tag = `<${element.tagName}>`;
  if (!kept) return { what: `removed ${tag} and everything inside it`, skipChildren: true };
  const without = findMarker(sanitize(chain(ancestors, element, false), sanitizeSchema) as Root);
  if (!without || kept.depth === without.depth) {
    const what = element.children.length ? `removed ${tag} but kept what is inside it` : `removed ${tag}`;
    return { what, skipChildren: false };
  }
  const safe = kept.parent?.properties ?? {};
  const dropped = Object.entries(element.properties ?? {}).filter(([key, value]) => value != null && !(key in safe));
  if (!dropped.length) return undefined;
  const list = dropped.map(([key, value]) => `${attributeName(key)}="${describeValue(value)}"`).join(', ');
  return { what: `removed ${list} from ${tag}`, skipChildren: false };
}

/** Everything the sanitizer will strip from a Markdown body, in body order. */
export async function strippedFromMarkdown(markdown: string): Promise<Stripped[]> {
  const found: Stripped[] = [];
  const recorder = () => (tree: Root) => {
    visitParents(tree, 'element', (node, parents) => {
      const ancestors = parents.filter((p): p is Element => p.type === 'element');
      const verdict = judge(node, ancestors);
      if (!verdict) return;
      found.push({ line: node.position?.start.line, what: verdict.what });
      return verdict.skipChildren ? SKIP : undefined;
    });
  };
  const processor = unified();
  configureMarkdown(processor, { beforeSanitize: recorder });
  await processor.process(markdown);
  return found;
}

// A link or image address, or a reference definition's.
const DESTINATIONS = /\]\(\s*<?([^)\s>]*)|^ {0,3}\[[^\]]+\]:\s*<?(\S*)/gm;
// Addresses that can never be stripped: web addresses, and site-relative ones
// without a scheme or a character reference that could spell one.
const SAFE_DESTINATION = /^(https?:\/\/|\/|#|\?|\.)|^[^:&]*$/i;

/**
 * Whether a body can contain anything the sanitizer strips. Markdown syntax
 * on its own only makes elements the schema allows; stripping comes from raw
 * HTML (any `<` before a letter, `!`, `/` or `?`) or from a link or image
 * address with another scheme (`javascript:`, `data:`, `mailto:` on an
 * image, or a scheme spelled with character references). Bodies with
 * neither skip the full report, which renders the body and asks the
 * sanitizer about every element: at 10,000 articles that was most of the
 * content check's minute. Errs towards true.
 */
export function mayBeStripped(markdown: string): boolean {
  if (/<[a-z!/?]/i.test(markdown)) return true;
  for (const m of markdown.matchAll(DESTINATIONS)) {
    if (!SAFE_DESTINATION.test(m[1] ?? m[2] ?? '')) return true;
  }
  return false;
}

/**
 * Content check: a warning for each thing the sanitizer strips, naming file
 * and line, so an editor learns why an embed or a script never appeared.
 */
export async function checkSanitizedHtml(file: SourceFile): Promise<Problem[]> {
  if (!mayBeStripped(file.body)) return [];
  const stripped = await strippedFromMarkdown(file.body);
  return stripped.map((s) => ({
    severity: 'warning',
    file: file.path,
    line: s.line === undefined ? file.bodyLine : file.bodyLine + s.line - 1,
    field: 'body',
    message: `HTML in the body is not published as written: ${s.what}.`,
    fix: 'use Markdown, or HTML the site allows (docs/security.md); scripts, iframes, styles and event handlers are never published. To embed a video, post or chart, put its address on a line of its own (docs/editing.md, "Embeds").',
  }));
}
