import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorPage } from '@/components/listing/AuthorPage';
import { authorListing } from '@/lib/content/listings';
import { authors } from '@/lib/content/repository';

type Params = { slug: string };

export const revalidate = 300;

export function generateStaticParams(): Params[] {
  return authors().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const listing = authorListing((await params).slug);
  if (!listing) return {};
  return { title: listing.subject.name, description: listing.subject.bioText.slice(0, 160) };
}

export default async function AuthorRoute({ params }: { params: Promise<Params> }) {
  const listing = authorListing((await params).slug);
  if (!listing) notFound();
  return <AuthorPage listing={listing} />;
}
