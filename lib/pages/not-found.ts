import type { ArticleSummary, Category } from '@/lib/content/types';
import { notFoundDocumentTitle } from '@/lib/seo/metadata';
import type { Context, Repository } from './model';

export type NotFoundModel = { title: string; sections: Category[]; latest: ArticleSummary[] };

/** A helpful 404: the sections and the latest stories, to carry on from. */
export async function notFoundPage(repo: Repository, { now }: Context): Promise<NotFoundModel> {
  const [sections, latest] = await Promise.all([repo.categories(), repo.latest(5, now)]);
  return { title: notFoundDocumentTitle, sections, latest };
}
