import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyPage, countFromEnv, searchAdmission } from '@/lib/search/admission';
import { createLimiter, createWaitingLine, guardSearch, SearchBusyError } from '@/lib/search/guard';

describe('createLimiter', () => {
  it('hands out at most max slots, and a release gives one back once', () => {
    const limiter = createLimiter(2);
    const a = limiter.tryAcquire()!;
    const b = limiter.tryAcquire()!;
    expect(limiter.tryAcquire()).toBeUndefined();
    a();
    a();
    expect(limiter.inFlight()).toBe(1);
    expect(limiter.tryAcquire()).toBeDefined();
    expect(limiter.tryAcquire()).toBeUndefined();
    b();
  });

  it('refuses a limit below one', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});

/** A search engine the test controls: each call waits until the test answers it. */
function slowEngine() {
  const calls: { query: string; answer: (r: string) => void; fail: (e: Error) => void }[] = [];
  const search = (query: string) =>
    new Promise<string>((answer, fail) => {
      calls.push({ query, answer, fail });
    });
  return { calls, search };
}

describe('guardSearch', () => {
  let clock = 0;
  const options = {
    key: (q: string) => q,
    maxInFlight: 2,
    cacheEntries: 3,
    cacheTtlMs: 60_000,
    retryAfterSeconds: 5,
    now: () => clock,
  };

  it('answers a repeated query from its cache until the result is older than the TTL', async () => {
    let runs = 0;
    const guarded = guardSearch(async (q: string) => `${q}#${++runs}`, options);
    clock = 0;
    expect(await guarded('rates')).toBe('rates#1');
    clock = 59_999;
    expect(await guarded('rates')).toBe('rates#1');
    clock = 60_000;
    expect(await guarded('rates')).toBe('rates#2');
    expect(guarded.stats).toMatchObject({ hits: 1, misses: 2 });
  });

  it('keeps the most recently used results', async () => {
    let runs = 0;
    const guarded = guardSearch((q: string) => `${q}#${++runs}`, options);
    for (const q of ['a', 'b', 'c']) await guarded(q);
    await guarded('a'); // a is now the most recent
    await guarded('d'); // evicts b
    expect(guarded.stats.cached()).toBe(3);
    expect(await guarded('a')).toBe('a#1');
    expect(await guarded('b')).toBe('b#5');
  });

  it('runs an identical query in flight once, and refuses new ones past the limit', async () => {
    const engine = slowEngine();
    const guarded = guardSearch(engine.search, options);
    const first = guarded('climate');
    const same = guarded('climate');
    const second = guarded('elections');
    expect(engine.calls.map((c) => c.query)).toEqual(['climate', 'elections']);
    const refused = guarded('floods');
    await expect(refused).rejects.toBeInstanceOf(SearchBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 5 });
    engine.calls[0]!.answer('climate results');
    expect(await first).toBe('climate results');
    expect(await same).toBe('climate results');
    // a slot is free again
    const third = guarded('floods');
    expect(engine.calls).toHaveLength(3);
    engine.calls[1]!.answer('x');
    engine.calls[2]!.answer('y');
    await Promise.all([second, third]);
    expect(guarded.stats.refused).toBe(1);
  });

  it('does not cache a failure, and frees the slot after it', async () => {
    const engine = slowEngine();
    const guarded = guardSearch(engine.search, { ...options, maxInFlight: 1 });
    const failing = guarded('q');
    engine.calls[0]!.fail(new Error('database gone'));
    await expect(failing).rejects.toThrow('database gone');
    const retry = guarded('q');
    expect(engine.calls).toHaveLength(2);
    engine.calls[1]!.answer('ok');
    expect(await retry).toBe('ok');
  });

  it('forgets everything on clear()', async () => {
    let runs = 0;
    const guarded = guardSearch((q: string) => `${q}#${++runs}`, options);
    await guarded('a');
    guarded.clear();
    expect(await guarded('a')).toBe('a#2');
  });
});

