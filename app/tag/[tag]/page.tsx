import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { TagPage } from '@/components/listing/TagPage';
import { prerenderedTags, tagListing } from '@/lib/content/listings';
import { tags } from '@/lib/content/repository';
import { notFoundMetadata, tagMetadata } from '@/lib/seo/metadata';

type Params = { tag: string };

export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return prerenderedTags(tags()).map((t) => ({ tag: t.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const listing = tagListing((await params).tag);
  if (!listing) return notFoundMetadata();
  return tagMetadata(listing.subject);
}

export default async function TagRoute({ params }: { params: Promise<Params> }) {
  const listing = tagListing((await params).tag);
  if (!listing) return <NotFoundPage />;
  return <TagPage listing={listing} />;
}
