import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ContentKind } from '../schema/contract';
import { slugOfFile } from '../schema/layout';
import type { Problem } from './problem';

export type { ContentKind };

/** A content file as an editor wrote it, before any schema is applied. */
export type SourceFile = {
  kind: ContentKind;
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** File name without extension: the URL slug (a live story's is its folder's name). */
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** 1-based line of a dotted field path such as "image.alt", when present. */
  lineOf: (field: string) => number | undefined;
  /** Problems found while parsing (bad YAML, no frontmatter). */
  problems: Problem[];
};

// The closing "---" must stand on its own line: a "---" inside a value does not end the block.
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

function nodeAt(root: Node | null | undefined, field: string): { key?: Node; value?: Node } | undefined {
  let current: Node | null | undefined = root;
  let found: { key?: Node; value?: Node } | undefined;
  for (const part of field.split('.')) {
    if (isSeq(current) && /^\d+$/.test(part)) {
      const item = current.items[Number(part)] as Node | undefined;
      if (!item) return found;
      found = { value: item };
      current = item;
      continue;
    }
    if (!isMap(current)) return found;
    const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === part);
    if (!pair || !isPair(pair)) return found;
    found = { key: pair.key as Node, value: pair.value as Node };
    current = pair.value as Node;
  }
  return found;
}

export function parseSourceFile(path: string, source: string, kind: ContentKind): SourceFile {
  const problems: Problem[] = [];
  const text = source.replace(/^\uFEFF/, ''); // editors on Windows save with a byte-order mark
  const match = FRONTMATTER.exec(text);
  const base = { kind, path, slug: slugOfFile(kind, path), problems };
  if (!match) {
    problems.push({
      severity: 'error',
      file: path,
      line: 1,
      field: 'frontmatter',
      message: 'has no frontmatter block (or its closing "---" line is missing).',
      fix: 'start the file with a line "---", the fields, and another "---" line.',
    });
    return { ...base, data: {}, body: text, bodyLine: 1, lineOf: () => undefined };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstYamlLine = 2;
  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    problems.push({
      severity: 'error',
      file: path,
      line: lineCounter.linePos(error.pos[0]).line + firstYamlLine - 1,
      field: 'frontmatter',
      message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
      fix: duplicate
        ? 'a field appears twice; keep one of the two lines.'
        : 'check the indentation, and put values that contain ":" or "#" in double quotes.',
    });
  }
  const raw = doc.errors.length ? {} : doc.toJS();
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  // An empty block is allowed here so that each missing field is reported by name.
  if (!doc.errors.length && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push({
      severity: 'error',
      file: path,
      line: firstYamlLine,
      field: 'frontmatter',
      message: 'frontmatter must be a list of "field: value" lines.',
      fix: 'write one field per line, like title: "Floods close the coast road".',
    });
  }
  const headerLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return {
    ...base,
    data,
    body: text.slice(match[0].length),
    bodyLine: headerLines + 1,
    lineOf: linesOfFields(yamlText, firstYamlLine),
  };
}

/**
 * Finds a field's line by parsing the frontmatter again, once, the first
 * time a problem asks. Most files never report one, and holding every file's
 * YAML tree from parse to report held about 1.5 GB of the content check at
 * 100,000 articles, a quarter of whose time then went to garbage collection.
 */
function linesOfFields(yamlText: string, firstYamlLine: number): SourceFile['lineOf'] {
  let parsed: { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
  return (field) => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { lineCounter, doc: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true }) };
    }
    const found = nodeAt(parsed.doc.contents, field);
    const node = found?.key ?? found?.value;
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : parsed.lineCounter.linePos(offset).line + firstYamlLine - 1;
  };
}
