import { SiteImage as Image } from '@/components/media/SiteImage';
import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { GenreLabel } from '@/components/article/GenreLabel';
import { ArticleMeta } from '@/components/listing/ArticleMeta';
import { StoryLink } from '@/components/listing/StoryLink';
import { LiveCardNote } from '@/components/live/LiveCardNote';
import type { ArticleSummary, Category } from '@/lib/content/types';

/** The top story: the largest image on the page, so it loads eagerly. */
export function LeadStory({ article, category }: { article: ArticleSummary; category: Category }) {
  return (
    <article className="grid gap-5 md:grid-cols-5 md:gap-8">
      {article.image && (
        <StoryLink href={article.path} prefetchOnSight tabIndex={-1} aria-hidden="true" className="md:order-2 md:col-span-3">
          <Image
            src={article.image.src}
            alt=""
            width={article.image.width}
            height={article.image.height}
            priority
            sizes="(min-width: 1152px) 660px, (min-width: 768px) 58vw, 100vw"
            className="h-auto w-full bg-surface"
          />
        </StoryLink>
      )}
      <div className={article.image ? 'md:order-1 md:col-span-2' : 'md:col-span-5'}>
        <p className="flex flex-wrap items-center gap-x-3 text-sm font-bold tracking-wide text-accent uppercase">
          <Link href={category.path} className="hover:underline">
            {category.title}
          </Link>
          <GenreLabel genre={article.genre} />
        </p>
        <h2 className="mt-2 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          {/* The story most readers open next: prefetched as soon as it shows. */}
          <StoryLink href={article.path} prefetchOnSight className="hover:underline">
            {article.title}
          </StoryLink>
        </h2>
        {article.live && <LiveCardNote live={article.live} />}
        <p className="mt-3 font-serif text-lg leading-snug text-muted sm:text-xl">{article.summary}</p>
        <ArticleMeta article={article} />
      </div>
    </article>
  );
}
