import type { MetadataRoute } from 'next';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

/** Crawl everything readers can reach; not the API or the endless search result pages. */
export function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', routes.search] }],
    sitemap: [absoluteUrl(routes.sitemap), absoluteUrl(routes.newsSitemap)],
  };
}
