import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { AuthorPage } from '@/components/listing/AuthorPage';
import { authorListing, extraPageNumbers } from '@/lib/content/listings';
import { articlesByAuthor, authors } from '@/lib/content/repository';
import { authorMetadata, notFoundMetadata } from '@/lib/seo/metadata';

type Params = { slug: string; page: string };

export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return authors().flatMap((a) => extraPageNumbers(articlesByAuthor(a.slug).length).map((page) => ({ slug: a.slug, page })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug, page } = await params;
  const listing = authorListing(slug, page);
  if (!listing) return notFoundMetadata();
  return authorMetadata(listing.subject, Number(page));
}

export default async function AuthorRouteN({ params }: { params: Promise<Params> }) {
  const { slug, page } = await params;
  const listing = authorListing(slug, page);
  if (!listing) return <NotFoundPage />;
  return <AuthorPage listing={listing} />;
}
