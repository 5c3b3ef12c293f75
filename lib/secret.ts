import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The site's secret, shared by the server and the editors' commands that
 * talk to it (revalidation after `content:publish`, preview links). Set
 * LANTERN_SECRET in production, where the publisher runs on another machine
 * (docs/deploy.md). Without it, a random secret is made once in
 * .data/secret, next to the embedded store, so `npm start` and
 * `npm run content:publish` in the same folder agree with no setup.
 */
export const SECRET_FILE = '.data/secret';
const MIN_LENGTH = 32;

export function siteSecret(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const fromEnv = env.LANTERN_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_LENGTH) throw new Error(`LANTERN_SECRET must be at least ${MIN_LENGTH} characters.`);
    return fromEnv;
  }
  const file = resolve(cwd, SECRET_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    // 'wx': if another process made it first, theirs wins and is read back.
    try {
      writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    } catch {
      /* made by another process meanwhile */
    }
    return readFileSync(file, 'utf8').trim();
  }
}
