import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import type { PublicationState } from '@/lib/content/published';
import type { Article, Author, Category } from '@/lib/content/types';
import { absoluteUrl } from '@/lib/site';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleTags } from './ArticleTags';
import { AuthorCard } from './AuthorCard';
import { CorrectionNotes } from './CorrectionNotes';
import { HeroImage } from './HeroImage';
import { PreviewBanner } from './PreviewBanner';
import { RelatedLinks } from './RelatedLinks';
import { SocialBar } from './SocialBar';

type Props = {
  article: Article;
  /** The body, already rendered and sanitized. */
  html: string;
  author: Author;
  category: Category;
  updated?: string;
  related: { article: Article; category: Category }[];
  state: PublicationState;
};

/** The article page in reading order; DOM order is the order a reader meets it. */
export function ArticleView({ article, html, author, category, updated, related, state }: Props) {
  return (
    <div className="mx-auto max-w-3xl px-4 pt-6">
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: '/' },
          { name: category.title, path: category.path },
          { name: article.title, path: article.path },
        ]}
      />
      <article className="mt-2">
        <PreviewBanner state={state} date={article.date} />
        <ArticleHeader article={article} author={author} category={category} updated={updated} />
        {article.image && <HeroImage image={article.image} />}
        <ArticleBody html={html} />
        <CorrectionNotes corrections={article.corrections} />
        <ArticleTags tags={article.tags} />
        <p data-print-url className="mt-8 hidden text-sm">
          Read online at {absoluteUrl(article.path)}
        </p>
        <AuthorCard author={author} />
      </article>
      <RelatedLinks items={related} />
      <SocialBar rssUrl={`${category.path}/feed.xml`} atomUrl={`${category.path}/atom.xml`} />
    </div>
  );
}
