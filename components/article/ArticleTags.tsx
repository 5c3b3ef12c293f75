import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { routes } from '@/lib/routes';

export function ArticleTags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <ul aria-label="Topics" className="mt-8 flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={routes.tag(tag)}
            className="inline-block rounded-full border border-border px-3 py-1 text-sm hover:border-text"
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
