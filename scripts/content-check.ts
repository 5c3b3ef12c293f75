/**
 * `npm run content:check`: every problem in content/ at once, with file,
 * line, field and fix. Exits 1 when there is any error, so it gates the build.
 * CONTENT_DIR and PUBLIC_DIR point it at another tree (the tests use fixtures).
 */
import { resolve } from 'node:path';
import { loadSourceFiles, publicFileChecker, strayContentFiles } from '../lib/content/validation/load';
import { formatReport } from '../lib/content/validation/problem';
import { checkSanitizedHtml } from '../lib/content/validation/sanitize-report';
import { hasErrors, validateContent } from '../lib/content/validation/validate';

const root = process.cwd();
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const publicDir = resolve(root, process.env.PUBLIC_DIR ?? 'public');
const files = loadSourceFiles(contentDir, root);
const problems = [
  ...strayContentFiles(contentDir, root),
  ...(await validateContent(files, {
    publicFileExists: publicFileChecker(publicDir),
    extraChecks: [checkSanitizedHtml],
  })),
];

const labels = {
  article: 'article',
  author: 'author',
  category: 'category',
  live: 'live story',
  liveEntry: 'live entry',
} as const;
const counts = Object.entries(labels).map(([k, label]) => `${files.filter((f) => f.kind === k).length} ${label} files`);
console.log(`Checked ${counts.join(', ')} in ${contentDir.replace(`${root}/`, '')}/`);
if (problems.length) console.log(formatReport(problems));
if (hasErrors(problems)) {
  console.error('\nContent check failed: fix the errors above and run `npm run content:check` again.');
  process.exit(1);
}
console.log('Content check passed.');
