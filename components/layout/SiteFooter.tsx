import { SiteLink as Link } from '@/components/navigation/SiteLink';
import type { Category } from '@/lib/content/types';
import { site } from '@/lib/site';

export function SiteFooter({ sections }: { sections: Category[] }) {
  return (
    <footer data-site-footer className="mt-16 border-t-2 border-rule bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold">{site.name}</p>
          <p className="mt-2 text-sm text-muted">{site.description}</p>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-xs font-bold tracking-widest text-muted uppercase">Sections</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={s.path} className="hover:underline">
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="text-xs font-bold tracking-widest text-muted uppercase">Follow</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <a href="/feed.xml" className="hover:underline">
                RSS feed
              </a>
            </li>
            {site.social.map((s) => (
              <li key={s.url}>
                <a href={s.url} className="hover:underline" rel="noopener noreferrer">
                  {s.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">
        © {new Date().getFullYear()} {site.name}. Sample content written for this site; people and events are fictional.
      </p>
    </footer>
  );
}
