import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Article, Author } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format/date';

/** Author and dates. `updated` also reflects the latest correction. */
export function Byline({ article, author, updated }: { article: Article; author: Author; updated?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-y border-border py-3 text-sm text-muted">
      <address className="not-italic">
        By{' '}
        <Link href={author.path} rel="author" className="font-semibold text-text hover:underline">
          {author.name}
        </Link>
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
