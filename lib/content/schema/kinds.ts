import { z } from 'zod';

/**
 * The kinds of value a content field can hold. Each kind knows three things,
 * so that a field is declared once (./contract.ts) and everything else is
 * derived from it:
 * - its zod schema: the TypeScript type of the frontmatter, and the check;
 * - its contentlayer field definition, for contentlayer.config.ts;
 * - how to explain a wrong value to an editor: message, fix and the exact
 *   sub-field (e.g. "image.alt"), so the content check can point at the line.
 */

export type Explanation = { message: string; fix: string; field?: string };

/** A nested object type in contentlayer's terms (its fields in the same terms). */
export type NestedType = { name: string; fields: Record<string, ContentlayerField> };
/** A field in contentlayer's terms; `nested`/`listOf` name a nested type that contentlayer.config.ts declares. */
export type ContentlayerField =
  | { type: 'string' | 'date' | 'boolean' | 'number'; required?: boolean }
  | { type: 'enum'; options: readonly string[] }
  | { type: 'list'; of: { type: 'string' } }
  | { type: 'nested'; nested: NestedType }
  | { type: 'list'; listOf: NestedType };

export type FieldKind<T extends z.ZodType = z.ZodType> = {
  schema: T;
  contentlayer: ContentlayerField;
  /** Why `value` is wrong for field `name`, or undefined when it is right. */
  explain(name: string, value: unknown, example: string): Explanation | undefined;
};

export type Field<T extends z.ZodType = z.ZodType, R extends boolean = boolean> = FieldKind<T> & {
  required: R;
  /** A line the editor can copy into the frontmatter. */
  example: string;
  default?: unknown;
};

export function describeValue(value: unknown): string {
  const json = JSON.stringify(value);
  return json && json.length > 60 ? `${json.slice(0, 57)}...` : String(json);
}

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

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

const text = z.string().refine((v) => v.trim().length > 0);
const dateTime = z.string().refine(isIsoDateTime);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const publicPath = z.string().refine((v) => v.startsWith('/') && !v.includes('..') && !v.startsWith('//'));
const url = z.string().regex(/^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s]+)$/i);
const unique = (list: unknown[]) => new Set(list).size === list.length;
const slugs = z.array(slug).min(1).refine(unique);
/** An article's address: "/<section>/<slug>", the only shape the article route answers. */
const ARTICLE_PATH = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const articlePaths = z.array(z.string().regex(ARTICLE_PATH)).refine(unique);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const plain = (message: string, example: string): Explanation => ({ message, fix: `write it like ${example}` });

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

  image: {
    schema: z.object({ src: publicPath, alt: text, caption: text.optional(), credit: text.optional() }).strict(),
    contentlayer: {
      type: 'nested',
      nested: {
        name: 'Image',
        fields: {
          src: { type: 'string', required: true },
          alt: { type: 'string', required: true },
          caption: { type: 'string' },
          credit: { type: 'string' },
        },
      },
    },
    explain: (name, v, ex) => {
      if (!isRecord(v)) return plain(`must have src and alt, got ${describeValue(v)}.`, ex);
      if (!text.safeParse(v.alt).success)
        return {
          message: 'an image needs alt text describing it for readers who cannot see it.',
          fix: 'add alt: "What the picture shows" under image.',
          field: `${name}.alt`,
        };
      if (!publicPath.safeParse(v.src).success)
        return {
          message: `src must be a path under public/ starting with "/", got ${describeValue(v.src)}.`,
          fix: 'write src: /images/articles/your-image.jpg',
          field: `${name}.src`,
        };
      for (const key of ['caption', 'credit'] as const)
        if (v[key] !== undefined && !text.safeParse(v[key]).success)
          return {
            message: `${key} must be text when given.`,
            fix: `write ${key}: "…" or remove the line.`,
            field: `${name}.${key}`,
          };
      const extra = Object.keys(v).find((k) => !['src', 'alt', 'caption', 'credit'].includes(k));
      if (extra)
        return {
          message: `"${extra}" is not a known image field, so its value would be lost.`,
          fix: 'use only src, alt, caption, credit.',
          field: `${name}.${extra}`,
        };
      return undefined;
    },
  } satisfies FieldKind,

  links: {
    schema: z.array(z.object({ label: text, url }).strict()),
    contentlayer: {
      type: 'list',
      listOf: { name: 'Link', fields: { label: { type: 'string', required: true }, url: { type: 'string', required: true } } },
    },
    explain: (_n, v, ex) =>
      Array.isArray(v) && v.every((l) => isRecord(l) && text.safeParse(l.label).success && url.safeParse(l.url).success)
        ? undefined
        : plain('must be a list of { label, url } with full https:// or mailto: URLs.', ex),
  } satisfies FieldKind,

  corrections: {
    schema: z.array(z.object({ date: dateTime, text }).strict()),
    contentlayer: {
      type: 'list',
      listOf: {
        name: 'Correction',
        fields: { date: { type: 'date', required: true }, text: { type: 'string', required: true } },
      },
    },
    explain: (name, v, ex) => {
      if (!Array.isArray(v)) return plain(`must be a list of { date, text }, got ${describeValue(v)}.`, ex);
      for (const [i, c] of v.entries()) {
        const at = `${name}.${i}`;
        if (!isRecord(c)) return { ...plain(`entry ${i + 1} must have date and text, got ${describeValue(c)}.`, ex), field: at };
        if (!isIsoDateTime(c.date))
          return {
            message: `entry ${i + 1}: ${describeValue(c.date)} is not a real ISO 8601 date-time with a time zone.`,
            fix: 'write the time of the correction, like date: 2026-11-25T09:00:00Z',
            field: `${at}.date`,
          };
        if (!text.safeParse(c.text).success)
          return {
            message: `entry ${i + 1} needs the text of the correction.`,
            fix: 'write text: "An earlier version of this article …"',
            field: `${at}.text`,
          };
        const extra = Object.keys(c).find((k) => k !== 'date' && k !== 'text');
        if (extra)
          return {
            message: `entry ${i + 1}: "${extra}" is not a known field.`,
            fix: 'a correction has only date and text.',
            field: `${at}.${extra}`,
          };
      }
      return undefined;
    },
  } satisfies FieldKind,
};

/** A choice among fixed words ("person" or "organization"). */
export function oneOf<const T extends readonly [string, ...string[]]>(options: T, hint: string) {
  const schema = z.enum(options);
  return {
    schema,
    contentlayer: { type: 'enum', options },
    explain: (_n: string, v: unknown) =>
      schema.safeParse(v).success
        ? undefined
        : { message: `must be ${options.map((o) => `"${o}"`).join(' or ')}, got ${describeValue(v)}.`, fix: hint },
  } satisfies FieldKind<typeof schema>;
}

export function field<T extends z.ZodType, const R extends boolean = false>(
  kind: FieldKind<T>,
  options: { required?: R; example: string; default?: unknown },
): Field<T, R> {
  return { ...kind, required: (options.required ?? false) as R, example: options.example, default: options.default };
}
