import { countWordsUpTo } from '../text';
import { tagSlug } from '../tags';
import type { Problem } from './problem';
import type { SourceFile } from './source-file';

export type EditorialLimits = { titleMax: number; summaryMax: number; minWords: number };
export const defaultLimits: EditorialLimits = { titleMax: 110, summaryMax: 300, minWords: 50 };

type Block = { text: string; line: number };

/** Paragraph-like blocks of a Markdown body with the line each starts on. Code is skipped. */
export function blocksOf(body: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = firstLine;
  let inFence = false;
  body.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      current = [];
      return;
    }
    if (inFence) return;
    if (line.trim() === '') {
      if (current.length) blocks.push({ text: current.join(' '), line: start });
      current = [];
      return;
    }
    if (!current.length) start = firstLine + i;
    current.push(line.trim());
  });
  if (current.length) blocks.push({ text: current.join(' '), line: start });
  return blocks;
}

/** Pasted copy differs in whitespace and quote style, not in words. */
export function normalizeParagraph(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function checkRepeatedParagraphs(file: SourceFile): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const block of blocksOf(file.body, file.bodyLine)) {
    if (countWordsUpTo(block.text, 8) < 8) continue; // short lines ("—", "Read more") legitimately repeat
    const key = normalizeParagraph(block.text);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        severity: 'error',
        file: file.path,
        line: block.line,
        field: 'body',
        message: `this paragraph repeats the one on line ${first}.`,
        fix: 'delete one of the two copies.',
      });
    else seen.set(key, block.line);
  }
  return problems;
}

export function checkLengthsAndDates(file: SourceFile, limits: EditorialLimits = defaultLimits): Problem[] {
  const problems: Problem[] = [];
  const { title, summary, date, updated } = file.data;
  const warn = (field: string, message: string, fix: string, line = file.lineOf(field)) =>
    problems.push({ severity: 'warning', file: file.path, line, field, message, fix });
  if (typeof title === 'string' && title.length > limits.titleMax)
    warn(
      'title',
      `is ${title.length} characters; headlines over ${limits.titleMax} are cut off in search results.`,
      'shorten the headline.',
    );
  if (typeof summary === 'string' && summary.length > limits.summaryMax)
    warn(
      'summary',
      `is ${summary.length} characters; keep the standfirst under ${limits.summaryMax}.`,
      'tighten it to one or two sentences.',
    );
  // Only a count under the minimum is reported, so counting stops there.
  const words = countWordsUpTo(file.body, Math.max(1, limits.minWords));
  if (words === 0) warn('body', 'is empty.', 'write the article below the frontmatter.', file.bodyLine);
  else if (words < limits.minWords)
    warn(
      'body',
      `has only ${words} words.`,
      `articles usually run to at least ${limits.minWords} words; check nothing was lost.`,
      file.bodyLine,
    );
  if (typeof date === 'string' && typeof updated === 'string' && Date.parse(updated) < Date.parse(date))
    warn(
      'updated',
      `(${updated}) is earlier than the publication date (${date}).`,
      'set updated to a time after date, or remove it.',
    );
  if (typeof date === 'string' && Array.isArray(file.data.corrections))
    file.data.corrections.forEach((c: { date?: unknown }, i) => {
      if (typeof c?.date === 'string' && Date.parse(c.date) < Date.parse(date))
        warn(
          `corrections.${i}.date`,
          `(${c.date}) is earlier than the publication date (${date}).`,
          'use the time the correction was made.',
        );
    });
  return problems;
}

export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Tags that differ only in case, punctuation or one typo split one topic over
 * two tag pages. The most used spelling wins.
 */
export function checkTagVariants(files: SourceFile[], only?: ReadonlySet<string>): Problem[] {
  const uses = new Map<string, { count: number; files: SourceFile[] }>();
  for (const f of files)
    if (f.kind === 'article' && Array.isArray(f.data.tags))
      for (const t of f.data.tags)
        if (typeof t === 'string') {
          const entry = uses.get(t) ?? { count: 0, files: [] };
          entry.count++;
          entry.files.push(f);
          uses.set(t, entry);
        }
  const spellings = [...uses.keys()];
  const problems: Problem[] = [];
  // With `only`, just the spellings those files use are compared with the rest.
  const focus = only ? spellings.filter((t) => uses.get(t)!.files.some((f) => only.has(f.path))) : spellings;
  for (const tag of focus) {
    const key = tagSlug(tag);
    const rivals = spellings.filter(
      (other) => other !== tag && (tagSlug(other) === key || (key.length >= 6 && editDistanceAtMostOne(tagSlug(other), key))),
    );
    if (!rivals.length) continue;
    const preferred = [tag, ...rivals].sort((a, b) => uses.get(b)!.count - uses.get(a)!.count || a.localeCompare(b))[0]!;
    if (preferred === tag) continue;
    for (const f of uses.get(tag)!.files.filter((file) => !only || only.has(file.path)))
      problems.push({
        severity: 'warning',
        file: f.path,
        line: f.lineOf('tags'),
        field: 'tags',
        message: `the tag "${tag}" looks like a variant of "${preferred}".`,
        fix: `use "${preferred}" so both stories share one tag page.`,
      });
  }
  return problems;
}
