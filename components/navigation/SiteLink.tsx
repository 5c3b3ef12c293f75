import Link from 'next/link';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Link>, 'prefetch'> & {
  /**
   * When to fetch the page ahead of a click: on the reader's intent (the
   * default), as soon as the link is on screen (only for the one link a
   * reader is most likely to follow, such as the lead story: each prefetched
   * article is about 25 KB of data), or never (a live page, stale by the click).
   */
  prefetch?: 'intent' | 'sight' | 'never';
};

/**
 * A link to a page of this site. Next prefetches every link on screen, which
 * cost a phone 160 KB on the home page for stories nobody opened; these are
 * prefetched when the reader shows intent instead (pointer resting on it,
 * a touch starting, keyboard focus), by `IntentPrefetch.client.tsx`.
 * Navigation stays client-side either way. docs/decisions/031-prefetch-on-intent.md
 */
export function SiteLink({ prefetch: when = 'intent', ...props }: Props) {
  return <Link {...props} prefetch={when === 'sight' ? null : false} data-prefetch={when === 'intent' ? 'intent' : undefined} />;
}
