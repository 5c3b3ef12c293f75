import type { KeyEventLink } from '@/lib/pages/live';

/** The key events, newest first, each a link to its entry on whichever page holds it. */
export function KeyEvents({ items }: { items: KeyEventLink[] }) {
  if (!items.length) return null;
  return (
    <nav aria-labelledby="key-events-heading" className="mt-8 rounded-md bg-surface p-4">
      <h2 id="key-events-heading" className="font-serif text-lg font-bold">
        Key events
      </h2>
      <ol className="mt-2 space-y-1.5 text-sm">
        {items.map((item) => (
          <li key={item.id} className="flex gap-3">
            <time dateTime={item.datetime} className="shrink-0 text-muted">
              {item.time}
            </time>
            <a href={item.href} className="font-semibold text-link hover:underline">
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
