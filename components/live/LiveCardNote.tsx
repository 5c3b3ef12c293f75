import type { LiveCard } from '@/lib/content/types';
import { LiveBadge } from './LiveBadge';

/** What a live story's card adds under its headline: LIVE (or that coverage ended) and the newest entry's title. */
export function LiveCardNote({ live }: { live: LiveCard }) {
  return (
    <p data-live-card className="mt-2 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
      {live.status === 'live' ? <LiveBadge /> : <span className="font-semibold text-muted">Coverage ended</span>}
      {live.latestTitle && (
        <span>
          <span className="sr-only">Latest update: </span>
          {live.latestTitle}
        </span>
      )}
    </p>
  );
}
