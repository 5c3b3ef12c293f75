import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { embedCandidate } from '@/lib/embeds/facade';
import { providers } from '@/lib/embeds/providers';
import { markdownProcessor } from '../markdown';
import type { Problem } from './problem';
import type { SourceFile } from './source-file';

// Any provider host anywhere in the body; bodies without one (nearly all of
// them) skip the render below, which would otherwise cost the check a
// Markdown render per article.
const hostPattern = new RegExp(
  [...new Set(providers.flatMap((p) => p.hosts))].map((h) => h.replace(/\./g, '\\.')).join('|'),
  'i',
);

/**
 * Content check: a line meant as an embed whose address is a known
 * provider's but names nothing embeddable (a YouTube address without a video
 * id, a profile instead of a post) is an error, since it would be published
 * as a bare link. Runs the body through the same pipeline and the same
 * candidate rule as the page, on the tree the page would get.
 */
export function checkEmbeds(file: SourceFile): Problem[] {
  if (file.kind !== 'article' || !hostPattern.test(file.body)) return [];
  const processor = markdownProcessor({ embeds: true });
  const tree = processor.runSync(processor.parse(file.body)) as Root;
  const problems: Problem[] = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    const candidate = embedCandidate(node, parent as Root | Element | undefined);
    if (!candidate || !('problem' in candidate.match)) return;
    const line = node.position?.start.line;
    problems.push({
      severity: 'error',
      file: file.path,
      line: line === undefined ? file.bodyLine : file.bodyLine + line - 1,
      field: 'body',
      message: candidate.match.problem.message,
      fix: candidate.match.problem.fix,
    });
  });
  return problems;
}
