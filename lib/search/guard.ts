/**
 * Keeps search from starving the site: search is the one thing readers can
 * make the server compute afresh for every request, with any input. Two
 * pieces, both independent of the search engine:
 *
 * - `createLimiter`: a bound on work in flight; past it the caller is told
 *   to come back later instead of queueing (queued work would still be done,
 *   late, while everyone else waits behind it).
 * - `guardSearch`: wraps any search function (the in-process MiniSearch one
 *   today, a database full-text query tomorrow) with a cache of recent
 *   results per normalised query, one call for identical queries in flight,
 *   and a limiter on calls to the engine.
 *
 * The clock is injected, so tests need no timers.
 */

type Limiter = {
  /** A release function if a slot was free, undefined if the limit is reached. */
  tryAcquire(): (() => void) | undefined;
  inFlight(): number;
  readonly max: number;
};

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`a limiter needs at least one slot, not ${max}`);
  let running = 0;
  return {
    max,
    inFlight: () => running,
    tryAcquire() {
      if (running >= max) return undefined;
      running += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        running -= 1;
      };
    },
  };
}

export type WaitingLine = {
  /**
   * A place: `admitted` resolves with a release function once a slot is
   * free (at once if one is), or rejects with SearchBusyError after maxWaitMs;
   * `cancel` leaves the line (a client that went away). Undefined when the
   * line is full: refuse at once.
   */
  enter(): { admitted: Promise<() => void>; cancel(): void } | undefined;
  inFlight(): number;
  waiting(): number;
};

type Timers = { setTimer: (f: () => void, ms: number) => unknown; clearTimer: (t: unknown) => void };
const realTimers: Timers = {
  setTimer: (f, ms) => setTimeout(f, ms),
  clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
};

/**
 * A limiter with a short waiting line, so that a few searches arriving
 * together wait a moment instead of being refused, while a flood is refused
 * at once: at most maxInFlight run, at most maxWaiting wait (each for at most
 * maxWaitMs), and everyone else is refused.
 */
export function createWaitingLine(
  options: { maxInFlight: number; maxWaiting: number; maxWaitMs: number; retryAfterSeconds: number },
  timers: Timers = realTimers,
): WaitingLine {
  const limiter = createLimiter(options.maxInFlight);
  type Waiter = { admit: (release: () => void) => void; timer: unknown };
  const line: Waiter[] = [];
  const leave = (w: Waiter) => {
    const i = line.indexOf(w);
    if (i >= 0) line.splice(i, 1);
    timers.clearTimer(w.timer);
  };
  const releasing = (release: () => void) => () => {
    release();
    admitWaiting();
  };
  function admitWaiting() {
    while (line.length) {
      const release = limiter.tryAcquire();
      if (!release) return;
      const waiter = line[0]!;
      leave(waiter);
      waiter.admit(releasing(release));
    }
  }
  return {
    inFlight: limiter.inFlight,
    waiting: () => line.length,
    enter() {
      const release = limiter.tryAcquire();
      if (release) return { admitted: Promise.resolve(releasing(release)), cancel: () => {} };
      if (line.length >= options.maxWaiting) return undefined;
      let waiter!: Waiter;
      const admitted = new Promise<() => void>((admit, refuse) => {
        waiter = {
          admit,
          timer: timers.setTimer(() => {
            leave(waiter);
            refuse(new SearchBusyError(options.retryAfterSeconds));
          }, options.maxWaitMs),
        };
        line.push(waiter);
      });
      return { admitted, cancel: () => leave(waiter) };
    },
  };
}

/** Thrown by a guarded search when the engine is at its limit: answer 503 with Retry-After. */
export class SearchBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('search is busy');
    this.name = 'SearchBusyError';
  }
}

export type GuardOptions<Q> = {
  /** The cache key: the query in one normal form, with everything else that changes the answer. */
  key: (query: Q) => string;
  /** Engine calls in flight at once; more are refused with SearchBusyError. */
  maxInFlight: number;
  /** Results kept, least recently used dropped first. */
  cacheEntries: number;
  /** How long a result is reused. */
  cacheTtlMs: number;
  /** What a refused caller is told to wait. */
  retryAfterSeconds: number;
  /** Milliseconds since the epoch; Date.now unless a test says otherwise. */
  now?: () => number;
};

export type GuardedSearch<Q, R> = {
  (query: Q): Promise<R>;
  /** Forgets every cached result (for example when the index changes). */
  clear(): void;
  readonly stats: { hits: number; misses: number; refused: number; cached: () => number };
};

/**
 * `search`, guarded. A cached result (younger than cacheTtlMs) is returned
 * without calling the engine; an identical query already running is shared;
 * otherwise the engine is called if fewer than maxInFlight calls are running,
 * and the caller gets SearchBusyError if not. Errors are not cached.
 */
export function guardSearch<Q, R>(search: (query: Q) => R | Promise<R>, options: GuardOptions<Q>): GuardedSearch<Q, R> {
  const now = options.now ?? Date.now;
  const limiter = createLimiter(options.maxInFlight);
  // A Map keeps insertion order: re-inserting on use makes it an LRU.
  const cache = new Map<string, { at: number; result: R }>();
  const running = new Map<string, Promise<R>>();
  const stats = { hits: 0, misses: 0, refused: 0, cached: () => cache.size };

  const guarded = (async (query: Q): Promise<R> => {
    const key = options.key(query);
    const entry = cache.get(key);
    if (entry && now() - entry.at < options.cacheTtlMs) {
      cache.delete(key);
      cache.set(key, entry);
      stats.hits += 1;
      return entry.result;
    }
    if (entry) cache.delete(key);
    const inFlight = running.get(key);
    if (inFlight) {
      stats.hits += 1;
      return inFlight;
    }
    const release = limiter.tryAcquire();
    if (!release) {
      stats.refused += 1;
      throw new SearchBusyError(options.retryAfterSeconds);
    }
    stats.misses += 1;
    const call = (async () => {
      try {
        const result = await search(query);
        cache.set(key, { at: now(), result });
        while (cache.size > options.cacheEntries) cache.delete(cache.keys().next().value as string);
        return result;
      } finally {
        running.delete(key);
        release();
      }
    })();
    running.set(key, call);
    return call;
  }) as GuardedSearch<Q, R>;

  Object.assign(guarded, { clear: () => cache.clear(), stats });
  return guarded;
}
