'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type KeyboardEvent } from 'react';
import { routes } from '@/lib/routes';
import { MAX_SUGGESTIONS, MIN_SUGGEST_CHARS, type Suggestion, type SuggestResponse } from '@/lib/search/api';

type Props = {
  id: string;
  defaultValue?: string;
  placeholder: string;
  maxLength: number;
  className: string;
};

const DEBOUNCE_MS = 150;

const noSubscribe = () => () => {};

/**
 * The search box's input. The server renders a plain text input, so the form
 * works without JavaScript; once hydrated it becomes a WAI-ARIA 1.2 combobox
 * with suggestions from /api/search. Submitting still goes to /search.
 */
export function SearchCombobox({ id, defaultValue, placeholder, maxLength, className }: Props) {
  const router = useRouter();
  // false on the server and while hydrating, true after: the markup only
  // claims to be a combobox once it behaves as one.
  const enhanced = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  // The highlighted suggestion, by path: a late answer for the same words
  // (the reader typed on while it was in flight) keeps it highlighted.
  const [activePath, setActivePath] = useState<string>();
  const active = activePath ? items.findIndex((s) => s.path === activePath) : -1;
  const setActive = (i: number) => setActivePath(items[i]?.path);
  // Escape closes the list until the reader types or asks for it again, even
  // if an answer arrives after.
  const dismissed = useRef(false);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<AbortController>(undefined);
  const listId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-suggestion-${i}`;

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  function close() {
    setOpen(false);
    setActivePath(undefined);
  }

  function request(value: string) {
    dismissed.current = false;
    setActivePath(undefined);
    clearTimeout(timer.current);
    pending.current?.abort();
    const q = value.trim();
    if (q.length < MIN_SUGGEST_CHARS) {
      setItems([]);
      setStatus('');
      close();
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      pending.current = controller;
      try {
        const response = await fetch(`${routes.api.search}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const data = (await response.json()) as Partial<SuggestResponse>;
        if (controller.signal.aborted) return;
        const list = (data.suggestions ?? []).slice(0, MAX_SUGGESTIONS);
        setItems(list);
        setOpen(list.length > 0 && !dismissed.current);
        setStatus(
          list.length
            ? `${list.length} suggestion${list.length === 1 ? '' : 's'}; use the up and down arrows to choose.`
            : 'No suggestions.',
        );
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits.
      }
    }, DEBOUNCE_MS);
  }

  function go(item: Suggestion) {
    close();
    router.push(item.path);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!items.length) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        dismissed.current = false;
        setOpen(true);
        setActive(!open || active >= items.length - 1 ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        dismissed.current = false;
        setOpen(true);
        setActive(!open || active <= 0 ? items.length - 1 : active - 1);
        break;
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          go(items[active]!);
        }
        break;
      case 'Escape':
        if (open) {
          // Closes the list and keeps what was typed (the browser would clear it).
          event.preventDefault();
          dismissed.current = true;
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  }

  const input = (
    <input
      id={id}
      name="q"
      type="search"
      defaultValue={defaultValue}
      placeholder={placeholder}
      autoComplete="off"
      maxLength={maxLength}
      className={className}
      {...(enhanced && {
        role: 'combobox',
        'aria-autocomplete': 'list' as const,
        'aria-expanded': open,
        'aria-controls': listId,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
        onChange: (e: ChangeEvent<HTMLInputElement>) => request(e.currentTarget.value),
        onKeyDown,
        onBlur: close,
      })}
    />
  );

  if (!enhanced) return <div className="relative min-w-0 flex-1">{input}</div>;

  return (
    <div className="relative min-w-0 flex-1">
      {input}
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!open}
        // Keeps focus in the input while a suggestion is clicked.
        onMouseDown={(e) => e.preventDefault()}
        className="absolute top-full right-0 left-0 z-50 mt-1 overflow-hidden rounded-md border border-border bg-bg text-left text-text shadow-lg"
      >
        {items.map((item, i) => (
          <li
            key={item.path}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onClick={() => go(item)}
            onMouseMove={() => setActive(i)}
            className={`cursor-pointer border-b border-border px-3 py-2 last:border-b-0 ${i === active ? 'bg-surface' : ''}`}
          >
            <span className="block text-xs font-bold tracking-wide text-accent uppercase">{item.category}</span>
            <span className="block font-serif leading-snug">{item.title}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
