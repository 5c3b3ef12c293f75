import { z } from 'zod';
import { describeValue, type Explanation } from './primitives';

/**
 * The kinds of value a content field can hold. Each kind knows three things,
 * so that a field is declared once (./contract.ts) and everything else is
 * derived from it:
 * - its zod schema: the TypeScript type of the frontmatter, and the check;
 * - its contentlayer field definition, for contentlayer.config.ts;
 * - how to explain a wrong value to an editor: message, fix and the exact
 *   sub-field (e.g. "image.alt"), so the content check can point at the line.
 */

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
