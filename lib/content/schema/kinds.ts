import { z } from 'zod';
import type { FieldKind } from './field';
import { objectKinds } from './object-kinds';
import {
  ARTICLE_PATH,
  articlePaths,
  dateTime,
  describeValue,
  explainEntries,
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
/** A single value that is right when `schema` takes it, and otherwise "must be <mustBe>, got <value>." */
function single<T extends z.ZodType>(schema: T, type: 'string' | 'boolean' | 'number', mustBe: string) {
  return {
    schema,
    contentlayer: { type },
    explain: (_n: string, v: unknown, ex: string) =>
      schema.safeParse(v).success ? undefined : plain(`must be ${mustBe}, got ${describeValue(v)}.`, ex),
  } satisfies FieldKind<T>;
}

export const kinds = {
  text: single(text, 'string', 'non-empty text'),
  slug: single(slug, 'string', 'a slug (lowercase words joined by "-")'),

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

  boolean: single(z.boolean(), 'boolean', 'true or false'),
  number: single(z.number().finite(), 'number', 'a number'),
  publicPath: single(publicPath, 'string', 'a path under public/ starting with "/"'),

  /** A list of one or more different slugs (`authors: [amara-okafor, newswire]`). */
  slugs: {
    schema: slugs,
    contentlayer: { type: 'list', of: { type: 'string' } },
    explain: (name, v, ex) => {
      if (!Array.isArray(v) || !v.length) return plain(`must be a list of one or more slugs, got ${describeValue(v)}.`, ex);
      const notASlug = (item: unknown, i: number) =>
        slug.safeParse(item).success
          ? undefined
          : plain(`entry ${i + 1} must be a slug (lowercase words joined by "-"), got ${describeValue(item)}.`, ex);
      return explainEntries(name, v, notASlug, 'name each one once.');
    },
  } satisfies FieldKind,

  /** Old addresses of a story (`aliases: ["/world/old-slug"]`): each "/<section>/<slug>", each once. */
  articlePaths: {
    schema: articlePaths,
    contentlayer: { type: 'list', of: { type: 'string' } },
    explain: (name, v, ex) => {
      if (!Array.isArray(v)) return plain(`must be a list of addresses, got ${describeValue(v)}.`, ex);
      const notAnAddress = (item: unknown, i: number) =>
        typeof item === 'string' && ARTICLE_PATH.test(item)
          ? undefined
          : {
              message: `entry ${i + 1}, ${describeValue(item)}, is not a story's address.`,
              fix: 'write the old address as the site showed it, "/<section>/<slug>", like "/world/old-slug": lower case, no domain, no "/" at the end.',
            };
      return explainEntries(name, v, notAnAddress, 'list each old address once.');
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
