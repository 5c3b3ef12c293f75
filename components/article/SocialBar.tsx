import { routes } from '@/lib/routes';
import { site } from '@/lib/site';
import { SocialIcon } from './SocialIcon';

type Props = { rssUrl?: string; atomUrl?: string };

/** "Connect with us": the social accounts from the site config, and the feed in both formats. */
export function SocialBar({ rssUrl = routes.feeds.rss, atomUrl = routes.feeds.atom }: Props) {
  return (
    <aside data-social-bar aria-labelledby="connect-heading" className="mt-12 rounded-md bg-masthead p-5 text-masthead-text">
      <h2 id="connect-heading" className="font-serif text-xl font-bold">
        Connect with us
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {site.social.map((s) => (
          <li key={s.url}>
            <a
              href={s.url}
              rel="noopener noreferrer"
              aria-label={s.label}
              className="flex items-center gap-2 rounded-full border border-white/40 px-3 py-2 text-sm font-semibold hover:bg-white/10"
            >
              <SocialIcon icon={s.icon} />
              <span>{s.name}</span>
            </a>
          </li>
        ))}
        {[
          { url: rssUrl, name: 'RSS feed', type: 'application/rss+xml' },
          { url: atomUrl, name: 'Atom feed', type: 'application/atom+xml' },
        ].map((f) => (
          <li key={f.url}>
            <a
              href={f.url}
              type={f.type}
              className="flex items-center gap-2 rounded-full border border-white/40 px-3 py-2 text-sm font-semibold hover:bg-white/10"
            >
              <SocialIcon icon="rss" />
              <span>{f.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
