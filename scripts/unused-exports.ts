/**
 * `npm run check:exports`: lists every export of app/, components/ and lib/
 * that no other file uses (tests, scripts and benchmarks count as users), and
 * fails if there is one. An export only its own file uses should not be
 * exported; one nothing uses should be deleted; a helper only tests use
 * belongs in tests/helpers/. Next.js's route conventions (`default`,
 * `generateMetadata`, `GET`, `revalidate`…) are read by Next, not imported,
 * and are left out. Slow on purpose (it asks the TypeScript language service
 * for every export's references): about a minute.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const config = ts.getParsedCommandLineOfConfigFile(
  `${root}/tsconfig.json`,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
)!;
const files = config.fileNames.filter((f) => !f.includes('/node_modules/') && !f.includes('/.next/'));
const service = ts.createLanguageService({
  getScriptFileNames: () => files,
  getScriptVersion: () => '1',
  getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
  getCurrentDirectory: () => root,
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
});
const program = service.getProgram()!;
const checker = program.getTypeChecker();

// Plain JavaScript (next.config.js, the .mjs modules) is outside the TypeScript program: searched as text.
const javascript = execFileSync('git', ['ls-files', '*.js', '*.mjs', '*.cjs'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((f) => ({ file: f, text: readFileSync(`${root}/${f}`, 'utf8') }));

const ROUTE_FILE = /^app\/.*\/?(page|layout|route|not-found|error|global-error|loading|template)\.tsx?$/;
const ROUTE_EXPORTS = new Set(
  'default generateStaticParams generateMetadata generateViewport revalidate dynamicParams dynamic runtime fetchCache preferredRegion maxDuration metadata viewport GET HEAD POST PUT PATCH DELETE OPTIONS'.split(
    ' ',
  ),
);

const unused: string[] = [];
for (const source of program.getSourceFiles()) {
  const file = relative(root, source.fileName);
  if (!/^(app|components|lib)\//.test(file)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const name = symbol.getName();
    const declaration = symbol.declarations?.[0];
    if (!declaration || declaration.getSourceFile() !== source) continue; // a re-export: its own module answers for it
    if (ROUTE_FILE.test(file) && ROUTE_EXPORTS.has(name)) continue;
    const at = (ts.getNameOfDeclaration(declaration) ?? declaration).getStart();
    const usedElsewhere = (service.findReferences(source.fileName, at) ?? []).some((r) =>
      r.references.some((ref) => ref.fileName !== source.fileName),
    );
    const javascriptFile = file.replace(/\.d\.mts$/, '.mjs');
    const usedByJavascript = javascript.some((js) => js.file !== javascriptFile && new RegExp(`\\b${name}\\b`).test(js.text));
    if (!usedElsewhere && !usedByJavascript) unused.push(`${file}: ${name}`);
  }
}

if (unused.length) {
  console.error(`Exported but used by no other file (${unused.length}):\n${unused.join('\n')}`);
  process.exit(1);
}
console.log('Every export of app/, components/ and lib/ is used by another file.');
