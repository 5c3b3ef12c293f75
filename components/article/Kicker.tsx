import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Category, Genre } from '@/lib/content/types';
import { GenreLabel } from './GenreLabel';

/** The section, linked, and the story's genre label when it is not news. */
export function Kicker({ category, genre }: { category: Category; genre: Genre }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-bold tracking-wide text-accent uppercase">
      <Link href={category.path} className="hover:underline">
        {category.title}
      </Link>
      <GenreLabel genre={genre} />
    </div>
  );
}
