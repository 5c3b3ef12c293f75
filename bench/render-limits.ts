/**
 * `npm run bench:render-limits`: renders an article body at each limit the
 * content check enforces (lib/content/validation/limits.ts) with the site's
 * one Markdown pipeline, and prints how long one render blocks the server.
 * The target is about 100 ms: articles render on demand, on the request
 * thread, when their page is first asked for or revalidated.
 *
 * Each case is checked to be legal first (the content check accepts it), then
 * rendered BENCH_RENDER_RUNS times (7) after a warm-up; the table gives the
 * median and the slowest run, in CPU time of this process (less disturbed by
 * other work on a shared machine than wall time) and in wall time.
 */
import { renderMarkdownSync } from '../lib/content/markdown';
import { checkBodyLimits, contentLimits, describeLimits } from '../lib/content/validation/limits';
import { parseSourceFile } from '../lib/content/validation/source-file';
import { report } from './lib/report';
import { generateArticles } from './lib/synthetic-articles';

const runs = Number(process.env.BENCH_RENDER_RUNS ?? 7);
const budgetMs = 100;
const limits = contentLimits;
const say = describeLimits(limits);

// News-like prose from the synthetic generator (the build-scale and search
// benchmarks use it too), joined until the body limit.
const prose = generateArticles(400, 7)
  .map((a) => a.markdown)
  .join('\n\n');
const proseUpTo = (bytes: number) => {
  let text = prose;
  while (Buffer.byteLength(text) < bytes) text += `\n\n${prose}`;
  let cut = text.slice(0, bytes);
  while (Buffer.byteLength(cut) > bytes) cut = cut.slice(0, -1);
  return cut.slice(0, cut.lastIndexOf('\n\n'));
};
const typical = generateArticles(200, 3)
  .map((a) => a.markdown)
  .sort((a, b) => a.length - b.length)[100]!;

const table = (rows: number, columns: number) =>
  [
    `|${Array.from({ length: columns }, (_, c) => ` Column ${c + 1} |`).join('')}`,
    `|${' ---: |'.repeat(columns)}`,
    ...Array.from(
      { length: rows },
      (_, r) => `|${Array.from({ length: columns }, (_, c) => ` ${(r * 31 + c * 7) % 1000}.${c} |`).join('')}`,
    ),
  ].join('\n');
const rowsAtCellLimit = Math.floor(limits.tableCells / limits.tableColumns) - 1; // the header row counts too
const depth = limits.nestingDepth;
const emphasisPairs = limits.emphasisMarks / 2;
const nestedList = Array.from({ length: depth / 2 }, (_, i) => `${'  '.repeat(i)}- ${'item '.repeat(8)}`).join('\n');
const nestedQuotes = Array.from({ length: depth }, (_, i) => `${'>'.repeat(i + 1)} ${'quoted words '.repeat(6)}`).join('\n');
const nestedHtml = `${'<div>'.repeat(depth)}${'text '.repeat(20)}${'</div>'.repeat(depth)}`;
const nestedEmphasis = `${'*a '.repeat(emphasisPairs)}x${' a*'.repeat(emphasisPairs)}`;

/** Everything at its limit in one body of the largest size allowed. */
function everything(): string {
  const parts = [table(rowsAtCellLimit, limits.tableColumns), nestedList, nestedQuotes, nestedHtml, nestedEmphasis];
  const structure = parts.join('\n\n');
  return `${proseUpTo(limits.bodyBytes - Buffer.byteLength(structure) - 8)}\n\n${structure}\n`;
}

const cases: [string, string][] = [
  ['a typical article (reference)', typical],
  [`body at the size limit, ${say.bodyBytes}`, proseUpTo(limits.bodyBytes)],
  [
    `tables at the cell limit, ${say.tableCells} (${limits.tableColumns} × ${rowsAtCellLimit + 1})`,
    table(rowsAtCellLimit, limits.tableColumns),
  ],
  [`lists, quotes and HTML at the nesting limit, ${say.nestingDepth}`, [nestedList, nestedQuotes, nestedHtml].join('\n\n')],
  [`a paragraph at the emphasis limit, ${limits.emphasisMarks} marks, all nested`, nestedEmphasis],
  ['every limit at once, in a body of the largest size', everything()],
];

const frontmatter = '---\ntitle: "x"\n---\n';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const results = cases.map(([name, body]) => {
  const refused = checkBodyLimits(parseSourceFile('bench.md', frontmatter + body, 'article'));
  if (refused.length) throw new Error(`${name} is not within the limits: ${refused.map((p) => p.message).join(' ')}`);
  renderMarkdownSync(body); // warm-up
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    renderMarkdownSync(body);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return {
    name,
    bytes: Buffer.byteLength(body),
    cpuMedian: median(cpu),
    cpuMax: Math.max(...cpu),
    wallMedian: median(wall),
    wallMax: Math.max(...wall),
  };
});

const ms = (x: number) => x.toFixed(0);
report(
  'render-limits',
  `Rendering one article body at the content limits (${runs} runs each; ms)`,
  ['case', 'body KB', 'CPU median', 'CPU max', 'wall median', 'wall max', `within ~${budgetMs} ms`],
  results.map((r) => [
    r.name,
    (r.bytes / 1000).toFixed(1),
    ms(r.cpuMedian),
    ms(r.cpuMax),
    ms(r.wallMedian),
    ms(r.wallMax),
    r.cpuMedian <= budgetMs * 1.2 ? 'yes' : '**no**',
  ]),
  { runs, limits, results },
);
