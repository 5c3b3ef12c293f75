import type { Metadata } from 'next';
import { NotFoundPage } from '@/app/_not-found/NotFoundPage';
import { ArticleView } from '@/components/article/ArticleView';
import { JsonLd } from '@/components/seo/JsonLd';
import { publicationState } from '@/lib/content/published';
import { lastModified } from '@/lib/content/queries';
import { articleHtml, authorOf, categoryOf, findArticle, latestArticles, relatedArticles } from '@/lib/content/repository';
import { articleCrumbs, breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata, notFoundMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

type Params = { category: string; slug: string };

// The newest articles are prerendered; older ones render on first request
// and are cached. Revalidation lets a scheduled story appear on time.
export const dynamicParams = true;
export const revalidate = 300;

export function generateStaticParams(): Params[] {
  return latestArticles(site.prerenderLimit).map((a) => ({ category: a.category, slug: a.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { category, slug } = await params;
  const article = findArticle(category, slug);
  if (!article) return notFoundMetadata();
  return articleMetadata(article, categoryOf(article), authorOf(article));
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { category, slug } = await params;
  const article = findArticle(category, slug);
  if (!article) return <NotFoundPage />;
  const section = categoryOf(article);
  const author = authorOf(article);
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(article, section, author), breadcrumbJsonLd(articleCrumbs(article, section))]} />
      <ArticleView
        article={article}
        html={articleHtml(article)}
        author={author}
        category={section}
        updated={lastModified(article)}
        related={relatedArticles(article).map((r) => ({ article: r, category: categoryOf(r) }))}
        state={publicationState(article, new Date())}
      />
    </>
  );
}
