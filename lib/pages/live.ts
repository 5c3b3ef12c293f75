import { cacheTags } from '@/lib/cache/tags';
import { LIVE_PAGE_SIZE, pageOfPosition } from '@/lib/content/live-repository';
import { renderMarkdownSync } from '@/lib/content/markdown';
import type { Author, Category, LiveEntry, LiveStatus, LiveStory } from '@/lib/content/types';
import type { LiveEntryView, LivePoll, LiveUpdates } from '@/lib/live/api';
import { formatDateTime } from '@/lib/format/date';
import { isNewer } from '@/lib/live/poller';
import { routes } from '@/lib/routes';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { liveBlogPostingJsonLd, liveMetadata } from '@/lib/seo/live';
import { liveFeedSize, liveRssXml } from '@/lib/seo/live-feed';
import { rssContentType } from '@/lib/seo/feeds';
import type { FeedDocument } from './feeds';
import { listingPageNumber } from './listing';
import type { Context, Crumb, PageModel, Repository } from './model';

/**
 * Live coverage, as its pages, its JSON endpoint, its feed and its entry
 * permalinks need it. Page 1 holds the pinned entry and the newest; older
 * entries follow on /page/N, LIVE_PAGE_SIZE a page, in one order
 * (lib/content/live-repository.ts).
 */

export type KeyEventLink = { id: string; title: string; href: string; datetime: string; time: string };

export type LivePageModel = PageModel & {
  story: LiveStory;
  section: Category;
  /** The story's introduction, rendered. */
  intro: string;
  status: LiveStatus;
  /** The newest entry's time, or the start when there is none yet. */
  updated: string;
  authors: { name: string; path: string }[];
  keyEvents: KeyEventLink[];
  /** Page 1 only: the pinned entry, above the rest. */
  pinned?: LiveEntryView;
  entries: LiveEntryView[];
  page: { page: number; totalPages: number; totalEntries: number; basePath: string };
  /** Page 1 of a story still live: the island polls for new entries. */
  poll?: LivePoll;
  crumbs: Crumb[];
};

function entryView(entry: LiveEntry, author: Pick<Author, 'name' | 'path'>): LiveEntryView {
  return {
    id: entry.id,
    anchor: routes.live.anchor(entry.id),
    permalink: entry.path,
    datetime: entry.date,
    time: formatDateTime(entry.date),
    author: { name: author.name, path: author.path },
    ...(entry.title ? { title: entry.title } : {}),
    html: entry.html,
    key: entry.key,
    pinned: entry.pinned,
  };
}

async function authorsOf(repo: Repository, slugs: string[]): Promise<Map<string, Author>> {
  const authors = await repo.authorsBySlug(slugs);
  // The content check and the publisher refuse unknown authors; reaching this is a bug.
  for (const slug of new Set(slugs))
    if (!authors.has(slug)) throw new Error(`live entry author "${slug}" is missing from the store`);
  return authors;
}

