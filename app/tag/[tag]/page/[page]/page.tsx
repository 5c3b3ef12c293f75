import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { TagPage } from '@/components/listing/TagPage';
import { extraPageNumbers, prerenderedTags, tagListing } from '@/lib/content/listings';
import { tags } from '@/lib/content/repository';
import { notFoundMetadata, tagMetadata } from '@/lib/seo/metadata';

type Params = { tag: string; page: string };

export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return prerenderedTags(tags()).flatMap((t) => extraPageNumbers(t.count).map((page) => ({ tag: t.slug, page })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { tag, page } = await params;
  const listing = tagListing(tag, page);
  if (!listing) return notFoundMetadata();
  return tagMetadata(listing.subject, Number(page));
}

export default async function TagRouteN({ params }: { params: Promise<Params> }) {
  const { tag, page } = await params;
  const listing = tagListing(tag, page);
  if (!listing) return <NotFoundPage />;
  return <TagPage listing={listing} />;
}
