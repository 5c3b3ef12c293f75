import type { Problem } from './problem';
import type { ContentKind, SourceFile } from './source-file';

type FieldType = 'text' | 'datetime' | 'boolean' | 'number' | 'tags' | 'image' | 'links' | 'corrections' | 'ref' | 'path' | 'kind';

type FieldSpec = {
  type: FieldType;
  required?: boolean;
  /** A line the editor can copy. */
  example: string;
};

/**
 * The content contract, field by field. contentlayer.config.ts declares the
 * same fields for typing; this table adds what contentlayer does not check.
 */
export const contract: Record<ContentKind, Record<string, FieldSpec>> = {
  article: {
    title: { type: 'text', required: true, example: 'title: "Floods close the coast road"' },
    summary: { type: 'text', required: true, example: 'summary: "One or two sentences that sum up the story."' },
    date: { type: 'datetime', required: true, example: 'date: 2026-11-24T07:45:00Z' },
    updated: { type: 'datetime', example: 'updated: 2026-11-24T12:10:00Z' },
    category: { type: 'ref', required: true, example: 'category: world' },
    author: { type: 'ref', required: true, example: 'author: newswire' },
    tags: { type: 'tags', example: 'tags: ["Climate", "Energy"]' },
    image: { type: 'image', example: 'image: { src: /images/articles/x.jpg, alt: "What the picture shows" }' },
    draft: { type: 'boolean', example: 'draft: true' },
    corrections: { type: 'corrections', example: 'corrections: [{ date: 2026-11-25T09:00:00Z, text: "An earlier version misspelt the mayor\'s name." }]' },
  },
  author: {
    name: { type: 'text', required: true, example: 'name: "Amara Okafor"' },
    role: { type: 'text', example: 'role: "Foreign affairs correspondent"' },
    kind: { type: 'kind', example: 'kind: organization' },
    avatar: { type: 'path', example: 'avatar: /images/authors/amara-okafor.jpg' },
    avatarAlt: { type: 'text', example: 'avatarAlt: "Amara Okafor"' },
    links: { type: 'links', example: 'links: [{ label: "X", url: "https://x.com/handle" }]' },
  },
  category: {
    title: { type: 'text', required: true, example: 'title: "Tech & Science"' },
    description: { type: 'text', example: 'description: "One sentence about the section."' },
    order: { type: 'number', example: 'order: 3' },
  },
};

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

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUrl = (v: unknown) => isText(v) && /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s]+)$/i.test(v);
const isPublicPath = (v: unknown) => isText(v) && v.startsWith('/') && !v.includes('..') && !/^\/\//.test(v);

const IMAGE_KEYS = ['src', 'alt', 'caption', 'credit'];

type Check = { ok: true } | { ok: false; field?: string; message: string; fix: string };
const ok: Check = { ok: true };
const bad = (message: string, fix: string, field?: string): Check => ({ ok: false, message, fix, field });

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json && json.length > 60 ? `${json.slice(0, 57)}...` : String(json);
}

