import Image from 'next/image';
import type { Author } from '@/lib/content/types';

/** Avatar, role, bio and links, shown above an author's articles. */
export function AuthorProfile({ author }: { author: Author }) {
  return (
    <div className="mt-4 flex flex-col gap-5 sm:flex-row sm:items-start">
      {author.avatar && (
        <Image
          src={author.avatar.src}
          alt={author.avatar.alt}
          width={112}
          height={112}
          sizes="112px"
          priority
          className="h-28 w-28 shrink-0 rounded-full object-cover"
        />
      )}
      <div className="max-w-2xl">
        {author.role && <p className="text-lg font-semibold">{author.role}</p>}
        <div
          className="prose mt-2 max-w-none text-text prose-p:my-2 prose-a:text-link"
          dangerouslySetInnerHTML={{ __html: author.bioHtml }}
        />
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
