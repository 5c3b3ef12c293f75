import { AuthorAvatar } from './AuthorAvatar';
import { AuthorBio } from './AuthorBio';
import type { Author } from '@/lib/content/types';

/** Avatar, role, bio and links, shown above an author's articles. */
export function AuthorProfile({ author }: { author: Author }) {
  return (
    <div className="mt-4 flex flex-col gap-5 sm:flex-row sm:items-start">
      <AuthorAvatar author={author} size={112} priority />
      <div className="max-w-2xl">
        {author.role && <p className="text-lg font-semibold">{author.role}</p>}
        <AuthorBio author={author} className="mt-2" />
        {author.links.length > 0 && (
          <ul aria-label={`${author.name} elsewhere`} className="mt-3 flex flex-wrap gap-2">
            {author.links.map((link) => (
              <li key={link.url}>
                <a
                  href={link.url}
                  rel="me noopener noreferrer"
                  className="inline-block rounded-full border border-border px-3 py-1 text-sm font-semibold hover:border-text"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
