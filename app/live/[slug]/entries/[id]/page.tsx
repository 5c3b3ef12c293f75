import { notFound, redirect } from 'next/navigation';
import { loadEntryLocation } from '@/lib/pages/server';

/**
 * /live/<slug>/entries/<id>: an entry's permalink. New entries push older
 * ones onto later pages, so the page that holds an entry is looked up at
 * request time and the answer is a temporary redirect to it, at the entry's
 * anchor. A page rather than a route handler, so an unknown entry gets the
 * site's 404 page, readable without JavaScript, like any unknown address.
 */
export const dynamic = 'force-dynamic';

export default async function LiveEntryPermalink({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const location = await loadEntryLocation(slug, id);
  if (!location) notFound();
  redirect(location);
}
