import { AuthorCard } from '@/components/author/AuthorCard';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import type { ArticlePageModel } from '@/lib/pages/article';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticleTags } from './ArticleTags';
import { CorrectionNotes } from './CorrectionNotes';
import { HeroImage } from './HeroImage';
import { PreviewBanner } from './PreviewBanner';
import { RelatedLinks } from './RelatedLinks';
import { SocialBar } from './SocialBar';

/** The article page in reading order; DOM order is the order a reader meets it. */
export function ArticleView({ model }: { model: ArticlePageModel }) {
  const { article, html, authors, section: category, updated, related, state, crumbs } = model;
  return (
    <div className="mx-auto max-w-3xl px-4 pt-6">
      <Breadcrumbs crumbs={crumbs} />
      <article className="mt-2">
        <PreviewBanner state={state} date={article.date} />
        <ArticleHeader article={article} authors={authors} category={category} updated={updated} />
        {article.image && <HeroImage image={article.image} />}
        <ArticleBody html={html} />
        <CorrectionNotes corrections={article.corrections} />
        <ArticleTags tags={article.tags} />
        <p data-print-url className="mt-8 hidden text-sm">
          Read online at {absoluteUrl(article.path)}
        </p>
        <div className="mt-12 space-y-4">
          {authors.map((author) => (
            <AuthorCard key={author.slug} author={author} />
          ))}
        </div>
      </article>
      <RelatedLinks items={related} />
      <SocialBar rssUrl={routes.feeds.section(category.slug)} atomUrl={routes.feeds.sectionAtom(category.slug)} />
    </div>
  );
}