describe('createWaitingLine', () => {
  // Timers the test fires by hand.
  const timers = () => {
    const pending = new Map<number, () => void>();
    let id = 0;
    return {
      pending,
      setTimer: (f: () => void) => (pending.set(++id, f), id),
      clearTimer: (t: unknown) => void pending.delete(t as number),
      fireAll: () => [...pending.values()].forEach((f) => f()),
    };
  };
  const options = { maxInFlight: 2, maxWaiting: 1, maxWaitMs: 2000, retryAfterSeconds: 5 };

  it('runs two at once, lets one wait, refuses the rest, and lets the waiting one in when a slot frees', async () => {
    const t = timers();
    const line = createWaitingLine(options, t);
    const first = await line.enter()!.admitted;
    await line.enter()!.admitted;
    const third = line.enter()!;
    expect(line.enter()).toBeUndefined();
    expect([line.inFlight(), line.waiting()]).toEqual([2, 1]);
    let admitted = false;
    void third.admitted.then(() => (admitted = true));
    first();
    await Promise.resolve();
    expect(admitted).toBe(true);
    expect([line.inFlight(), line.waiting()]).toEqual([2, 0]);
    expect(t.pending.size).toBe(0);
  });

  it('turns a waiter away with SearchBusyError when its wait is over', async () => {
    const t = timers();
    const line = createWaitingLine(options, t);
    await line.enter()!.admitted;
    await line.enter()!.admitted;
    const waiting = line.enter()!;
    t.fireAll();
    await expect(waiting.admitted).rejects.toMatchObject({ name: 'SearchBusyError', retryAfterSeconds: 5 });
    expect(line.waiting()).toBe(0);
  });

  it('forgets a waiter that cancels', async () => {
    const t = timers();
    const line = createWaitingLine(options, t);
    const release = await line.enter()!.admitted;
    await line.enter()!.admitted;
    line.enter()!.cancel();
    expect(line.waiting()).toBe(0);
    expect(line.enter()).toBeDefined(); // its place is free again
    release();
  });
});

describe('countFromEnv', () => {
  it.each([
    [undefined, 2],
    ['', 2],
    ['0', 2],
    ['-3', 2],
    ['1.5', 2],
    ['abc', 2],
    ['1', 1],
    ['8', 8],
  ])('%s → %i', (raw, expected) => expect(countFromEnv(raw, 2)).toBe(expected));

  it('accepts zero where the caller allows it', () => expect(countFromEnv('0', 16, 0)).toBe(0));
});

describe('searchAdmission on a real HTTP server', () => {
  let server: Server;
  let base: string;
  const held: ServerResponse[] = [];
  const line = createWaitingLine({ maxInFlight: 2, maxWaiting: 1, maxWaitMs: 300, retryAfterSeconds: 7 });
  const check = searchAdmission(line, 7);

  beforeAll(async () => {
    server = createServer((req, res) =>
      check(req, res, () => {
        // Admitted: searches stay open until the test lets them finish.
        if (req.url!.includes('search')) held.push(res);
        else res.end('page');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    for (const res of held) res.end();
    server.close();
  });

  /** Waits for the server to reach a state (requests arrive when the machine gets to them), never for a set time. */
  async function until(reached: () => boolean): Promise<void> {
    while (!reached()) await new Promise((r) => setTimeout(r, 5));
  }

  it('works on two searches, lets one wait, and answers the next at once with 503 and Retry-After', async () => {
    const first = fetch(`${base}/search?q=one`);
    const second = fetch(`${base}/api/search?q=two`);
    await until(() => held.length === 2);
    const waiting = fetch(`${base}/search?q=three`);
    await until(() => line.waiting() === 1);
    expect(held).toHaveLength(2);

    const page = await fetch(`${base}/search?q=${encodeURIComponent('<b>floods</b>  in   Genoa')}`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('7');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await page.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<h1');
    expect(html).toContain('value="&lt;b&gt;floods&lt;/b&gt; in Genoa"');
    expect(html).not.toContain('<b>floods');

    const api = await fetch(`${base}/api/search?q=rates`);
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('7');
    expect(await api.json()).toEqual({ q: 'rates', suggestions: [], busy: true });

    // Other pages are never held back.
    expect(await (await fetch(`${base}/world/story`)).text()).toBe('page');

    // A slot frees: the waiting search goes in.
    held.shift()!.end('done');
    expect((await first).status).toBe(200);
    await until(() => held.length === 2);
    expect(line.waiting()).toBe(0);
    for (const res of held.splice(0)) res.end();
    expect((await second).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });

  it('turns a search away when its wait is over', async () => {
    const a = fetch(`${base}/search?q=a`);
    const b = fetch(`${base}/search?q=b`);
    await until(() => held.length === 2);
    const waited = await fetch(`${base}/search?q=c`);
    expect(waited.status).toBe(503);
    for (const res of held.splice(0)) res.end();
    await Promise.all([a, b]);
  });

  it('gives the slot back when a client goes away mid-search', async () => {
    const controller = new AbortController();
    const gone = fetch(`${base}/search?q=gone`, { signal: controller.signal }).catch(() => undefined);
    const stays = fetch(`${base}/search?q=stays`);
    await until(() => held.length === 2);
    controller.abort();
    await gone;
    await until(() => line.inFlight() === 1);
    const next = fetch(`${base}/search?q=next`);
    await until(() => held.length === 3); // the aborted response object is still in the list, its slot is not
    expect(line.inFlight()).toBe(2);
    for (const res of held.splice(0)) res.end();
    await Promise.all([stays, next]);
  });

  it('builds the busy page from the normalised query only', () => {
    expect(busyPage('"><script>x</script>', 5)).not.toContain('<script>');
    expect(busyPage('a'.repeat(500), 5)).toContain(`value="${'a'.repeat(200)}"`);
  });
});
