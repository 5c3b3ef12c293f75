import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionFront } from '@/components/listing/SectionFront';
import { sectionListing } from '@/lib/content/listings';
import { categories } from '@/lib/content/repository';
import { sectionMetadata } from '@/lib/seo/metadata';

type Params = { category: string };

export const revalidate = 300;

export function generateStaticParams(): Params[] {
  return categories().map((c) => ({ category: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const listing = sectionListing((await params).category);
  if (!listing) return {};
  return sectionMetadata(listing.subject);
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const listing = sectionListing((await params).category);
  if (!listing) notFound();
  return <SectionFront listing={listing} />;
}
