import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isNewer, JITTER_MS, newEntries, POLL_MS, startPolling, updatesLabel } from '@/lib/live/poller';
import type { LiveEntryView, LiveUpdates } from '@/lib/live/api';

/** What an open tab of a live story does: when it asks, what it counts as new, what the button says. */

const view = (id: string, datetime: string): LiveEntryView => ({
  id,
  anchor: `entry-${id}`,
  permalink: `/live/s/entries/${id}`,
  datetime,
  time: datetime,
  author: { name: 'A', path: '/author/a' },
  html: '<p>x</p>',
  key: false,
  pinned: false,
});
const answer = (entries: LiveEntryView[], total = entries.length, status: 'live' | 'ended' = 'live'): LiveUpdates => ({
  status,
  updated: entries[0]?.datetime ?? '',
  total,
  entries,
});

describe('which entries are new', () => {
  const shown = { datetime: '2026-11-24T08:00:00.000Z', id: 'b' };

  it('compares time, then id, like the server', () => {
    expect(isNewer({ datetime: '2026-11-24T08:00:01.000Z', id: 'a' }, shown)).toBe(true);
    expect(isNewer({ datetime: '2026-11-24T08:00:00.000Z', id: 'c' }, shown)).toBe(true);
    expect(isNewer({ datetime: '2026-11-24T08:00:00.000Z', id: 'b' }, shown)).toBe(false);
    expect(isNewer({ datetime: '2026-11-24T07:59:59.000Z', id: 'z' }, shown)).toBe(false);
    expect(isNewer(shown, undefined)).toBe(true);
  });

  it('takes the entries newer than the newest shown, and says when some may be missing', () => {
    const entries = [view('d', '2026-11-24T08:02:00Z'), view('c', '2026-11-24T08:01:00Z'), view('b', shown.datetime)];
    expect(newEntries(answer(entries, 30), shown)).toEqual({ fresh: entries.slice(0, 2), more: false });
    expect(newEntries(answer(entries.slice(0, 2), 30), shown).more).toBe(true);
    expect(newEntries(answer(entries.slice(0, 2), 2), shown).more).toBe(false);
    expect(newEntries(answer([entries[2]!], 30), shown)).toEqual({ fresh: [], more: false });
  });

  it('labels the button', () => {
    expect(updatesLabel(1, false)).toBe('1 new update');
    expect(updatesLabel(3, false)).toBe('3 new updates');
    expect(updatesLabel(20, true)).toBe('20+ new updates');
  });
});

describe('startPolling', () => {
  let visible: boolean;
  let listeners: (() => void)[];
  let answers: LiveUpdates[];
  let calls: number;
  let received: LiveUpdates[];
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    visible = true;
    listeners = [];
    answers = [];
    calls = 0;
    received = [];
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  const start = (random = 0.5) => {
    stop = startPolling({
      fetchUpdates: async () => {
        calls++;
        return answers.shift() ?? answer([]);
      },
      onUpdates: (data) => received.push(data),
      isVisible: () => visible,
      onVisibilityChange: (listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
      random: () => random,
    });
  };
  const setVisible = (v: boolean) => {
    visible = v;
    for (const l of listeners) l();
  };

  it('asks every 15–25 s while the tab is visible', async () => {
    start(0.5);
    await vi.advanceTimersByTimeAsync(POLL_MS + JITTER_MS / 2 - 1);
    expect(calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(3 * (POLL_MS + JITTER_MS / 2));
    expect(calls).toBe(4);
    expect(received).toHaveLength(4);
  });

  it('never asks more often than every 15 s, nor less often than every 25 s', async () => {
    for (const random of [0, 0.999]) {
      calls = 0;
      start(random);
      const interval = POLL_MS + random * JITTER_MS;
      expect(interval).toBeGreaterThanOrEqual(15_000);
      expect(interval).toBeLessThan(25_000);
      await vi.advanceTimersByTimeAsync(interval * 2);
      expect(calls).toBe(2);
      stop();
    }
  });

  it('does not ask while the tab is hidden, and asks at once when it comes back overdue', async () => {
    start(0);
    setVisible(false);
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(calls).toBe(0);
    setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
  });

  it('does not ask from a tab opened in the background until it is shown', async () => {
    visible = false;
    start(0);
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(calls).toBe(0);
    setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
  });

  it('waits out the interval when the tab comes back early', async () => {
    start(0);
    setVisible(false);
    await vi.advanceTimersByTimeAsync(1000);
    setVisible(true);
    await vi.advanceTimersByTimeAsync(POLL_MS - 1);
    expect(calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(1);
  });

  it('stops for good once the story has ended', async () => {
    answers = [answer([], 0, 'ended')];
    start(0);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(calls).toBe(1);
    expect(received[0]!.status).toBe('ended');
    await vi.advanceTimersByTimeAsync(20 * POLL_MS);
    setVisible(false);
    setVisible(true);
    await vi.advanceTimersByTimeAsync(20 * POLL_MS);
    expect(calls).toBe(1);
  });

  it('keeps asking after a failed request', async () => {
    let failures = 1;
    stop = startPolling({
      fetchUpdates: async () => {
        calls++;
        if (failures-- > 0) throw new Error('offline');
        return answer([]);
      },
      onUpdates: (data) => received.push(data),
      isVisible: () => true,
      onVisibilityChange: () => () => {},
      random: () => 0,
    });
    await vi.advanceTimersByTimeAsync(2 * POLL_MS);
    expect(calls).toBe(2);
    expect(received).toHaveLength(1);
  });

  it('stops asking when the page goes away', async () => {
    start(0);
    stop();
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(calls).toBe(0);
    expect(listeners).toHaveLength(0);
  });
});
