import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Facet } from '@/lib/search/engine';
import { routes } from '@/lib/routes';

type Props = { q: string; category?: string; totalAll: number; facets: Facet[] };

/** Section filters as plain links, so they work without JavaScript. */
export function SearchFilters({ q, category, totalAll, facets }: Props) {
  const items = [
    { key: 'all', label: 'All sections', count: totalAll, href: routes.searchResults({ q }), current: !category },
    ...facets
      .filter((f) => f.count > 0 || f.slug === category)
      .map((f) => ({
        key: f.slug,
        label: f.title,
        count: f.count,
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
              {item.label} <span className={item.current ? '' : 'text-muted'}>({item.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
