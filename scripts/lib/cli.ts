import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints a scaffolder's error and its usage, then exits 1. */
export function exitWithUsage(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every scaffolder answers `--help` (or `-h`): the flag is added here, so a new one gets it too. */
const helpOption = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

/**
 * Parses a scaffolder's flags. `--help` prints the usage and exits 0; an
 * unknown or malformed flag prints the error and the usage and exits 1.
 */
export function parseCli<O extends Options>(usage: string, options: O, args: string[] = process.argv.slice(2)) {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args, options: { ...options, ...helpOption }, strict: true }).values;
  } catch (error) {
    return exitWithUsage((error as Error).message, usage);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  delete values.help;
  return values as ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'];
}

/** Like parseCli, for commands that also take positional arguments (`live:post -- <slug> …`). */
export function parseCliWithPositionals<O extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: O) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: true });
  } catch (error) {
    return exitWithUsage((error as Error).message, usage);
  }
}
