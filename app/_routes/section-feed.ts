import { loadSectionFeed, prerender } from '@/lib/pages/server';
import { documentResponse } from './document';

/**
 * A section's two feeds, /<section>/feed.xml (RSS) and /<section>/atom.xml,
 * are this one helper. Next reads `revalidate` and `dynamicParams` as
 * literals from each route file, so those stay there.
 */

type Params = { category: string };

export function sectionFeedRoute(format: 'rss' | 'atom') {
  return {
    async generateStaticParams(): Promise<Params[]> {
      return (await prerender.sections()).map((s) => ({ category: s.slug }));
    },
    async GET(_request: Request, { params }: { params: Promise<Params> }) {
      return documentResponse(await loadSectionFeed((await params).category, format));
    },
  };
}
