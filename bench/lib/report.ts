import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** Where each benchmark leaves its figures for bench/run.ts (gitignored). */
export const resultsDir = join(process.cwd(), 'bench/results');

export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Prints a benchmark's table and saves its figures, with the table as
 * Markdown, to bench/results/<name>.json for bench/run.ts.
 */
export function report(name: string, title: string, headers: string[], rows: (string | number)[][], data: object): void {
  // Other work on the machine skews timings; say how busy it was.
  const [one, five] = loadavg();
  const load = `Load average when it finished: ${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min) on ${cpus().length} cores.`;
  const table = `${markdownTable(headers, rows)}\n\n${load}`;
  console.log(`\n${title}\n\n${table}\n`);
  mkdirSync(resultsDir, { recursive: true });
  const result = { name, title, measuredAt: new Date().toISOString(), markdown: table, ...data };
  writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
