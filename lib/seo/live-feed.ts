import { Feed } from 'feed';
import type { Author, LiveEntry, LiveStory } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { DC_NS } from './feeds';
import { entryHeadline } from './live';

/** How many of the newest entries a live story's feed carries. */
export const liveFeedSize = 50;

/**
 * A live story's entries as RSS 2.0, newest first: each item links to the
 * entry's permalink and carries its text, so a feed reader shows every
 * update of the story as it is posted.
 */
export function liveRssXml(story: LiveStory, entries: { entry: LiveEntry; author: Author }[]): string {
  const newest = entries[0]?.entry;
  const feed = new Feed({
    id: absoluteUrl(story.path),
    title: `${site.name}: ${story.title}`,
    description: story.summary,
    link: absoluteUrl(story.path),
    language: site.locale,
    image: absoluteUrl(site.logo.src),
    favicon: absoluteUrl('/icon.png'),
    copyright: `© ${site.name}`,
    updated: new Date(newest?.date ?? story.date),
    generator: false,
    feedLinks: { rss: absoluteUrl(routes.live.feed(story.slug)) },
    author: { name: site.name, link: absoluteUrl('/') },
  });
  for (const { entry, author } of entries)
    feed.addItem({
      title: entryHeadline(entry),
      id: absoluteUrl(entry.path),
      link: absoluteUrl(entry.path),
      date: new Date(entry.date),
      description: entry.text,
      // RSS 2.0's <author> must be an e-mail address; bylines go in dc:creator.
      extensions: [{ name: 'dc:creator', objects: { _attributes: { 'xmlns:dc': DC_NS }, _text: author.name } }],
    });
  return feed.rss2();
}
