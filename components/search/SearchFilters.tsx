import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Facet } from '@/lib/search/response';
import { routes } from '@/lib/routes';

type Props = { q: string; category?: string; totalAll: number; cappedAll?: boolean; facets: Facet[] };

/** Section filters as plain links, so they work without JavaScript. */
export function SearchFilters({ q, category, totalAll, cappedAll = false, facets }: Props) {
  const items = [
    {
      key: 'all',
      label: 'All sections',
      count: totalAll,
      plus: cappedAll,
      href: routes.searchResults({ q }),
      current: !category,
    },
    ...facets
      // Uncounted sections (a search with over 1,000 results) are all offered.
      .filter((f) => f.count === undefined || f.count > 0 || f.slug === category)
      .map((f) => ({
        key: f.slug,
        label: f.title,
        count: f.count,
        plus: false,
        href: routes.searchResults({ q, category: f.slug }),
        current: f.slug === category,
      })),
  ];
  return (
    <nav aria-label="Filter results by section" className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.current ? 'page' : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm font-semibold ${
                item.current ? 'border-text bg-text text-bg' : 'border-border hover:border-text'
              }`}
            >
              {item.label}
              {item.count !== undefined && (
                <>
                  {' '}
                  <span className={item.current ? '' : 'text-muted'}>
                    ({item.count.toLocaleString('en-GB')}
                    {item.plus ? '+' : ''})
                  </span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
