import type { ArticleSummary, Category } from '@/lib/content/types';
import type { Context, Repository } from './model';

export type NotFoundModel = { sections: Category[]; latest: ArticleSummary[] };

/** A helpful 404: the sections and the latest stories, to carry on from. */
export async function notFoundPage(repo: Repository, { now }: Context): Promise<NotFoundModel> {
  const [sections, latest] = await Promise.all([repo.categories(), repo.latest(5, now)]);
  return { sections, latest };
}
