import { StoryLink as Link } from '@/components/listing/StoryLink';
import type { BreakingNews } from '@/lib/pages/chrome';

const ID = 'breaking-news';

/**
 * Hides the banner once its time has passed: at once when the page is parsed
 * (a cached page may outlive the banner; hidden before the first paint, so
 * nothing shifts as the page loads), or at that moment if the reader is still
 * there. A few hundred bytes inline, because it must run before the first
 * paint, which no island does. Without JavaScript the server stops rendering
 * the banner at its time (lib/cache/expiry.mjs drops the cached pages).
 */
const HIDE_WHEN_DUE = `(function(){var b=document.getElementById('${ID}');if(!b)return;var t=Date.parse(b.getAttribute('data-until'))-Date.now();function h(){b.hidden=true}if(t>0){if(t<2147483647)setTimeout(h,t)}else h()})()`;

/** The site-wide breaking-news banner, rendered on the server above the header of every page. */
export function BreakingBanner({ news }: { news: BreakingNews }) {
  return (
    <>
      {/* The script may set `hidden` before React hydrates: that difference is expected. */}
      <aside id={ID} aria-label="Breaking news" data-until={news.until} suppressHydrationWarning className="bg-accent text-bg">
        <p className="mx-auto flex max-w-6xl items-baseline gap-3 px-4 py-2 text-sm">
          <strong className="shrink-0 font-bold tracking-wider uppercase">Breaking</strong>
          <Link href={news.path} className="font-semibold underline underline-offset-2">
            {news.title}
          </Link>
        </p>
      </aside>
      <script dangerouslySetInnerHTML={{ __html: HIDE_WHEN_DUE }} />
    </>
  );
}
