import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Category } from '@/lib/content/types';

/** Section navigation, in the order editors set in each category's `order`. */
export function SectionNav({ sections }: { sections: Category[] }) {
  return (
    <nav aria-label="Sections" className="border-b-2 border-rule bg-bg">
      <ul className="scroll-cue mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 text-sm font-semibold sm:gap-4">
        <li>
          <Link href="/" className="inline-block py-3 pr-2 hover:text-accent">
            Home
          </Link>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <Link href={section.path} className="inline-block whitespace-nowrap px-2 py-3 hover:text-accent">
              {section.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
