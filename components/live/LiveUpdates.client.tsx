'use client';

import { useEffect, useRef, useState } from 'react';
import { newEntries, startPolling, updatesLabel, type EntryKey } from '@/lib/live/poller';
import type { LiveEntryView, LivePoll, LiveUpdates as Payload } from '@/lib/live/api';
import { LiveEntry } from './LiveEntry';

/**
 * New entries for an open tab, while the story is live. It asks the story's
 * JSON (CDN-cached for a few seconds) every 15–25 s while the tab is visible,
 * and stops when the story ends (lib/live/poller.ts). New entries wait behind
 * an "N new updates" button, fixed to the viewport so nothing on the page
 * moves; a click puts them above the entries already shown and moves focus to
 * them. If more arrived than the JSON holds, the click reloads the page.
 */
export function LiveUpdates({ poll }: { poll: LivePoll }) {
  const [pending, setPending] = useState<LiveEntryView[]>([]);
  const [more, setMore] = useState(false);
  const [shown, setShown] = useState<LiveEntryView[]>([]);
  const newest = useRef<EntryKey | undefined>(poll.newest);
  const list = useRef<HTMLOListElement>(null);

  useEffect(
    () =>
      startPolling({
        fetchUpdates: async (signal) => {
          const response = await fetch(poll.url, { signal });
          return response.ok ? ((await response.json()) as Payload) : undefined;
        },
        onUpdates: (data) => {
          const { fresh, more } = newEntries(data, newest.current);
          setPending(fresh);
          setMore(more);
        },
        isVisible: () => document.visibilityState === 'visible',
        onVisibilityChange: (listener) => {
          document.addEventListener('visibilitychange', listener);
          return () => document.removeEventListener('visibilitychange', listener);
        },
      }),
    [poll.url],
  );

  useEffect(() => {
    list.current?.querySelector('li')?.focus();
  }, [shown]);

  function show() {
    if (more) return window.location.reload();
    newest.current = pending[0] ?? newest.current;
    setShown((before) => [...pending, ...before]);
    setPending([]);
  }

  const label = updatesLabel(pending.length, more);
  return (
    <>
      <p role="status" data-live-updates className="sr-only">
        {pending.length ? label : ''}
      </p>
      {pending.length > 0 && (
        <button
          type="button"
          onClick={show}
          className="fixed bottom-6 left-1/2 z-20 -translate-x-1/2 rounded-full bg-masthead px-5 py-2.5 text-sm font-semibold text-masthead-text shadow-lg"
        >
          {label}
        </button>
      )}
      {shown.length > 0 && (
        <ol ref={list} data-live-inserted>
          {shown.map((entry, i) => (
            <li key={entry.id} tabIndex={i === 0 ? -1 : undefined} className="outline-none">
              <LiveEntry entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
