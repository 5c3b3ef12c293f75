import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { ListingPage } from '@/components/listing/ListingPage';
import { JsonLd } from '@/components/seo/JsonLd';
import type { ListingPageModel } from '@/lib/pages/listing';
import { loadAuthorPage, loadSectionPage, loadTagPage, prerender } from '@/lib/pages/server';
import { notFoundMetadata } from '@/lib/seo/metadata';

/**
 * The six listing routes (section, author and tag, each at its own address
 * and at /page/N) are this one helper. Next reads `revalidate` and
 * `dynamicParams` as literals from each route file, so those stay there.
 */

type Kind = 'section' | 'author' | 'tag';
type Params = { slug: string; page?: string };

const loaders: Record<Kind, (slug: string, page?: string) => Promise<ListingPageModel | undefined>> = {
  section: loadSectionPage,
  author: loadAuthorPage,
  tag: loadTagPage,
};

const subjects: Record<Kind, () => Promise<{ slug: string; pages: string[] }[]>> = {
  section: prerender.sections,
  author: prerender.authors,
  tag: () => prerender.tags(),
};

/**
 * `param` names the route's slug segment ([category], [slug] or [tag]);
 * `paged` is true for the /page/[page] twin.
 */
export function listingRoute<P extends string>(kind: Kind, param: P, paged: boolean) {
  type RouteParams = Record<P, string> & { page?: string };
  const read = async (params: Promise<RouteParams>): Promise<Params> => {
    const p = await params;
    return { slug: p[param], page: paged ? p.page : undefined };
  };
  return {
    async generateStaticParams(): Promise<RouteParams[]> {
      const all = await subjects[kind]();
      return all.flatMap(({ slug, pages }) =>
        paged ? pages.map((page) => ({ [param]: slug, page }) as RouteParams) : [{ [param]: slug } as RouteParams],
      );
    },
    async generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
      const { slug, page } = await read(params);
      return (await loaders[kind](slug, page))?.metadata ?? notFoundMetadata();
    },
    async Page({ params }: { params: Promise<RouteParams> }) {
      const { slug, page } = await read(params);
      const model = await loaders[kind](slug, page);
      if (!model) return <NotFoundPage />;
      return (
        <>
          <JsonLd data={model.jsonLd} />
          <ListingPage model={model} />
        </>
      );
    },
  };
}