function checkValue(name: string, spec: FieldSpec, value: unknown): Check {
  const got = describe(value);
  switch (spec.type) {
    case 'text':
      return isText(value) ? ok : bad(`must be non-empty text, got ${got}.`, `write it like ${spec.example}`);
    case 'ref':
      return isText(value) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
        ? ok
        : bad(`must be a slug (lowercase words joined by "-"), got ${got}.`, `write it like ${spec.example}`);
    case 'datetime':
      if (isIsoDateTime(value)) return ok;
      return bad(
        ISO_DATETIME.test(String(value)) ? `${got} is not a real date and time.` : `${got} is not an ISO 8601 date-time with a time zone.`,
        `write a real date, time and offset, like ${spec.example} (Z means UTC).`,
      );
    case 'boolean':
      return typeof value === 'boolean' ? ok : bad(`must be true or false, got ${got}.`, `write it like ${spec.example}`);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? ok : bad(`must be a number, got ${got}.`, `write it like ${spec.example}`);
    case 'kind':
      return value === 'person' || value === 'organization'
        ? ok
        : bad(`must be "person" or "organization", got ${got}.`, 'use "organization" for news agencies and desks.');
    case 'path':
      return isPublicPath(value) ? ok : bad(`must be a path under public/ starting with "/", got ${got}.`, `write it like ${spec.example}`);
    case 'tags':
      if (!Array.isArray(value)) return bad(`must be a list of words, got ${got}.`, `write it like ${spec.example}`);
      return value.every(isText) ? ok : bad('has an empty or non-text tag.', `write it like ${spec.example}`);
    case 'image': {
      if (!isRecord(value)) return bad(`must have src and alt, got ${got}.`, `write it like ${spec.example}`);
      if (!isText(value.alt))
        return bad('an image needs alt text describing it for readers who cannot see it.', 'add alt: "What the picture shows" under image.', `${name}.alt`);
      if (!isPublicPath(value.src))
        return bad(`src must be a path under public/ starting with "/", got ${describe(value.src)}.`, 'write src: /images/articles/your-image.jpg', `${name}.src`);
      for (const key of ['caption', 'credit'] as const)
        if (value[key] !== undefined && !isText(value[key]))
          return bad(`${key} must be text when given.`, `write ${key}: "…" or remove the line.`, `${name}.${key}`);
      const extra = Object.keys(value).find((k) => !IMAGE_KEYS.includes(k));
      if (extra)
        return bad(`"${extra}" is not a known image field, so its value would be lost.`, `use only ${IMAGE_KEYS.join(', ')}.`, `${name}.${extra}`);
      return ok;
    }
    case 'links':
      if (!Array.isArray(value) || !value.every((l) => isRecord(l) && isText(l.label) && isUrl(l.url)))
        return bad('must be a list of { label, url } with full https:// or mailto: URLs.', `write it like ${spec.example}`);
      return ok;
    case 'corrections':
      if (!Array.isArray(value)) return bad(`must be a list of { date, text }, got ${got}.`, `write it like ${spec.example}`);
      for (const [i, c] of value.entries()) {
        const at = `${name}.${i}`;
        if (!isRecord(c)) return bad(`entry ${i + 1} must have date and text, got ${describe(c)}.`, `write it like ${spec.example}`, at);
        if (!isIsoDateTime(c.date))
          return bad(`entry ${i + 1}: ${describe(c.date)} is not a real ISO 8601 date-time with a time zone.`, 'write the time of the correction, like date: 2026-11-25T09:00:00Z', `${at}.date`);
        if (!isText(c.text)) return bad(`entry ${i + 1} needs the text of the correction.`, 'write text: "An earlier version of this article …"', `${at}.text`);
        const extra = Object.keys(c).find((k) => k !== 'date' && k !== 'text');
        if (extra) return bad(`entry ${i + 1}: "${extra}" is not a known field.`, 'a correction has only date and text.', `${at}.${extra}`);
      }
      return ok;
  }
}

/** Required, typed and known fields of one file. */
export function checkFields(file: SourceFile): Problem[] {
  const spec = contract[file.kind];
  const problems: Problem[] = [];
  for (const [name, field] of Object.entries(spec)) {
    const value = file.data[name];
    if (value === undefined || value === null) {
      if (field.required)
        problems.push({
          severity: 'error',
          file: file.path,
          line: file.lineOf(name) ?? 1,
          field: name,
          message: `is missing; every ${file.kind} needs it.`,
          fix: `add a line like ${field.example} to the frontmatter.`,
        });
      continue;
    }
    const result = checkValue(name, field, value);
    if (!result.ok) {
      const fieldPath = result.field ?? name;
      problems.push({
        severity: 'error',
        file: file.path,
        line: file.lineOf(fieldPath) ?? file.lineOf(name),
        field: fieldPath,
        message: result.message,
        fix: result.fix,
      });
    }
  }
  for (const name of Object.keys(file.data)) {
    if (!(name in spec))
      problems.push({
        severity: 'error',
        file: file.path,
        line: file.lineOf(name),
        field: name,
        message: 'is not a known field, so its value would be lost.',
        fix: `check the spelling; known fields are ${Object.keys(spec).join(', ')}.`,
      });
  }
  return problems;
}