export async function livePage(
  repo: Repository,
  slug: string,
  pageParam: string | undefined,
  { now }: Context,
): Promise<LivePageModel | undefined> {
  const pageNumber = listingPageNumber(pageParam);
  if (pageNumber === undefined) return undefined;
  const story = await repo.live.story(slug, now);
  if (!story) return undefined;
  const [slice, keyEvents, entryAuthors, section] = await Promise.all([
    repo.live.entries(slug, { offset: (pageNumber - 1) * LIVE_PAGE_SIZE, limit: LIVE_PAGE_SIZE }),
    repo.live.keyEvents(slug),
    repo.live.authors(slug),
    repo.category(story.category),
  ]);
  const totalPages = Math.max(1, Math.ceil(slice.total / LIVE_PAGE_SIZE));
  if (pageNumber > totalPages || !section) return undefined;
  const authors = await authorsOf(repo, [...story.authors, ...entryAuthors, ...slice.items.map((e) => e.author)]);
  const views = slice.items.map((e) => entryView(e, authors.get(e.author)!));
  const pinned = pageNumber === 1 && views[0]?.pinned ? views[0] : undefined;
  const byline = [...story.authors, ...entryAuthors.filter((a) => !story.authors.includes(a))].map((a) => authors.get(a)!);
  const basePath = routes.live.story(slug);
  const crumbs: Crumb[] = [
    { name: 'Home', path: routes.home },
    { name: section.title, path: section.path },
    { name: story.title, path: basePath },
  ];
  const newest = pageNumber === 1 && views.length ? views.reduce((a, b) => (isNewer(b, a) ? b : a)) : undefined;
  return {
    story,
    section,
    intro: story.markdown.trim() ? renderMarkdownSync(story.markdown) : '',
    status: story.live.status,
    updated: story.live.latestAt ?? story.date,
    authors: byline.map((a) => ({ name: a.name, path: a.path })),
    keyEvents: keyEvents.map(({ entry, position }) => {
      const page = pageOfPosition(position);
      const anchor = routes.live.anchor(entry.id);
      return {
        id: entry.id,
        title: entry.title ?? entry.text.slice(0, 80),
        href: page === pageNumber ? `#${anchor}` : `${routes.live.story(slug, { page })}#${anchor}`,
        datetime: entry.date,
        time: formatDateTime(entry.date),
      };
    }),
    ...(pinned ? { pinned } : {}),
    entries: pinned ? views.slice(1) : views,
    page: { page: pageNumber, totalPages, totalEntries: slice.total, basePath },
    ...(pageNumber === 1 && story.live.status === 'live'
      ? {
          poll: {
            url: routes.live.updates(slug),
            ...(newest ? { newest: { datetime: newest.datetime, id: newest.id } } : {}),
          },
        }
      : {}),
    crumbs,
    metadata: liveMetadata(story, section, pageNumber),
    jsonLd: [
      liveBlogPostingJsonLd({
        story,
        section,
        authors: byline,
        entries: slice.items.map((entry) => ({ entry, author: authors.get(entry.author)! })),
      }),
      breadcrumbJsonLd(crumbs),
    ],
    tags: [cacheTags.site, cacheTags.article(story.path), ...byline.map((a) => cacheTags.author(a.slug))],
  };
}

/** How many entries the JSON endpoint sends: a tab that missed more reloads the page. */
const UPDATES_SIZE = LIVE_PAGE_SIZE;

/** What GET /live/<slug>/updates.json answers: the story's state and its newest entries by time. */

export async function liveUpdates(repo: Repository, slug: string, { now }: Context): Promise<LiveUpdates | undefined> {
  const story = await repo.live.story(slug, now);
  if (!story) return undefined;
  const entries = await repo.live.newest(slug, UPDATES_SIZE);
  const authors = await authorsOf(
    repo,
    entries.map((e) => e.author),
  );
  return {
    status: story.live.status,
    updated: story.live.latestAt ?? story.date,
    total: story.live.entries,
    entries: entries.map((e) => entryView(e, authors.get(e.author)!)),
  };
}

/**
 * Where an entry's permalink leads now: the page that holds it, at its
 * anchor; undefined (a 404) for an unknown story or entry.
 */
export async function entryLocation(repo: Repository, slug: string, id: string, { now }: Context): Promise<string | undefined> {
  const story = await repo.live.story(slug, now);
  if (!story) return undefined;
  const position = await repo.live.position(slug, id);
  if (position === undefined) return undefined;
  return `${routes.live.story(slug, { page: pageOfPosition(position) })}#${routes.live.anchor(id)}`;
}

/** The story's newest entries as RSS. */
export async function liveFeed(repo: Repository, slug: string, { now }: Context): Promise<FeedDocument | undefined> {
  const story = await repo.live.story(slug, now);
  if (!story) return undefined;
  const entries = await repo.live.newest(slug, liveFeedSize);
  const authors = await authorsOf(
    repo,
    entries.map((e) => e.author),
  );
  return {
    body: liveRssXml(
      story,
      entries.map((entry) => ({ entry, author: authors.get(entry.author)! })),
    ),
    contentType: rssContentType,
    tags: [cacheTags.article(story.path)],
  };
}
