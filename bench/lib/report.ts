import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where each benchmark leaves its figures for bench/run.ts (gitignored). */
export const resultsDir = join(process.cwd(), 'bench/results');

export function writeResult(name: string, data: unknown): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...(data as object) }, null, 2)}\n`);
}

export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function printTable(title: string, headers: string[], rows: (string | number)[][]): void {
  console.log(`\n${title}\n\n${markdownTable(headers, rows)}\n`);
}
