import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node } from 'yaml';
import type { Problem } from './problem';

export type ContentKind = 'article' | 'author' | 'category';

/** A content file as an editor wrote it, before any schema is applied. */
export type SourceFile = {
  kind: ContentKind;
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** File name without extension: the URL slug. */
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

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function slugOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(md|markdown)$/i, '');
}

function nodeAt(root: Node | null | undefined, field: string): { key?: Node; value?: Node } | undefined {
  let current: Node | null | undefined = root;
  let found: { key?: Node; value?: Node } | undefined;
  for (const part of field.split('.')) {
    if (!isMap(current)) return found;
    const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === part);
    if (!pair || !isPair(pair)) return found;
    found = { key: pair.key as Node, value: pair.value as Node };
    current = pair.value as Node;
  }
  return found;
}

export function parseSourceFile(path: string, text: string, kind: ContentKind): SourceFile {
  const problems: Problem[] = [];
  const match = FRONTMATTER.exec(text);
  const base = { kind, path, slug: slugOf(path), problems };
  if (!match) {
    problems.push({
      severity: 'error',
      file: path,
      line: 1,
      message: 'has no frontmatter block.',
      fix: 'start the file with a line "---", the fields, and another "---" line.',
    });
    return { ...base, data: {}, body: text, bodyLine: 1, lineOf: () => undefined };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstYamlLine = 2;
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    problems.push({
      severity: 'error',
      file: path,
      line: pos ? pos.line + firstYamlLine - 1 : firstYamlLine,
      message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
      fix: 'check the indentation and quote values that contain ":" or "#".',
    });
  }
  const raw = doc.errors.length ? {} : doc.toJS();
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (!doc.errors.length && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push({
      severity: 'error',
      file: path,
      line: firstYamlLine,
      message: 'frontmatter must be a list of "field: value" lines.',
    });
  }
  const lineOf = (field: string) => {
    const found = nodeAt(doc.contents, field);
    const node = found?.key ?? found?.value;
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + firstYamlLine - 1;
  };
  const headerLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { ...base, data, body: text.slice(match[0].length), bodyLine: headerLines + 1, lineOf };
}
