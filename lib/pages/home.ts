import { cacheTags } from '@/lib/cache/tags';
import type { Category } from '@/lib/content/types';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { homeMetadata } from '@/lib/seo/metadata';
import { withSections, type Context, type ListedArticle, type PageModel, type Repository } from './model';

type HomePageModel = PageModel & {
  lead?: ListedArticle;
  latest: ListedArticle[];
  sections: { category: Category; items: ListedArticle[] }[];
};

/**
 * The home page: the newest story with an image leads, the next newest
 * follow, then each section's newest stories not already shown above.
 */
export async function homePage(repo: Repository, { now }: Context, latestCount = 6, perSection = 4): Promise<HomePageModel> {
  const recent = await repo.latest(latestCount + 6, now);
  const leadArticle = recent.find((a) => a.image) ?? recent[0];
  const latest = recent.filter((a) => a !== leadArticle).slice(0, latestCount);
  const shown = new Set([leadArticle, ...latest].filter(Boolean).map((a) => a!.path));
  const categories = await repo.categories();
  const blocks = await Promise.all(
    categories.map(async (category) => {
      // Enough to fill the block even when the stories above came from this section.
      const { items } = await repo.inSection(category.slug, now, { offset: 0, limit: perSection + shown.size });
      return {
        category,
        items: items
          .filter((a) => !shown.has(a.path))
          .slice(0, perSection)
          .map((article) => ({ article, category })),
      };
    }),
  );
  const [listedLead, ...listedLatest] = await withSections(repo, [...(leadArticle ? [leadArticle] : []), ...latest]);
  return {
    lead: leadArticle ? listedLead : undefined,
    latest: leadArticle ? listedLatest : [],
    sections: blocks,
    metadata: homeMetadata(),
    jsonLd: [websiteJsonLd(), organizationJsonLd()],
    tags: [cacheTags.site, cacheTags.home],
  };
}
