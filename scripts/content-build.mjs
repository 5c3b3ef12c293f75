// `npm run content:build`: contentlayer2's own `build` command, run without
// its CLI entry point. That entry point switches on effect-ts execution
// tracing (a debugging aid) for every document fiber, which at 10,000+
// articles costs a large share of the content build (docs/performance.md).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Builtins, Cli } from 'clipanion';

const require = createRequire(import.meta.url);
const cliDist = dirname(require.resolve('@contentlayer2/cli'));
const { BuildCommand } = await import(pathToFileURL(join(cliDist, 'commands/BuildCommand.js')).href);

const cli = new Cli({ binaryLabel: 'Contentlayer CLI', binaryName: 'contentlayer2' });
cli.register(BuildCommand);
cli.register(Builtins.HelpCommand);
await cli.runExit(['build', ...process.argv.slice(2)], Cli.defaultContext);
