import { SiteLink as Link } from '@/components/navigation/SiteLink';
import { listingPath } from '@/lib/routes';

export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const link = 'rounded-md border border-border px-4 py-2 font-semibold hover:border-text';
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={listingPath(basePath, page - 1)} rel="prev" className={link}>
          <span aria-hidden="true">←</span> Newer
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={listingPath(basePath, page + 1)} rel="next" className={link}>
          Older <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
