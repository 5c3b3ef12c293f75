import { StoryLink } from './StoryLink';
import { formatDate } from '@/lib/format/date';
import type { ArticleSummary } from '@/lib/content/types';

/** The newest stories as plain links: offered when a search or an address finds nothing. */
export function LatestStoryLinks({ articles }: { articles: ArticleSummary[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="latest-heading" className="mt-10">
      <h2 id="latest-heading" className="font-serif text-2xl font-bold">
        Latest stories
      </h2>
      <ul className="mt-3 space-y-3">
        {articles.map((a) => (
          <li key={a.path}>
            <StoryLink href={a.path} className="font-serif text-lg hover:underline">
              {a.title}
            </StoryLink>
            {/* Always its own line: after a short title it used to sit beside it, after a long one below. */}
            <time dateTime={a.date} className="mt-0.5 block text-sm text-muted">
              {formatDate(a.date)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
