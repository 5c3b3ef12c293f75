import { SiteImage as Image } from '@/components/media/SiteImage';
import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { excerpt } from '@/lib/content/text';
import { coverSizes } from '@/lib/images/cover-sizes';
import type { ArticleSummary, Category } from '@/lib/content/types';
import { GenreLabel } from '@/components/article/GenreLabel';
import { genreLabel } from '@/lib/content/genres';
import { LiveCardNote } from '@/components/live/LiveCardNote';
import { ArticleMeta } from './ArticleMeta';
import { StoryLink } from './StoryLink';

type Props = {
  article: ArticleSummary;
  category: Category;
  /** Show the hero image as a thumbnail. */
  withImage?: boolean;
  /** The section label; off where the page or block already names the section. */
  showCategory?: boolean;
  headingLevel?: 'h2' | 'h3';
};

/** About three lines of a card on a phone. */
const CARD_SUMMARY_LENGTH = 110;
/** Thumbnails are cropped to 4:3 whatever the picture's shape. */
const THUMB_RATIO = 4 / 3;

/**
 * Thumbnail widths: 112 px on phones, 176 px from 640 px, back to 112 px
 * where cards sit two abreast (768-1023 px), 176 px from 1024 px. The
 * classes below and the slots must agree.
 */
const THUMB_SLOTS = [
  { media: '(min-width: 1024px)', width: 176 },
  { media: '(min-width: 768px)', width: 112 },
  { media: '(min-width: 640px)', width: 176 },
  { width: 112 },
];

/** A story in a list: section and genre, linked headline, standfirst, date and reading time. */
export function ArticleCard({ article, category, withImage = true, showCategory = true, headingLevel: Heading = 'h3' }: Props) {
  // The kicker line: the section (unless the page names it) and the genre label (unless it is news).
  const kicker = showCategory || !!genreLabel(article.genre);
  return (
    <article className="flex items-start gap-4 border-t border-border pt-4">
      <div className="min-w-0 flex-1">
        {kicker && (
          <p className="flex flex-wrap items-center gap-x-2 text-xs font-bold tracking-wide text-accent uppercase">
            {/* Padded to a 24px target so it is not mis-tapped for the headline below (WCAG 2.5.8). */}
            {showCategory && (
              <Link href={category.path} className="inline-block py-1 hover:underline">
                {category.title}
              </Link>
            )}
            <GenreLabel genre={article.genre} />
          </p>
        )}
        <Heading className={`${kicker ? 'mt-1' : ''} font-serif text-xl leading-snug font-bold text-balance`}>
          <StoryLink href={article.path} className="hover:underline">
            {article.title}
          </StoryLink>
        </Heading>
        {article.live && <LiveCardNote live={article.live} />}
        {/* Cut here, at a word, rather than by CSS line-clamp, which cuts mid-word ("hour…"). */}
        <p data-card-summary className="mt-1 text-[0.95rem] text-muted">
          {excerpt(article.summary, CARD_SUMMARY_LENGTH)}
        </p>
        <ArticleMeta article={article} />
      </div>
      {withImage && article.image && (
        <Image
          src={article.image.src}
          alt=""
          width={article.image.width}
          height={article.image.height}
          sizes={coverSizes(article.image, THUMB_RATIO, THUMB_SLOTS)}
          className="aspect-[4/3] h-auto w-28 shrink-0 bg-surface object-cover sm:w-44 md:w-28 lg:w-44"
        />
      )}
    </article>
  );
}
