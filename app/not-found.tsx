import { NotFoundView } from '@/components/layout/NotFoundView';
import { loadNotFoundPage } from '@/lib/pages/server';
import { notFoundMetadata } from '@/lib/seo/metadata';

export const metadata = notFoundMetadata();

/** The 404 page: an unmatched address, or a route's unknown subject (app/_not-found/NotFoundPage). */
export default async function NotFound() {
  return <NotFoundView model={await loadNotFoundPage()} />;
}
