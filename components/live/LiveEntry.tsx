import type { LiveEntryView } from '@/lib/live/api';

/**
 * One entry of a live story. The server renders every entry with it, and the
 * open tab's island renders the ones it inserts with it too, so both look the
 * same. Plain links, no next/link: the island stays small.
 */
export function LiveEntry({ entry }: { entry: LiveEntryView }) {
  return (
    <article id={entry.anchor} data-entry={entry.id} className="scroll-mt-20 border-t border-border py-5">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        {entry.pinned && <span className="font-bold tracking-wide text-accent uppercase">Pinned</span>}
        {entry.key && <span className="font-bold tracking-wide text-accent uppercase">Key event</span>}
        <a href={entry.permalink} className="font-semibold text-text underline-offset-2 hover:underline">
          <time dateTime={entry.datetime}>{entry.time}</time>
        </a>
        <span className="text-muted">
          By{' '}
          <a href={entry.author.path} rel="author" className="text-text hover:underline">
            {entry.author.name}
          </a>
        </span>
      </header>
      {entry.title && <h3 className="mt-2 font-serif text-xl leading-snug font-bold text-balance">{entry.title}</h3>}
      <div
        className="article-body prose mt-2 max-w-none font-serif prose-a:underline-offset-2"
        dangerouslySetInnerHTML={{ __html: entry.html }}
      />
    </article>
  );
}
