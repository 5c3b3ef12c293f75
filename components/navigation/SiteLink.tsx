import Link from 'next/link';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof Link>, 'prefetch'> & {
  /**
   * Prefetch as soon as the link is on screen (Next's default). Only for the
   * one link a reader is most likely to follow, such as the lead story: each
   * prefetched article is about 25 KB of data.
   */
  prefetchOnSight?: boolean;
};

/**
 * A link to a page of this site. Next prefetches every link on screen, which
 * cost a phone 160 KB on the home page for stories nobody opened; these are
 * prefetched when the reader shows intent instead (pointer resting on it,
 * a touch starting, keyboard focus), by `IntentPrefetch.client.tsx`.
 * Navigation stays client-side either way. docs/decisions/031-prefetch-on-intent.md
 */
export function SiteLink({ prefetchOnSight = false, ...props }: Props) {
  return <Link {...props} prefetch={prefetchOnSight ? null : false} data-prefetch={prefetchOnSight ? undefined : 'intent'} />;
}
