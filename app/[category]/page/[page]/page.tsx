import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { SectionFront } from '@/components/listing/SectionFront';
import { extraPageNumbers, sectionListing } from '@/lib/content/listings';
import { articlesInCategory, categories } from '@/lib/content/repository';
import { notFoundMetadata, sectionMetadata } from '@/lib/seo/metadata';

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
  if (!listing) return notFoundMetadata();
  return sectionMetadata(listing.subject, Number(page));
}

export default async function SectionPageN({ params }: { params: Promise<Params> }) {
  const { category, page } = await params;
  const listing = sectionListing(category, page);
  if (!listing) return <NotFoundPage />;
  return <SectionFront listing={listing} />;
}
