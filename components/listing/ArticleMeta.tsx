import type { ArticleSummary } from '@/lib/content/types';
import { formatDate } from '@/lib/format/date';

/** Date and reading time, as shown on every card (a live story's time is when coverage started). */
export function ArticleMeta({ article }: { article: ArticleSummary }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 text-xs text-muted">
      <time dateTime={article.date}>{formatDate(article.date)}</time>
      {!article.live && <span>{article.readingMinutes} min read</span>}
    </p>
  );
}
