import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Category } from '@/lib/content/types';

/** The sections as large, easy targets: a way in from empty and error pages. */
export function SectionLinks({ sections }: { sections: Category[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-3">
      {sections.map((c) => (
        <li key={c.slug}>
          <Link
            href={c.path}
            className="inline-block rounded-full border border-border px-4 py-2 font-semibold hover:border-text"
          >
            {c.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
