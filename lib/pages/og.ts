import { cacheTags } from '@/lib/cache/tags';
import type { Context, Repository } from './model';

type ArticleCardModel = { kicker: string; headline: string; tags: string[] };

/** The words on a story's generated share image, or undefined for a story readers may not see. */
export async function articleCard(
  repo: Repository,
  params: { category: string; slug: string },
  { now }: Context,
): Promise<ArticleCardModel | undefined> {
  const article = await repo.article(params.category, params.slug, now);
  const section = article && (await repo.category(article.category));
  if (!article || !section) return undefined;
  return { kicker: section.title, headline: article.title, tags: [cacheTags.site, cacheTags.article(article.path)] };
}
