import type { LiveEntryView, LiveUpdates } from '@/lib/live/api';

/**
 * What an open tab of a live story does, without React or the DOM, so it is
 * tested on its own: when to ask for news, which entries are new, and what
 * the button says. The island (components/live/LiveUpdates.client.tsx) wires
 * it to the page. Shipped to readers, so it stays small.
 */

/** Between polls: 15 s plus up to 10 s, so a million open tabs do not ask in step. */
export const POLL_MS = 15_000;
export const JITTER_MS = 10_000;

export type EntryKey = { datetime: string; id: string };

/** Whether entry `a` is newer than `b`: time, then id (the server's order). */
export function isNewer(a: EntryKey, b: EntryKey | undefined): boolean {
  if (!b) return true;
  const d = Date.parse(a.datetime) - Date.parse(b.datetime);
  return d > 0 || (d === 0 && a.id > b.id);
}

/**
 * The entries of an answer newer than the newest one shown, newest first;
 * `more` when every entry it sent is new and the story has more than it sent,
 * so some new ones may be missing (the tab then reloads instead).
 */
export function newEntries(data: LiveUpdates, newest: EntryKey | undefined): { fresh: LiveEntryView[]; more: boolean } {
  const fresh = data.entries.filter((e) => isNewer(e, newest));
  return { fresh, more: fresh.length > 0 && fresh.length === data.entries.length && data.total > data.entries.length };
}

export function updatesLabel(count: number, more: boolean): string {
  return `${count}${more ? '+' : ''} new update${count === 1 && !more ? '' : 's'}`;
}

type Timer = ReturnType<typeof setTimeout>;

type PollerEnv = {
  fetchUpdates: (signal: AbortSignal) => Promise<LiveUpdates | undefined>;
  onUpdates: (data: LiveUpdates) => void;
  isVisible: () => boolean;
  /** Calls back when visibility changes; returns the unsubscribe. */
  onVisibilityChange: (listener: () => void) => () => void;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => Timer;
  clearTimer?: (timer: Timer | undefined) => void;
};

/**
 * Polls while the tab is visible, every POLL_MS plus jitter; when it becomes
 * visible again after a longer pause, polls at once. Stops for good when the
 * story is no longer live. Returns the stop function.
 */
export function startPolling(env: PollerEnv): () => void {
  const now = env.now ?? Date.now;
  const random = env.random ?? Math.random;
  const setTimer = env.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = env.clearTimer ?? ((t) => clearTimeout(t));
  let timer: Timer | undefined;
  let controller: AbortController | undefined;
  let last = now();
  let stopped = false;

  const schedule = () => {
    clearTimer(timer);
    timer = !stopped && env.isVisible() ? setTimer(check, POLL_MS + random() * JITTER_MS) : undefined;
  };
  async function check() {
    last = now();
    controller = new AbortController();
    try {
      const data = await env.fetchUpdates(controller.signal);
      if (data && !stopped) {
        env.onUpdates(data);
        if (data.status !== 'live') stopped = true;
      }
    } catch {
      // Offline or aborted: try again next time.
    }
    schedule();
  }
  const unsubscribe = env.onVisibilityChange(() => {
    if (stopped) return;
    if (!env.isVisible()) clearTimer(timer);
    else if (now() - last >= POLL_MS) void check();
    else schedule();
  });
  schedule();
  return () => {
    stopped = true;
    clearTimer(timer);
    controller?.abort();
    unsubscribe();
  };
}
