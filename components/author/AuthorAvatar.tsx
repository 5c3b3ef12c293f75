import { SiteImage as Image } from '@/components/media/SiteImage';
import type { Author } from '@/lib/content/types';

/** An author's portrait as a circle of `size` CSS pixels, or nothing without one. */
export function AuthorAvatar({ author, size, priority = false }: { author: Author; size: number; priority?: boolean }) {
  if (!author.avatar) return null;
  return (
    <Image
      src={author.avatar.src}
      alt={author.avatar.alt}
      width={size}
      height={size}
      sizes={`${size}px`}
      priority={priority}
      style={{ width: size, height: size }}
      className="shrink-0 rounded-full object-cover"
    />
  );
}
