import { cache } from 'react';
import { tagThisRender } from '@/lib/cache/render-tags';
import { getRepository } from '@/lib/content/default-repository';
import { mayPreview } from '@/lib/preview/request';
import { siteSearchEngine } from '@/lib/search/guarded';
import type { RawSearchParams } from '@/lib/search/params';
import { site } from '@/lib/site';
import { articlePage, articleRedirect } from './article';
import { siteChrome } from './chrome';
import { sectionFeed, siteFeed, type FeedDocument } from './feeds';
import { homePage } from './home';
import { entryLocation, liveFeed, livePage, liveUpdates } from './live';
import { authorPage, extraPageNumbers, sectionPage, tagPage } from './listing';
import { notFoundPage } from './not-found';
import { articleCard } from './og';
import { searchPage } from './search';
import { newsSitemap, siteSitemap, sitemapFile } from './sitemaps';

/**
 * The view models as routes call them: over the site's repository, at the
 * real time, with the cache tags of what each renders attached to the page
 * being cached. Each is one call per route (React's cache() shares it between
 * generateMetadata and the page within a request). Tests call the view
 * models in this folder directly, with a fixture repository and a fixed clock.
 */

const now = () => new Date();

async function tagged<T extends { tags: string[] } | undefined>(model: T): Promise<T> {
  if (model) await tagThisRender(model.tags);
  return model;
}

export const loadChrome = cache(async () => tagged(await siteChrome(await getRepository(), { now: now() })));

export const loadHomePage = cache(async () => tagged(await homePage(await getRepository(), { now: now() })));

export const loadArticlePage = cache(async (category: string, slug: string) => {
  const at = now();
  const preview = await mayPreview(`/${category}/${slug}`, at);
  const page = await articlePage(await getRepository(), { category, slug }, { now: at, preview });
  // A preview is never cached, so it carries no tags.
  return preview ? page : tagged(page);
});

/** Where an old path of a renamed or moved story leads now, if it is one (the article route's not-found path). */
export async function loadArticleRedirect(category: string, slug: string) {
  return tagged(await articleRedirect(await getRepository(), { category, slug }, { now: now() }));
}

export const loadSectionPage = cache(async (slug: string, page?: string) =>
  tagged(await sectionPage(await getRepository(), slug, page, { now: now() })),
);
export const loadAuthorPage = cache(async (slug: string, page?: string) =>
  tagged(await authorPage(await getRepository(), slug, page, { now: now() })),
);
export const loadTagPage = cache(async (slug: string, page?: string) =>
  tagged(await tagPage(await getRepository(), slug, page, { now: now() })),
);

export async function loadSearchPage(params: RawSearchParams) {
  return searchPage(await getRepository(), params, { now: now() }, siteSearchEngine());
}

/** The search box's suggestions; throws SearchBusyError when the engine is at its limit. */
export async function loadSuggestions(q: string) {
  const repo = await getRepository();
  return siteSearchEngine().suggest(repo, q, { now: now(), categories: await repo.categories() });
}

export const loadLivePage = cache(async (slug: string, page?: string) =>
  tagged(await livePage(await getRepository(), slug, page, { now: now() })),
);
/** Never cached by Next: its route sets a few seconds of CDN caching itself. */
export async function loadLiveUpdates(slug: string) {
  return liveUpdates(await getRepository(), slug, { now: now() });
}
export async function loadLiveFeed(slug: string) {
  return tagged(await liveFeed(await getRepository(), slug, { now: now() }));
}
export async function loadEntryLocation(slug: string, id: string) {
  return entryLocation(await getRepository(), slug, id, { now: now() });
}

export const loadNotFoundPage = cache(async () => notFoundPage(await getRepository(), { now: now() }));

export async function loadSiteFeed(format: 'rss' | 'atom'): Promise<FeedDocument> {
  return tagged(await siteFeed(await getRepository(), format, { now: now() }));
}
export async function loadSectionFeed(slug: string, format: 'rss' | 'atom') {
  return tagged(await sectionFeed(await getRepository(), slug, format, { now: now() }));
}
export async function loadSitemap() {
  return tagged(await siteSitemap(await getRepository(), { now: now() }));
}
export async function loadSitemapFile(index: number) {
  return tagged(await sitemapFile(await getRepository(), index, { now: now() }));
}
export async function loadNewsSitemap() {
  return tagged(await newsSitemap(await getRepository(), { now: now() }));
}

export async function loadArticleCard(category: string, slug: string) {
  return tagged(await articleCard(await getRepository(), { category, slug }, { now: now() }));
}

/** What `next build` prerenders; everything else renders on first request and is cached. */
export const prerender = {
  async articles() {
    const repo = await getRepository();
    // Live stories are listed with the articles, but their pages are /live/<slug>.
    return (await repo.latest(site.prerenderLimit, now()))
      .filter((a) => !a.live)
      .map((a) => ({ category: a.category, slug: a.slug, image: !!a.image }));
  },
  async liveStories(limit = 20) {
    const repo = await getRepository();
    return (await repo.live.stories(now(), limit)).map((slug) => ({ slug }));
  },
  async sections() {
    const repo = await getRepository();
    const at = now();
    return Promise.all(
      (await repo.categories()).map(async (c) => ({
        slug: c.slug,
        pages: extraPageNumbers((await repo.inSection(c.slug, at, { offset: 0, limit: 0 })).total),
      })),
    );
  },
  async authors() {
    const repo = await getRepository();
    const at = now();
    return Promise.all(
      (await repo.authors()).map(async (a) => ({
        slug: a.slug,
        pages: extraPageNumbers((await repo.byAuthor(a.slug, at, { offset: 0, limit: 0 })).total),
      })),
    );
  },
  /** The most used tags: a large archive has thousands of rare ones, rendered on first request. */
  async tags(limit = 100) {
    const repo = await getRepository();
    return (await repo.tags(now(), limit)).map((t) => ({ slug: t.slug, pages: extraPageNumbers(t.count) }));
  },
};
