import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/seo/OgCard';
import { ogFonts } from '@/lib/seo/og-fonts';
import { ogImageSize } from '@/lib/seo/social-image';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/** The site card, shared by pages without a picture of their own. */
export async function GET() {
  return new ImageResponse(
    <OgCard kicker={site.tagline} headline={site.name} siteName={site.url.replace(/^https?:\/\//, '')} />,
    {
      ...ogImageSize,
      fonts: await ogFonts(),
    },
  );
}
