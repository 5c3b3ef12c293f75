import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/seo/OgCard';
import { categoryOf, findArticle, latestArticles } from '@/lib/content/repository';
import { ogFonts, ogText } from '@/lib/seo/og-fonts';
import { ogImageSize } from '@/lib/seo/social-image';
import { site } from '@/lib/site';

type Params = { category: string; slug: string };

export const dynamicParams = true;
export const revalidate = 300;

// Cards are only drawn for articles without a hero image; the newest are
// prerendered and the rest are drawn on first request and cached, so the
// build does not pay for an image per archived article.
const PRERENDERED_CARDS = 100;

export function generateStaticParams(): Params[] {
  return latestArticles(site.prerenderLimit)
    .filter((a) => !a.image)
    .slice(0, PRERENDERED_CARDS)
    .map((a) => ({ category: a.category, slug: a.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { category, slug } = await params;
  const article = findArticle(category, slug);
  if (!article) return new Response('Not found', { status: 404 });
  return new ImageResponse(
    <OgCard kicker={ogText(categoryOf(article).title)} headline={ogText(article.title)} siteName={site.name} />,
    {
      ...ogImageSize,
      fonts: await ogFonts(),
    },
  );
}
