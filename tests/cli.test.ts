import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCli } from '../scripts/lib/cli';

/** process.exit stops the test instead of the test runner. */
function trapExit() {
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  return { exit, log, error };
}

describe('parseCli, the flag parser every scaffolder shares', () => {
  afterEach(() => vi.restoreAllMocks());
  const usage = 'usage: npm run new:thing -- --name "…"';
  const options = { name: { type: 'string' } } as const;

  it('gives a scaffolder that never mentions --help a --help and -h that print the usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const { exit, log } = trapExit();
      expect(() => parseCli(usage, options, [flag])).toThrow('exit 0');
      expect(log).toHaveBeenCalledWith(usage);
      expect(exit).toHaveBeenCalledWith(0);
      vi.restoreAllMocks();
    }
  });

  it('returns the flags without the help switch', () => {
    expect(parseCli(usage, options, ['--name', 'Ada'])).toEqual({ name: 'Ada' });
  });

  it('exits 1 with the usage on an unknown flag', () => {
    const { error } = trapExit();
    expect(() => parseCli(usage, options, ['--bogus'])).toThrow('exit 1');
    expect(error.mock.calls[0]![0]).toContain(usage);
  });
});
