import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { AuthorAvatar } from './AuthorAvatar';
import { AuthorBio } from './AuthorBio';
import type { Author } from '@/lib/content/types';

/**
 * One "Written by" card; a shared byline gets one per author. Each card is a
 * region named by its heading and the author ("Written By Elena Varga"), so
 * the regions of a shared byline have different names.
 */
export function AuthorCard({ author }: { author: Author }) {
  const heading = `author-card-${author.slug}`;
  const name = `author-card-name-${author.slug}`;
  return (
    <section
      data-author-card
      aria-labelledby={`${heading} ${name}`}
      className="rounded-md border border-border bg-surface p-5 sm:p-6"
    >
      <h2 id={heading} className="text-xs font-bold tracking-widest text-muted uppercase">
        Written By
      </h2>
      <div className="mt-4 flex gap-4">
        <AuthorAvatar author={author} size={72} />
        <div className="min-w-0">
          <p id={name} className="font-serif text-xl font-bold">
            <Link href={author.path} className="hover:underline">
              {author.name}
            </Link>
          </p>
          {author.role && <p className="text-sm text-muted">{author.role}</p>}
          <AuthorBio author={author} className="mt-3 text-[0.95rem]" />
          <Link href={author.path} className="mt-3 inline-block text-sm font-semibold text-link hover:underline">
            All articles by {author.name} <span aria-hidden="true">→</span>
          </Link>
        </div>
      </div>
    </section>
  );
}
