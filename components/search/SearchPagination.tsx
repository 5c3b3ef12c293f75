import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { routes } from '@/lib/routes';

type Props = { q: string; category?: string; page: number; totalPages: number };

/** Page numbers near the current one, plus the first and last. */
function pagesToShow(page: number, totalPages: number): (number | 'gap')[] {
  const wanted = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])]
    .filter((p) => p >= 1 && p <= totalPages)
    .sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  wanted.forEach((p, i) => {
    if (i > 0 && p - wanted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

export function SearchPagination({ q, category, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  const link = 'inline-block min-w-10 rounded-md border border-border px-3 py-2 text-center font-semibold hover:border-text';
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={routes.searchResults({ q, category, page: page - 1 })} rel="prev" className={link}>
              Previous
            </Link>
          </li>
        )}
        {pagesToShow(page, totalPages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${link} border-text bg-text text-bg`}>
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={routes.searchResults({ q, category, page: p })} className={link}>
                  <span className="sr-only">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link href={routes.searchResults({ q, category, page: page + 1 })} rel="next" className={link}>
              Next
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
