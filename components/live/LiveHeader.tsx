import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { Kicker } from '@/components/article/Kicker';
import { joinNames } from '@/lib/content/bylines';
import type { LivePageModel } from '@/lib/pages/live';
import { formatDateTime } from '@/lib/format/date';
import { LiveBadge } from './LiveBadge';

/** Headline, standfirst, LIVE while it lasts, when coverage started and was last updated, and everyone who wrote for it. */
export function LiveHeader({ model }: { model: LivePageModel }) {
  const { story, section, status, updated, authors } = model;
  return (
    <header className="mt-4">
      <div className="flex items-center gap-3">
        {status === 'live' && <LiveBadge />}
        <Kicker category={section} genre={story.genre} />
      </div>
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl sm:leading-[1.08]">
        {story.title}
      </h1>
      <p className="mt-4 font-serif text-xl leading-snug text-muted sm:text-2xl">{story.summary}</p>
      <div className="mt-5 flex flex-wrap gap-x-4 gap-y-1 border-y border-border py-3 text-sm text-muted">
        <address data-live-authors className="not-italic">
          By{' '}
          {joinNames(authors).map((part) =>
            'name' in part ? (
              <Link key={part.name.path} href={part.name.path} rel="author" className="font-semibold text-text hover:underline">
                {part.name.name}
              </Link>
            ) : (
              part.separator
            ),
          )}
        </address>
        <p>
          Coverage started <time dateTime={story.date}>{formatDateTime(story.date)}</time>
        </p>
        <p data-live-updated>
          Last updated <time dateTime={updated}>{formatDateTime(updated)}</time>
        </p>
        {status === 'ended' && story.live.ended && (
          <p>
            Coverage ended <time dateTime={story.live.ended}>{formatDateTime(story.live.ended)}</time>
          </p>
        )}
      </div>
    </header>
  );
}
