import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { LiveView } from '@/components/live/LiveView';
import { JsonLd } from '@/components/seo/JsonLd';
import { loadLivePage, prerender } from '@/lib/pages/server';
import { notFoundMetadata } from '@/lib/seo/metadata';

/**
 * A live story's page 1 (/live/<slug>) and its older pages (/live/<slug>/page/N)
 * are this one helper. Next reads `revalidate` and `dynamicParams` as
 * literals from each route file, so those stay there.
 */
type Params = { slug: string; page?: string };

export function liveRoute(paged: boolean) {
  const read = async (params: Promise<Params>) => {
    const p = await params;
    return { slug: p.slug, page: paged ? p.page : undefined };
  };
  return {
    async generateStaticParams(): Promise<Params[]> {
      // The newest live stories' first pages; older pages render on first request.
      return paged ? [] : prerender.liveStories();
    },
    async generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
      const { slug, page } = await read(params);
      return (await loadLivePage(slug, page))?.metadata ?? notFoundMetadata();
    },
    async Page({ params }: { params: Promise<Params> }) {
      const { slug, page } = await read(params);
      const model = await loadLivePage(slug, page);
      if (!model) return <NotFoundPage />;
      return (
        <>
          <JsonLd data={model.jsonLd} />
          <LiveView model={model} />
        </>
      );
    },
  };
}
