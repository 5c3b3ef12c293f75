import type { ComponentProps } from 'react';
import { SiteLink } from '@/components/navigation/SiteLink';
import { isLivePath } from '@/lib/routes';

type Props = Omit<ComponentProps<typeof SiteLink>, 'href' | 'prefetch'> & {
  href: string;
  /** Prefetch as soon as it is on screen (the lead story), not on intent. */
  prefetchOnSight?: boolean;
};

/**
 * A link to a story. A live story's page is never prefetched: its entries
 * change by the minute, so a copy fetched while the reader looked at the card
 * would be stale by the click, and the page's island JavaScript is only for
 * readers who open it (docs/performance.md).
 */
export function StoryLink({ href, prefetchOnSight, ...props }: Props) {
  return <SiteLink href={href} prefetch={isLivePath(href) ? 'never' : prefetchOnSight ? 'sight' : 'intent'} {...props} />;
}
