import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { AuthorAvatar } from '@/components/author/AuthorAvatar';
import { AuthorBio } from '@/components/author/AuthorBio';
import type { Author } from '@/lib/content/types';

export function AuthorCard({ author }: { author: Author }) {
  return (
    <section aria-labelledby="author-card-heading" className="mt-12 rounded-md border border-border bg-surface p-5 sm:p-6">
      <h2 id="author-card-heading" className="text-xs font-bold tracking-widest text-muted uppercase">
        Written By
      </h2>
      <div className="mt-4 flex gap-4">
        <AuthorAvatar author={author} size={72} />
        <div className="min-w-0">
          <p className="font-serif text-xl font-bold">
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
