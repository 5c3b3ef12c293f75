import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { SectionFront } from '@/components/listing/SectionFront';
import { sectionListing } from '@/lib/content/listings';
import { categories } from '@/lib/content/repository';
import { notFoundMetadata, sectionMetadata } from '@/lib/seo/metadata';

type Params = { category: string };

export const revalidate = 300;

export function generateStaticParams(): Params[] {
  return categories().map((c) => ({ category: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const listing = sectionListing((await params).category);
  if (!listing) return notFoundMetadata();
  return sectionMetadata(listing.subject);
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const listing = sectionListing((await params).category);
  if (!listing) return <NotFoundPage />;
  return <SectionFront listing={listing} />;
}
