import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/seo/OgCard';
import { loadArticleCard, prerender } from '@/lib/pages/server';
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

export async function generateStaticParams(): Promise<Params[]> {
  return (await prerender.articles())
    .filter((a) => !a.image)
    .slice(0, PRERENDERED_CARDS)
    .map(({ category, slug }) => ({ category, slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { category, slug } = await params;
  const card = await loadArticleCard(category, slug);
  if (!card) return new Response('Not found', { status: 404 });
  return new ImageResponse(<OgCard kicker={ogText(card.kicker)} headline={ogText(card.headline)} siteName={site.name} />, {
    ...ogImageSize,
    fonts: await ogFonts(),
  });
}
