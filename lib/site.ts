/**
 * Site-wide settings: the one place that names the site, its URL, locale,
 * time zone and social accounts. Nothing else hard-codes them.
 */

export type SocialLink = {
  /** Accessible name, e.g. "Follow us on X". */
  label: string;
  /** Short visible name. */
  name: string;
  url: string;
  icon: 'x' | 'facebook' | 'instagram' | 'youtube' | 'linkedin' | 'rss';
};

function siteUrlFromEnv(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:3000';
  try {
    const url = new URL(value);
    // One canonical form: origin plus optional base path, never a trailing slash.
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    throw new Error(`SITE_URL is not a valid absolute URL: ${JSON.stringify(value)}`);
  }
}

/** The sitemap protocol's limit per file. */
const SITEMAP_PROTOCOL_LIMIT = 50_000;

/**
 * URLs per sitemap file: the protocol's 50,000 unless SITEMAP_URLS_PER_FILE
 * asks for fewer (smaller files for a crawler that times out on large ones;
 * the e2e suite uses it to give the small sample site numbered files).
 */
export function sitemapFileSizeFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return SITEMAP_PROTOCOL_LIMIT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > SITEMAP_PROTOCOL_LIMIT)
    throw new Error(`SITEMAP_URLS_PER_FILE must be a whole number from 1 to ${SITEMAP_PROTOCOL_LIMIT}: ${JSON.stringify(raw)}`);
  return n;
}

export const site = {
  name: 'The Lantern',
  shortName: 'Lantern',
  tagline: 'Independent news, plainly told',
  description:
    'The Lantern reports on world affairs, life, social media, technology and science with clear, independent journalism.',
  url: siteUrlFromEnv(process.env.SITE_URL),
  locale: 'en-GB',
  language: 'en',
  timeZone: 'Europe/London',
  logo: { src: '/logo.png', width: 512, height: 512 },
  /**
   * The brand's colours, for what CSS cannot reach: browser chrome
   * (theme-color) and generated share images. Pages use the theme variables
   * in app/globals.css, whose masthead colours these are.
   */
  brand: { masthead: '#0d2240', mastheadDark: '#0a1629', onMasthead: '#ffffff', highlight: '#f5b700' },
  /** Listing page size for section, author, tag and search pages. */
  pageSize: 10,
  /**
   * How many of the newest articles are prerendered at build time. Older ones
   * render on first request and are then cached, so build time stays flat as
   * the archive grows.
   */
  prerenderLimit: Number(process.env.PRERENDER_LIMIT ?? 1000),
  /** URLs per sitemap file; past it /sitemap.xml becomes an index of numbered files. */
  sitemapFileSize: sitemapFileSizeFromEnv(process.env.SITEMAP_URLS_PER_FILE),
  social: [
    { name: 'X', label: 'The Lantern on X', url: 'https://x.com/thelanternnews', icon: 'x' },
    { name: 'Facebook', label: 'The Lantern on Facebook', url: 'https://www.facebook.com/thelanternnews', icon: 'facebook' },
    { name: 'Instagram', label: 'The Lantern on Instagram', url: 'https://www.instagram.com/thelanternnews', icon: 'instagram' },
    { name: 'YouTube', label: 'The Lantern on YouTube', url: 'https://www.youtube.com/@thelanternnews', icon: 'youtube' },
    {
      name: 'LinkedIn',
      label: 'The Lantern on LinkedIn',
      url: 'https://www.linkedin.com/company/thelanternnews',
      icon: 'linkedin',
    },
  ] satisfies SocialLink[],
} as const;

/** Absolute URL for a site path ("/world/x" → "https://site/world/x"). */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}
