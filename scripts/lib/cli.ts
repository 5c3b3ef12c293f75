import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints a scaffolder's error and its usage, then exits 1. */
export function exitWithUsage(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

/** Parses a scaffolder's flags; an unknown or malformed flag exits with the usage. */
export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: O) {
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (error) {
    return exitWithUsage((error as Error).message, usage);
  }
}

/** Like parseCli, for commands that also take positional arguments (`live:post -- <slug> …`). */
export function parseCliWithPositionals<O extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: O) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: true });
  } catch (error) {
    return exitWithUsage((error as Error).message, usage);
  }
}
