import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { joinNames } from '@/lib/content/bylines';
import type { Article, Author } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format/date';

/** Authors and dates: "By A", "By A and B", "By A, B and C", each name linked. `updated` also reflects the latest correction. */
export function Byline({ article, authors, updated }: { article: Article; authors: Author[]; updated?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-y border-border py-3 text-sm text-muted">
      <address className="not-italic">
        By{' '}
        {joinNames(authors).map((part) =>
          'name' in part ? (
            <Link key={part.name.slug} href={part.name.path} rel="author" className="font-semibold text-text hover:underline">
              {part.name.name}
            </Link>
          ) : (
            part.separator
          ),
        )}
      </address>
      <p>
        <time dateTime={article.date}>{formatDateTime(article.date)}</time>
      </p>
      {updated && (
        <p>
          Updated <time dateTime={updated}>{formatDateTime(updated)}</time>
        </p>
      )}
      <p>{article.readingMinutes} min read</p>
    </div>
  );
}
