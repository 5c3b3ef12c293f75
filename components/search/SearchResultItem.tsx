import { GenreLabel } from '@/components/article/GenreLabel';
import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { StoryLink } from '@/components/listing/StoryLink';
import { formatDate } from '@/lib/format/date';
import type { SearchHit } from '@/lib/search/response';
import { Highlighted } from './Highlighted';

export function SearchResultItem({ hit }: { hit: SearchHit }) {
  return (
    <li data-search-result className="border-t border-border py-5">
      <article>
        <p className="flex flex-wrap items-center gap-x-2 text-xs font-bold tracking-wide text-accent uppercase">
          <Link href={hit.category.path} className="inline-block py-1.5 hover:underline">
            {hit.category.title}
          </Link>
          <GenreLabel genre={hit.genre} />
        </p>
        <h2 className="font-serif text-xl leading-snug font-bold">
          <StoryLink href={hit.path} className="hover:underline">
            <Highlighted segments={hit.titleSegments} />
          </StoryLink>
        </h2>
        <p className="mt-1 text-sm text-muted">
          <time dateTime={hit.date}>{formatDate(hit.date)}</time>
        </p>
        <p data-search-snippet className="mt-2 leading-relaxed">
          <Highlighted segments={hit.snippet} />
        </p>
      </article>
    </li>
  );
}
