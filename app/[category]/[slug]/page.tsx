import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { ArticleView } from '@/components/article/ArticleView';
import { JsonLd } from '@/components/seo/JsonLd';
import { loadArticlePage, loadArticleRedirect, prerender } from '@/lib/pages/server';
import { notFoundMetadata } from '@/lib/seo/metadata';

type Params = { category: string; slug: string };

// The newest articles are prerendered; older ones render on first request
// and are cached. Revalidation lets a scheduled story appear on time, and
// publishing revalidates a story's page at once (lib/cache).
export const dynamicParams = true;
export const revalidate = 300;

export async function generateStaticParams(): Promise<Params[]> {
  return (await prerender.articles()).map(({ category, slug }) => ({ category, slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { category, slug } = await params;
  return (await loadArticlePage(category, slug))?.metadata ?? notFoundMetadata();
}

export default async function ArticleRoute({ params }: { params: Promise<Params> }) {
  const { category, slug } = await params;
  const page = await loadArticlePage(category, slug);
  if (!page) {
    // An old path of a renamed or moved story answers 308 to where it is now
    // (cached like a page, tagged with the story); any other path, the 404 page.
    const redirect = await loadArticleRedirect(category, slug);
    if (redirect) permanentRedirect(redirect.location);
    return <NotFoundPage />;
  }
  return (
    <>
      <JsonLd data={page.jsonLd} />
      <ArticleView model={page} />
    </>
  );
}
