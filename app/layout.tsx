import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { EmbedLoader } from '@/components/article/EmbedLoader.client';
import { BreakingBanner } from '@/components/layout/BreakingBanner';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { IntentPrefetch } from '@/components/navigation/IntentPrefetch.client';
import { sourceSerif, sourceSerifItalic } from '@/lib/fonts';
import { loadChrome } from '@/lib/pages/server';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  // Pages set robots themselves (lib/seo/metadata): a default here would
  // reappear beside "noindex" on 404 pages once the client renders them.
  alternates: { types: { 'application/rss+xml': [{ title: site.name, url: absoluteUrl(routes.feeds.rss) }] } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: site.brand.masthead },
    { media: '(prefers-color-scheme: dark)', color: site.brand.mastheadDark },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { sections, breaking } = await loadChrome();
  return (
    <html lang={site.locale} className={`${sourceSerif.variable} ${sourceSerifItalic.variable}`}>
      <body>
        <SkipLink />
        {breaking && <BreakingBanner news={breaking} />}
        <SiteHeader sections={sections} />
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter sections={sections} />
        {/*
          Here rather than on the article page: a client component of its own
          on one route made Turbopack give that route a separate copy of the
          next/image chunk, which every page then prefetched (docs/decisions/041).
        */}
        <EmbedLoader />
        <IntentPrefetch />
      </body>
    </html>
  );
}
