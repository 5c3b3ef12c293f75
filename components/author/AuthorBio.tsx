import type { Author } from '@/lib/content/types';

/** The author's bio: HTML from the one sanitizing Markdown pipeline (lib/content/markdown.ts). */
export function AuthorBio({ author, className = '' }: { author: Author; className?: string }) {
  return (
    <div
      className={`prose max-w-none text-text prose-p:my-2 prose-a:text-link ${className}`}
      dangerouslySetInnerHTML={{ __html: author.bioHtml }}
    />
  );
}
