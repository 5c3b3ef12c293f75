import type { ArticleSummary, Category } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';

/** An image for Open Graph, Twitter cards and JSON-LD: absolute URL, real size, alt text. */
export type SocialImage = { url: string; width: number; height: number; alt: string; type?: string };

/** Size of every generated card: the one Open Graph and Twitter render without cropping. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** Path of the generated card for an article or live story, served by app/og/[category]/[slug]. */
function generatedImagePath(article: Pick<ArticleSummary, 'category' | 'slug' | 'live'>): string {
  return article.live ? routes.og.live(article.slug) : routes.og.article(article);
}

/**
 * The article's share image: its hero photo when it has one (hero images are
 * 1600 px wide, larger than any card), otherwise the card generated from its
 * section and headline.
 */
export function articleImage(
  article: Pick<ArticleSummary, 'image' | 'category' | 'slug' | 'title' | 'live'>,
  category: Pick<Category, 'title'>,
): SocialImage {
  if (article.image) {
    return {
      url: absoluteUrl(article.image.src),
      width: article.image.width,
      height: article.image.height,
      alt: article.image.alt,
    };
  }
  return {
    url: absoluteUrl(generatedImagePath(article)),
    ...ogImageSize,
    alt: `${category.title}: ${article.title} | ${site.name}`,
    type: 'image/png',
  };
}

/** The site card, for pages that have no picture of their own. */
export function siteImage(): SocialImage {
  return { url: absoluteUrl(routes.og.site), ...ogImageSize, alt: `${site.name}: ${site.tagline}`, type: 'image/png' };
}
