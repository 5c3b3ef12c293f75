import type { Problem } from './problem';
import type { SourceFile } from './source-file';

/**
 * What one article body may hold, so that rendering it (lib/content/markdown.ts,
 * on demand, on the server) stays around 100 ms and never exhausts the stack.
 * Beyond these the renderer blocked the server for seconds (a 5 MB body: 25 s;
 * a 3,000-row table) or crashed it (5,000 nested lists, quotes or <div>s).
 * `npm run bench:render-limits` renders an article at each limit and prints
 * the time; docs/editing.md lists them for editors.
 */
export type ContentLimits = {
  /** Body size in bytes of UTF-8. */
  bodyBytes: number;
  /** Lists, quotes and HTML elements inside one another. */
  nestingDepth: number;
  /** `*` and `_` marks in one paragraph (emphasis is parsed in quadratic time when they nest). */
  emphasisMarks: number;
  /** Columns of one table. */
  tableColumns: number;
  /** Cells of all tables in the body together. */
  tableCells: number;
};

export const contentLimits: ContentLimits = {
  bodyBytes: 32_000,
  nestingDepth: 16,
  emphasisMarks: 200,
  tableColumns: 12,
  tableCells: 400,
};

/** How the limits read in the check's messages and in docs/editing.md. */
export function describeLimits(limits: ContentLimits = contentLimits) {
  return {
    bodyBytes: `${Math.round(limits.bodyBytes / 1000)} KB (about ${(Math.round(limits.bodyBytes / 6.5 / 500) * 500).toLocaleString('en-GB')} words)`,
    nestingDepth: `${limits.nestingDepth} levels`,
    emphasisMarks: `${limits.emphasisMarks} per paragraph`,
    tableColumns: `${limits.tableColumns} columns`,
    tableCells: `${limits.tableCells.toLocaleString('en-GB')} cells`,
  };
}

// Block containers at the start of a line: a quote marker or a list marker.
const CONTAINER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const FENCE = /^[ \t]*(```|~~~)/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
// Elements that never hold others, or whose end tag may be left out (a new
// <p> or <li> closes the last one): neither opens a level.
const FLAT = new Set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'],
  ...['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'rt', 'rp'],
]);
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b[^<>]*?(\/?)>/gi;

function columnsOf(row: string): number {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
}

/**
 * Refuses a body the renderer cannot render safely, naming the line and the
 * limit. It only scans the text, line by line, and never parses it: parsing
 * is what blew the stack or took seconds, so the check must not depend on it.
 */
export function checkBodyLimits(file: SourceFile, limits: ContentLimits = contentLimits): Problem[] {
  const problems: Problem[] = [];
  const say = describeLimits(limits);
  const push = (line: number, message: string, fix: string) =>
    problems.push({ severity: 'error', file: file.path, line, field: 'body', message, fix });

  const bytes = Buffer.byteLength(file.body);
  if (bytes > limits.bodyBytes) {
    push(
      file.bodyLine,
      `the body is ${Math.ceil(bytes / 1000).toLocaleString('en-GB')} KB; the limit is ${say.bodyBytes}.`,
      'split it into two stories, or cut it; long data belongs in a linked file, not the body.',
    );
    // Scanning further would only list the consequences of the same problem.
    return problems;
  }

  const lines = file.body.split(/\r?\n/);
  let inFence = false;
  let htmlDepth = 0;
  let paragraph = { line: 0, marks: 0, reported: false };
  let table: { line: number; columns: number } | undefined;
  let cells = 0;
  const reported = { nesting: false, html: false, columns: false, cells: false };

  const addCells = (count: number, line: number) => {
    cells += count;
    if (cells > limits.tableCells && !reported.cells) {
      reported.cells = true;
      push(
        line,
        `the tables in this body have more than ${limits.tableCells.toLocaleString('en-GB')} cells together; the limit is ${say.tableCells}.`,
        'keep the key rows in the story and link to the full data.',
      );
    }
  };

  lines.forEach((raw, i) => {
    const line = file.bodyLine + i;
    if (FENCE.test(raw)) inFence = !inFence;
    if (inFence) return;
    const text = raw.replace(/`[^`]*`/g, '');

    // Lists and quotes: markers at the start of the line, plus indentation
    // (each level of a nested list indents its items by two spaces or more).
    let rest = text;
    let depth = 0;
    for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
      depth += 1;
      rest = rest.slice(m[0].length);
    }
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    depth += Math.floor(indent / 2);
    if (depth > limits.nestingDepth && !reported.nesting && !THEMATIC_BREAK.test(text)) {
      reported.nesting = true;
      push(
        line,
        `lists or quotes are nested ${depth} levels deep here; the limit is ${say.nestingDepth}.`,
        'flatten the structure: few readers follow more than three levels.',
      );
    }

    // HTML elements inside one another, across lines.
    for (const tag of text.matchAll(TAG)) {
      const name = tag[2]!.toLowerCase();
      if (!tag[1] && (name === 'td' || name === 'th')) addCells(1, line);
      if (FLAT.has(name) || tag[3]) continue;
      if (tag[1]) htmlDepth = Math.max(0, htmlDepth - 1);
      else htmlDepth += 1;
      if (htmlDepth > limits.nestingDepth && !reported.html) {
        reported.html = true;
        push(
          line,
          `HTML elements are nested more than ${limits.nestingDepth} deep here; the limit is ${say.nestingDepth}.`,
          'remove the extra wrapping elements; Markdown needs none.',
        );
      }
    }

    // Emphasis marks per paragraph (a blank line ends a paragraph).
    if (!text.trim()) {
      paragraph = { line: line + 1, marks: 0, reported: false };
    } else if (!THEMATIC_BREAK.test(text)) {
      paragraph.marks += (rest.match(/(?<!\\)[*_]/g) ?? []).length;
      if (paragraph.marks > limits.emphasisMarks && !paragraph.reported) {
        paragraph.reported = true;
        push(
          Math.max(paragraph.line, file.bodyLine),
          `this paragraph has more than ${limits.emphasisMarks} * or _ marks; the limit is ${say.emphasisMarks}.`,
          'use fewer italics and bold, or escape literal asterisks and underscores as \\* and \\_.',
        );
      }
    }

    // GFM tables: a header row, a delimiter row, then rows until a blank
    // line. Every row has the header's number of cells, pipes or not.
    const next = lines[i + 1];
    if (table && !text.trim()) {
      table = undefined;
    } else if (table) {
      if (line !== table.line + 1) addCells(table.columns, line);
    } else if (text.includes('|') && next !== undefined && DELIMITER_ROW.test(next) && next.includes('-')) {
      table = { line, columns: columnsOf(rest) };
      if (table.columns > limits.tableColumns && !reported.columns) {
        reported.columns = true;
        push(
          line,
          `this table has ${table.columns} columns; the limit is ${say.tableColumns}.`,
          'split it into narrower tables; wide tables cannot be read on a phone anyway.',
        );
      }
      addCells(table.columns, line);
    }
  });
  return problems;
}
