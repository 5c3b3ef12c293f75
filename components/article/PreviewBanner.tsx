import type { PublicationState } from '@/lib/content/published';
import { formatDateTime } from '@/lib/format/date';

/** Shown only in `npm run dev`, where editors preview unpublished stories. */
export function PreviewBanner({ state, date }: { state: PublicationState; date: string }) {
  if (state === 'published') return null;
  return (
    <p role="status" className="mb-4 rounded-md border-2 border-dashed border-accent p-3 text-sm font-semibold text-accent">
      {state === 'draft'
        ? 'Draft: this article is not published and readers cannot see it.'
        : `Scheduled: readers will see this article from ${formatDateTime(date)}.`}
    </p>
  );
}
