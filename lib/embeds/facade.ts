import type { Element, ElementContent, Root } from 'hast';
import { embedNoun, matchEmbed, type Embed, type EmbedMatch } from './providers';

/**
 * The facade that stands in for an embed until the reader asks for it: the
 * provider's name, the link (a plain link to the original, which is all that
 * shows with JavaScript off), a button and a line saying where the content
 * would come from. No iframe and no third-party address that loads by itself:
 * the frame address sits in a data attribute that only the island
 * (components/article/EmbedLoader.client.tsx) reads, on click.
 */

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/** The link of a paragraph that holds nothing but one link, if it is one. */
function loneLink(paragraph: Element): Element | undefined {
  if (paragraph.tagName !== 'p') return undefined;
  const content = paragraph.children.filter((c) => !isBlank(c));
  const only = content[0];
  return content.length === 1 && only?.type === 'element' && only.tagName === 'a' ? only : undefined;
}

/**
 * What a body block embeds: only a paragraph at the top level of the body
 * that is one link (a bare address, `<address>` or `[text](address)`).
 * Undefined for everything else, including links to unknown providers.
 */
export function embedCandidate(
  node: Element,
  parent: Root | Element | undefined,
): { link: Element; match: EmbedMatch } | undefined {
  if (parent?.type !== 'root') return undefined;
  const link = loneLink(node);
  const href = link?.properties.href;
  if (!link || typeof href !== 'string') return undefined;
  const match = matchEmbed(href);
  return match ? { link, match } : undefined;
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

function embedFacade(embed: Embed, href: string, linkText: string, position?: Element['position']): Element {
  const label = linkText.trim() || href;
  const noun = embedNoun(embed.kind);
  // A bare address says nothing a listener needs to hear twice.
  const bare = label === href;
  const title = bare ? `${embed.name} ${noun}` : `${embed.name} ${noun}: ${label}`;
  const host = new URL(embed.frameSrc).host;
  const facade = el('figure', { className: ['embed', `embed-${embed.kind}`], dataEmbed: embed.provider }, [
    el('div', { className: ['embed-box'] }, [
      el('p', { className: ['embed-provider'] }, [text(embed.name)]),
      el('p', { className: ['embed-title'] }, [el('a', { href, rel: ['noopener', 'noreferrer', 'external'] }, [text(label)])]),
      el(
        'button',
        {
          type: 'button',
          className: ['embed-load'],
          dataEmbedSrc: embed.frameSrc,
          dataEmbedTitle: title,
          // Starts with the visible text, so speech input finds it (WCAG 2.5.3).
          ariaLabel: bare ? `Show ${noun} from ${embed.name}` : `Show ${noun}: ${label} (${embed.name})`,
        },
        [text(`Show ${noun}`)],
      ),
      el('p', { className: ['embed-note'] }, [text(`Loads from ${host} only when you choose to show it.`)]),
    ]),
  ]);
  if (position) facade.position = position;
  return facade;
}

/** The facade for a body block, or undefined when the block is not an embed. */
export function facadeFor(node: Element, parent: Root | Element | undefined): Element | undefined {
  const candidate = embedCandidate(node, parent);
  if (!candidate || !('embed' in candidate.match)) return undefined;
  const href = candidate.link.properties.href as string;
  return embedFacade(candidate.match.embed, href, textOf(candidate.link), node.position);
}
