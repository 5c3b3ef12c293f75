import { z } from 'zod';

/** The value shapes the field kinds (./kinds.ts) are made of, and how a wrong value is explained to an editor. */

/** Why a value is wrong, and how to put it right; `field` names the sub-field at fault ("image.alt"). */
export type Explanation = { message: string; fix: string; field?: string };

/** A value as an editor's message quotes it: as JSON, cut past 60 characters. */
export function describeValue(value: unknown): string {
  const json = JSON.stringify(value);
  return json && json.length > 60 ? `${json.slice(0, 57)}...` : String(json);
}

export const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Strict ISO 8601 date-time with an explicit offset, so the moment is unambiguous. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATETIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || (s ?? 0) > 59) return false;
  const daysInMonth = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return d! <= daysInMonth && !Number.isNaN(Date.parse(value));
}

export const text = z.string().refine((v) => v.trim().length > 0);
export const dateTime = z.string().refine(isIsoDateTime);
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const publicPath = z.string().refine((v) => v.startsWith('/') && !v.includes('..') && !v.startsWith('//'));
export const url = z.string().regex(/^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s]+)$/i);
const unique = (list: unknown[]) => new Set(list).size === list.length;
export const slugs = z.array(slug).min(1).refine(unique);
/** An article's address: "/<section>/<slug>", the only shape the article route answers. */
export const ARTICLE_PATH = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const articlePaths = z.array(z.string().regex(ARTICLE_PATH)).refine(unique);

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The usual explanation: what is wrong, and an example to copy. */
export const plain = (message: string, example: string): Explanation => ({ message, fix: `write it like ${example}` });

/**
 * Why a list is wrong at its first bad entry: the entry's own problem
 * (`entryProblem`), or that it repeats an earlier one; pointed at that entry
 * ("authors.1").
 */
export function explainEntries(
  name: string,
  list: unknown[],
  entryProblem: (item: unknown, i: number) => Explanation | undefined,
  repeatedFix: string,
): Explanation | undefined {
  for (const [i, item] of list.entries()) {
    const problem =
      entryProblem(item, i) ??
      (list.indexOf(item) !== i ? { message: `"${String(item)}" is listed twice.`, fix: repeatedFix } : undefined);
    if (problem) return { ...problem, field: `${name}.${i}` };
  }
  return undefined;
}
