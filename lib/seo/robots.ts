import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

/** Crawl everything readers can reach; not the API or the endless search result pages. */
export function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/search'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
