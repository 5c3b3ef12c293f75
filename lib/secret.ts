import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dirname(file), { recursive: true });
  // Written whole under another name, then linked into place: the link
  // fails if another process made the file first, and no process ever reads
  // a half-written secret.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch {
    /* made by another process meanwhile: theirs wins */
  } finally {
    rmSync(draft, { force: true });
  }
  const secret = readSecret(file);
  if (!secret)
    throw new Error(`${SECRET_FILE} is not a usable secret (under ${MIN_LENGTH} characters): delete it, or set LANTERN_SECRET.`);
  return secret;
}

/** The secret in `file`, or undefined when there is none; a file too short to be safe is refused, never used. */
function readSecret(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
  if (text.length < MIN_LENGTH)
    throw new Error(
      `${SECRET_FILE} holds under ${MIN_LENGTH} characters, so it cannot sign anything safely: delete it, or set LANTERN_SECRET.`,
    );
  return text;
}
