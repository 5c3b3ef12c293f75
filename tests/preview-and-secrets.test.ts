import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeGrant, encodeGrant, grantPreview, isValidGrant, safeEqual } from '@/lib/preview/token';
import { INSTANCES_DIR, localInstances, registerInstance, revalidationTargets } from '@/lib/publish/instances';
import { authorizedPublisher, MAX_BODY, MAX_TAG_LENGTH, MAX_TAGS, readTags } from '@/lib/publish/revalidate-request';
import { SECRET_FILE, siteSecret } from '@/lib/secret';

/** Signed preview links, the revalidation request, the site's secret and the registry of running servers. */

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const NOW = new Date('2026-07-01T12:00:00Z');
const HOUR = 3_600_000;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-secrets-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('preview grants', () => {
  const expires = NOW.getTime() + HOUR;
  const grant = grantPreview('/world/draft-story', expires, SECRET);

  it('are valid for their path until they expire', () => {
    expect(isValidGrant(grant, SECRET, NOW)).toBe(true);
    expect(isValidGrant(grant, SECRET, new Date(expires - 1))).toBe(true);
    expect(isValidGrant(grant, SECRET, new Date(expires))).toBe(false);
    expect(isValidGrant(grant, SECRET, new Date(expires + HOUR))).toBe(false);
  });

  it('are refused for another path, another secret, or a later expiry', () => {
    expect(isValidGrant({ ...grant, path: '/world/other-story' }, SECRET, NOW)).toBe(false);
    expect(isValidGrant(grant, `${SECRET}x`, NOW)).toBe(false);
    expect(isValidGrant({ ...grant, expires: expires + HOUR }, SECRET, NOW)).toBe(false);
  });

  it('are refused with a tampered or missing signature', () => {
    const last = grant.signature.at(-1) === 'A' ? 'B' : 'A';
    expect(isValidGrant({ ...grant, signature: `${grant.signature.slice(0, -1)}${last}` }, SECRET, NOW)).toBe(false);
    expect(isValidGrant({ ...grant, signature: '' }, SECRET, NOW)).toBe(false);
    expect(isValidGrant({ path: grant.path, expires }, SECRET, NOW)).toBe(false);
  });

  it('are refused for odd paths and times, even when signed', () => {
    expect(isValidGrant(grantPreview('world/x', expires, SECRET), SECRET, NOW)).toBe(false);
    expect(isValidGrant(grantPreview('/world/x', expires + 0.5, SECRET), SECRET, NOW)).toBe(false);
    expect(isValidGrant({ ...grant, expires: Number.NaN }, SECRET, NOW)).toBe(false);
    expect(isValidGrant({}, SECRET, NOW)).toBe(false);
  });

  it('survive the trip through a cookie value', () => {
    const unusual = grantPreview('/life/café-über.story', expires, SECRET);
    const value = encodeGrant(unusual);
    expect(value).toMatch(/^[\w.-]+$/);
    expect(decodeGrant(value)).toEqual(unusual);
    expect(isValidGrant(decodeGrant(encodeGrant(grant)), SECRET, NOW)).toBe(true);
  });

  it('decode from nothing or garbage to a grant that is never valid', () => {
    for (const value of [undefined, '', 'garbage', '1.2', '..', 'x.y.z'])
      expect(isValidGrant(decodeGrant(value), SECRET, NOW), String(value)).toBe(false);
    expect(decodeGrant(undefined)).toEqual({});
    expect(decodeGrant('1.2')).toEqual({});
  });
});

describe('safeEqual', () => {
  it('is true only for the same string', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('abc', '')).toBe(false);
    expect(safeEqual('é', 'e\u0301')).toBe(false);
  });
});

describe('the revalidation request', () => {
  it('is authorized only by the Bearer secret, exactly', () => {
    expect(authorizedPublisher(`Bearer ${SECRET}`, SECRET)).toBe(true);
    for (const header of [
      null,
      '',
      SECRET,
      `Bearer ${SECRET}x`,
      `Bearer ${SECRET.slice(1)}`,
      `Basic ${SECRET}`,
      `Bearer  ${SECRET}`,
      `Bearer ${SECRET} extra`,
      'Bearer ',
    ])
      expect(authorizedPublisher(header, SECRET), String(header)).toBe(false);
  });

  it('never authorizes with an empty secret', () => {
    expect(authorizedPublisher('Bearer ', '')).toBe(false);
    expect(authorizedPublisher('Bearer x', '')).toBe(false);
  });

  it('reads the tags of a well-formed body, each once', () => {
    expect(readTags(JSON.stringify({ tags: ['home', 'article:/world/x', 'home'] }))).toEqual(['home', 'article:/world/x']);
    expect(readTags(JSON.stringify({ tags: [] }))).toEqual([]);
    expect(readTags(JSON.stringify({ tags: ['a'], other: 1 }))).toEqual(['a']);
  });

  it('refuses a malformed body', () => {
    for (const body of [
      '',
      'not json',
      'null',
      '"tags"',
      '[]',
      '{}',
      JSON.stringify({ tags: 'home' }),
      JSON.stringify({ tags: ['home', 3] }),
      JSON.stringify({ tags: ['home', ''] }),
      JSON.stringify({ tags: [null] }),
      JSON.stringify({ tags: { 0: 'home' } }),
    ])
      expect(readTags(body), body).toBeUndefined();
  });

  it('refuses too many tags, a tag too long, and a body too large', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
    expect(readTags(JSON.stringify({ tags: many(MAX_TAGS) }))).toHaveLength(MAX_TAGS);
    expect(readTags(JSON.stringify({ tags: many(MAX_TAGS + 1) }))).toBeUndefined();
    expect(readTags(JSON.stringify({ tags: ['x'.repeat(MAX_TAG_LENGTH)] }))).toEqual(['x'.repeat(MAX_TAG_LENGTH)]);
    expect(readTags(JSON.stringify({ tags: ['x'.repeat(MAX_TAG_LENGTH + 1)] }))).toBeUndefined();
    const padded = JSON.stringify({ tags: ['home'], padding: 'p'.repeat(MAX_BODY) });
    expect(readTags(padded)).toBeUndefined();
  });
});

