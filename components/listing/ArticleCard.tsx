import Image from 'next/image';
import Link from 'next/link';
import type { ArticleSummary, Category } from '@/lib/content/types';
import { LiveCardNote } from '@/components/live/LiveCardNote';
import { ArticleMeta } from './ArticleMeta';
import { StoryLink } from './StoryLink';

type Props = {
  article: ArticleSummary;
  category: Category;
  /** Show the hero image as a thumbnail. */
  withImage?: boolean;
  headingLevel?: 'h2' | 'h3';
};

/** A story in a list: kicker, linked headline, standfirst, date and reading time. */
export function ArticleCard({ article, category, withImage = true, headingLevel: Heading = 'h3' }: Props) {
  return (
    <article className="flex gap-4 border-t border-border pt-4">
      <div className="min-w-0 flex-1">
        <p className="text-xs font-bold tracking-wide text-accent uppercase">
          {/* Padded to a 24px target so it is not mis-tapped for the headline below (WCAG 2.5.8). */}
          <Link href={category.path} className="inline-block py-1 hover:underline">
            {category.title}
          </Link>
        </p>
        <Heading className="mt-1 font-serif text-xl leading-snug font-bold text-balance">
          <StoryLink href={article.path} className="hover:underline">
            {article.title}
          </StoryLink>
        </Heading>
        {article.live && <LiveCardNote live={article.live} />}
        <p className="mt-1 line-clamp-3 text-[0.95rem] text-muted">{article.summary}</p>
        <ArticleMeta article={article} />
      </div>
      {withImage && article.image && (
        <Image
          src={article.image.src}
          alt=""
          width={article.image.width}
          height={article.image.height}
          sizes="(min-width: 640px) 176px, 112px"
          className="aspect-[4/3] h-auto w-28 shrink-0 bg-surface object-cover sm:w-44"
        />
      )}
    </article>
  );
}
