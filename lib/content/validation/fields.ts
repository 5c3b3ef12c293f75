import { contract } from '../schema/contract';
import type { Field } from '../schema/field';
import type { Problem } from './problem';
import type { SourceFile } from './source-file';

/**
 * Required, typed and known fields of one file, checked against the content
 * contract (lib/content/schema/contract.ts): the same declarations that type
 * the documents in contentlayer.config.ts.
 */
export function checkFields(file: SourceFile): Problem[] {
  const fields: Record<string, Field> = contract[file.kind].fields;
  const problems: Problem[] = [];
  for (const [name, field] of Object.entries(fields)) {
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
    const wrong = field.explain(name, value, field.example);
    if (wrong) {
      const fieldPath = wrong.field ?? name;
      problems.push({
        severity: 'error',
        file: file.path,
        line: file.lineOf(fieldPath) ?? file.lineOf(name),
        field: fieldPath,
        message: wrong.message,
        fix: wrong.fix,
      });
    }
  }
  for (const name of Object.keys(file.data)) {
    if (!(name in fields))
      problems.push({
        severity: 'error',
        file: file.path,
        line: file.lineOf(name),
        field: name,
        message: 'is not a known field, so its value would be lost.',
        fix: `check the spelling; known fields are ${Object.keys(fields).join(', ')}.`,
      });
  }
  return problems;
}
