import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { AuthorPage } from '@/components/listing/AuthorPage';
import { authorListing } from '@/lib/content/listings';
import { authors } from '@/lib/content/repository';
import { authorMetadata, notFoundMetadata } from '@/lib/seo/metadata';

type Params = { slug: string };

export const revalidate = 300;

export function generateStaticParams(): Params[] {
  return authors().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const listing = authorListing((await params).slug);
  if (!listing) return notFoundMetadata();
  return authorMetadata(listing.subject);
}

export default async function AuthorRoute({ params }: { params: Promise<Params> }) {
  const listing = authorListing((await params).slug);
  if (!listing) return <NotFoundPage />;
  return <AuthorPage listing={listing} />;
}
