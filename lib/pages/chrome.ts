import type { Category } from '@/lib/content/types';
import type { Repository } from './model';

/** What the header and footer show on every page. */
export type ChromeModel = { sections: Category[] };

export async function siteChrome(repo: Repository): Promise<ChromeModel> {
  return { sections: await repo.categories() };
}
