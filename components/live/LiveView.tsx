import { ArticleBody } from '@/components/article/ArticleBody';
import { SocialBar } from '@/components/article/SocialBar';
import { Pagination } from '@/components/listing/Pagination';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import type { LivePageModel } from '@/lib/pages/live';
import { routes } from '@/lib/routes';
import { KeyEvents } from './KeyEvents';
import { LiveEntry } from './LiveEntry';
import { LiveHeader } from './LiveHeader';
import { LiveUpdates } from './LiveUpdates.client';

/**
 * A live story's page in reading order: header, introduction, key events,
 * then the entries (the pinned one on top, then newest first), and links to
 * older pages that work without JavaScript. Page 1 of a live story adds the
 * island that offers new entries as they are published. The story's image is
 * for its cards and share images: the page leads with the news, and loads no
 * image component (docs/performance.md).
 */
export function LiveView({ model }: { model: LivePageModel }) {
  const { story, intro, keyEvents, pinned, entries, page, poll, crumbs } = model;
  return (
    <div className="mx-auto max-w-3xl px-4 pt-6">
      <Breadcrumbs crumbs={crumbs} />
      <article className="mt-2">
        <LiveHeader model={model} />
        {page.page === 1 && intro && <ArticleBody html={intro} />}
        <KeyEvents items={keyEvents} />
        <section aria-labelledby="updates-heading" className="mt-8">
          <h2 id="updates-heading" className="font-serif text-2xl font-bold">
            {page.page === 1 ? 'Updates' : `Updates, page ${page.page} of ${page.totalPages}`}
          </h2>
          {pinned && (
            <div data-live-pinned className="mt-3 rounded-md bg-surface px-4">
              <LiveEntry entry={pinned} />
            </div>
          )}
          {poll && <LiveUpdates poll={poll} />}
          {entries.length > 0 ? (
            <ol data-live-entries>
              {entries.map((entry) => (
                <li key={entry.id}>
                  <LiveEntry entry={entry} />
                </li>
              ))}
            </ol>
          ) : (
            !pinned && <p className="mt-4 text-muted">The first update will appear here.</p>
          )}
          <Pagination basePath={page.basePath} page={page.page} totalPages={page.totalPages} />
        </section>
      </article>
      <SocialBar rssUrl={routes.live.feed(story.slug)} />
    </div>
  );
}
