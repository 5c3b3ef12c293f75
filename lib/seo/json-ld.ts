import type { SearchAction, WebSite, WithActionConstraints, WithContext } from 'schema-dts';
import { absoluteUrl, site } from '@/lib/site';

/**
 * Structured data, typed by schema-dts. Minimal for now (the home page's
 * WebSite and SearchAction); same names as the SEO work so the two merge.
 */

/**
 * JSON for a <script> element. JSON.stringify leaves "<", ">" and "&" as they
 * are, so a headline containing "</script>" would end the element early;
 * U+2028/U+2029 are escaped for old JavaScript parsers. All stay valid JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The site, with the search box search engines may show: /search?q={search_term_string}. */
export function websiteJsonLd(): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site.url}/#website`,
    name: site.name,
    url: `${site.url}/`,
    inLanguage: site.locale,
    potentialAction: search,
  };
}
