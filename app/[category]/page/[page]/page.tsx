import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionFront } from '@/components/listing/SectionFront';
import { extraPageNumbers, sectionListing } from '@/lib/content/listings';
import { articlesInCategory, categories } from '@/lib/content/repository';
import { sectionMetadata } from '@/lib/seo/metadata';

type Params = { category: string; page: string };

export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return categories().flatMap((c) =>
    extraPageNumbers(articlesInCategory(c.slug).length).map((page) => ({ category: c.slug, page })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { category, page } = await params;
  const listing = sectionListing(category, page);
  if (!listing) return {};
  return sectionMetadata(listing.subject, Number(page));
}

export default async function SectionPageN({ params }: { params: Promise<Params> }) {
  const { category, page } = await params;
  const listing = sectionListing(category, page);
  if (!listing) notFound();
  return <SectionFront listing={listing} />;
}
