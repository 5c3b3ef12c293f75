type Severity = 'error' | 'warning';

/** One thing wrong with one content file, phrased for the editor who wrote it. */
export type Problem = {
  severity: Severity;
  /** Path relative to the project root, e.g. "content/articles/x.md". */
  file: string;
  line?: number;
  /** Dotted field path, e.g. "image.alt"; "body" for the Markdown body. */
  field?: string;
  message: string;
  /** What to do about it. */
  fix?: string;
};

export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  const field = p.field ? ` [${p.field}]` : '';
  const fix = p.fix ? `\n    fix: ${p.fix}` : '';
  return `${p.severity === 'error' ? 'error' : 'warning'} ${where}${field} ${p.message}${fix}`;
}

export function formatReport(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatProblem);
  lines.push(
    `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}
