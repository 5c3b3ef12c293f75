import type { Problem } from './problem';
import type { SourceFile } from './source-file';

/**
 * The breaking-news banner needs both of its fields: `breaking: true` alone
 * would put a banner up with no end, and `breakingUntil` alone would do nothing.
 */
export function checkBreaking(file: SourceFile): Problem[] {
  const { breaking, breakingUntil, date } = file.data;
  const problem = (severity: Problem['severity'], field: string, message: string, fix: string): Problem => ({
    severity,
    file: file.path,
    line: file.lineOf(field),
    field,
    message,
    fix,
  });
  if (breaking === true && breakingUntil === undefined)
    return [
      problem(
        'error',
        'breaking',
        'needs breakingUntil: the banner must have an end.',
        'add a line like breakingUntil: 2026-11-24T12:00:00Z.',
      ),
    ];
  if (breaking !== true && breakingUntil !== undefined)
    return [
      problem(
        'error',
        'breakingUntil',
        'is set, but the story is not marked breaking: true, so no banner would show.',
        'add breaking: true, or remove the line.',
      ),
    ];
  if (typeof breakingUntil === 'string' && typeof date === 'string' && Date.parse(breakingUntil) <= Date.parse(date))
    return [
      problem(
        'warning',
        'breakingUntil',
        `(${breakingUntil}) is not after the story's date (${date}), so the banner never shows.`,
        'set it to when the banner should go.',
      ),
    ];
  return [];
}
