import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Category } from '@/lib/content/types';

export function Kicker({ category }: { category: Category }) {
  return (
    <Link href={category.path} className="text-sm font-bold tracking-wide text-accent uppercase hover:underline">
      {category.title}
    </Link>
  );
}
