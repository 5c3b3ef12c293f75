import { NotFoundView } from '@/components/layout/NotFoundView';
import { categories, latestArticles } from '@/lib/content/repository';
import { notFoundMetadata } from '@/lib/seo/metadata';

export const metadata = notFoundMetadata();

/** The 404 page: an unmatched address, or a route's notFound(). */
export default function NotFound() {
  return <NotFoundView sections={categories()} latest={latestArticles(5)} />;
}
