import { z } from 'zod';
import type { FieldKind } from './field';
import { dateTime, describeValue, isIsoDateTime, isRecord, plain, publicPath, text, url } from './primitives';

/** Field kinds with sub-fields (an image, links, corrections), each explained down to the sub-field at fault. */
export const objectKinds = {
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
