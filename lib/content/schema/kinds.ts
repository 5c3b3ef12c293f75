import { z } from 'zod';
import type { FieldKind } from './field';
import { objectKinds } from './object-kinds';
import {
  ARTICLE_PATH,
  articlePaths,
  dateTime,
  describeValue,
  ISO_DATETIME,
  plain,
  publicPath,
  slug,
  slugs,
  text,
} from './primitives';

/**
 * The kinds of value a content field can hold (./field.ts says what a kind
 * knows): single values and lists here, values with sub-fields in
 * ./object-kinds.ts.
 */
export const kinds = {
  text: {
    schema: text,
    contentlayer: { type: 'string' },
    explain: (_n, v, ex) =>
      text.safeParse(v).success ? undefined : plain(`must be non-empty text, got ${describeValue(v)}.`, ex),
  } satisfies FieldKind,

  slug: {
    schema: slug,
    contentlayer: { type: 'string' },
    explain: (_n, v, ex) =>
      slug.safeParse(v).success
        ? undefined
        : plain(`must be a slug (lowercase words joined by "-"), got ${describeValue(v)}.`, ex),
  } satisfies FieldKind,

  dateTime: {
    schema: dateTime,
    contentlayer: { type: 'date' },
    explain: (_n, v, ex) =>
      dateTime.safeParse(v).success
        ? undefined
        : {
            message: ISO_DATETIME.test(String(v))
              ? `${describeValue(v)} is not a real date and time.`
              : `${describeValue(v)} is not an ISO 8601 date-time with a time zone.`,
            fix: `write a real date, time and offset, like ${ex} (Z means UTC).`,
          },
  } satisfies FieldKind,

  boolean: {
    schema: z.boolean(),
    contentlayer: { type: 'boolean' },
    explain: (_n, v, ex) => (typeof v === 'boolean' ? undefined : plain(`must be true or false, got ${describeValue(v)}.`, ex)),
  } satisfies FieldKind,

  number: {
    schema: z.number().finite(),
    contentlayer: { type: 'number' },
    explain: (_n, v, ex) =>
      typeof v === 'number' && Number.isFinite(v) ? undefined : plain(`must be a number, got ${describeValue(v)}.`, ex),
  } satisfies FieldKind,

  publicPath: {
    schema: publicPath,
    contentlayer: { type: 'string' },
    explain: (_n, v, ex) =>
      publicPath.safeParse(v).success
        ? undefined
        : plain(`must be a path under public/ starting with "/", got ${describeValue(v)}.`, ex),
  } satisfies FieldKind,

  /** A list of one or more different slugs (`authors: [amara-okafor, newswire]`). */
  slugs: {
    schema: slugs,
    contentlayer: { type: 'list', of: { type: 'string' } },
    explain: (name, v, ex) => {
      if (!Array.isArray(v) || !v.length) return plain(`must be a list of one or more slugs, got ${describeValue(v)}.`, ex);
      for (const [i, item] of v.entries()) {
        if (!slug.safeParse(item).success)
          return {
            ...plain(`entry ${i + 1} must be a slug (lowercase words joined by "-"), got ${describeValue(item)}.`, ex),
            field: `${name}.${i}`,
          };
        if (v.indexOf(item) !== i)
          return { message: `"${item}" is listed twice.`, fix: 'name each one once.', field: `${name}.${i}` };
      }
      return undefined;
    },
  } satisfies FieldKind,

  /** Old addresses of a story (`aliases: ["/world/old-slug"]`): each "/<section>/<slug>", each once. */
  articlePaths: {
    schema: articlePaths,
    contentlayer: { type: 'list', of: { type: 'string' } },
    explain: (name, v, ex) => {
      if (!Array.isArray(v)) return plain(`must be a list of addresses, got ${describeValue(v)}.`, ex);
      for (const [i, item] of v.entries()) {
        if (typeof item !== 'string' || !ARTICLE_PATH.test(item))
          return {
            message: `entry ${i + 1}, ${describeValue(item)}, is not a story's address.`,
            fix: 'write the old address as the site showed it, "/<section>/<slug>", like "/world/old-slug": lower case, no domain, no "/" at the end.',
            field: `${name}.${i}`,
          };
        if (v.indexOf(item) !== i)
          return { message: `"${item}" is listed twice.`, fix: 'list each old address once.', field: `${name}.${i}` };
      }
      return undefined;
    },
  } satisfies FieldKind,

  tags: {
    schema: z.array(text),
    contentlayer: { type: 'list', of: { type: 'string' } },
    explain: (_n, v, ex) => {
      if (!Array.isArray(v)) return plain(`must be a list of words, got ${describeValue(v)}.`, ex);
      return v.every((t) => text.safeParse(t).success) ? undefined : plain('has an empty or non-text tag.', ex);
    },
  } satisfies FieldKind,

  ...objectKinds,
};