describe('siteSecret', () => {
  it('takes LANTERN_SECRET, trimmed, when it is long enough', () => {
    const cwd = tempDir();
    expect(siteSecret({ LANTERN_SECRET: `  ${SECRET}\n` }, cwd)).toBe(SECRET);
    expect(existsSync(join(cwd, SECRET_FILE))).toBe(false);
  });

  it('refuses a LANTERN_SECRET under 32 characters', () => {
    expect(() => siteSecret({ LANTERN_SECRET: 'short' }, tempDir())).toThrow(/at least 32/);
    expect(() => siteSecret({ LANTERN_SECRET: 'x'.repeat(31) }, tempDir())).toThrow(/at least 32/);
    expect(siteSecret({ LANTERN_SECRET: 'x'.repeat(32) }, tempDir())).toBe('x'.repeat(32));
  });

  it('without one, makes a random secret in .data/secret once, readable by its owner only, and reuses it', () => {
    const cwd = tempDir();
    const first = siteSecret({}, cwd);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(cwd, SECRET_FILE);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(siteSecret({}, cwd)).toBe(first);
    expect(siteSecret({ LANTERN_SECRET: '   ' }, cwd)).toBe(first);
    // Another folder, another secret.
    expect(siteSecret({}, tempDir())).not.toBe(first);
  });

  it('uses a secret file that is already there', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, '.data'));
    writeFileSync(join(cwd, SECRET_FILE), `${SECRET}\n`);
    expect(siteSecret({}, cwd)).toBe(SECRET);
  });

  it('never returns a secret file shorter than the minimum (an empty file makes preview links forgeable)', () => {
    // lib/secret.ts reads .data/secret without the length check LANTERN_SECRET
    // gets. An empty file (or one read by a second process between the first
    // one's exclusive create and its write) yields "", and preview grants are
    // then HMACs under an empty key that anyone can compute.
    const cwd = tempDir();
    mkdirSync(join(cwd, '.data'));
    writeFileSync(join(cwd, SECRET_FILE), '');
    let secret: string | undefined;
    try {
      secret = siteSecret({}, cwd);
    } catch {
      return; // refusing is as good as replacing it
    }
    expect(secret.length).toBeGreaterThanOrEqual(32);
  });
});

describe('running instances', () => {
  /** A pid that no running process has: one of a process that has exited. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  it('registers a server by pid and lists it while it runs', () => {
    const cwd = tempDir();
    registerInstance('http://127.0.0.1:3101', cwd, process.pid);
    const [instance] = localInstances(cwd);
    expect(instance).toMatchObject({ pid: process.pid, url: 'http://127.0.0.1:3101' });
    expect(Number.isNaN(Date.parse(instance!.started))).toBe(false);
    expect(readdirSync(join(cwd, INSTANCES_DIR))).toEqual([`${process.pid}.json`]);
  });

  it('forgets servers that stopped, and unreadable entries, removing their files', () => {
    const cwd = tempDir();
    const dead = deadPid();
    registerInstance('http://127.0.0.1:3101', cwd, process.pid);
    registerInstance('http://127.0.0.1:3102', cwd, dead);
    writeFileSync(join(cwd, INSTANCES_DIR, 'broken.json'), '{ not json');
    writeFileSync(join(cwd, INSTANCES_DIR, 'README.txt'), 'not an instance');
    expect(localInstances(cwd).map((i) => i.url)).toEqual(['http://127.0.0.1:3101']);
    expect(readdirSync(join(cwd, INSTANCES_DIR)).sort()).toEqual([`${process.pid}.json`, 'README.txt']);
  });

  it('lists none without a registry', () => {
    expect(localInstances(tempDir())).toEqual([]);
  });

  it('sends revalidations to PUBLISH_URL when set, else to every local server', () => {
    const cwd = tempDir();
    registerInstance('http://127.0.0.1:3101', cwd, process.pid);
    expect(revalidationTargets({}, cwd)).toEqual(['http://127.0.0.1:3101']);
    expect(revalidationTargets({ PUBLISH_URL: 'https://a.example/, https://b.example//,,' }, cwd)).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(revalidationTargets({ PUBLISH_URL: ' , ' }, cwd)).toEqual(['http://127.0.0.1:3101']);
    expect(revalidationTargets({}, tempDir())).toEqual([]);
  });
});
