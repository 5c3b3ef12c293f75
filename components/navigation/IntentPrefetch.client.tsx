'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** A mouse or keyboard focus must rest this long on a link: sweeping past one is not intent. */
const REST_MS = 80;

/**
 * Prefetches a page when the reader shows intent to open it: a touch starts
 * on its link (about 100 ms before the tap ends), the mouse rests on it, or
 * it receives keyboard focus. Links opt in with `data-prefetch="intent"`
 * (`SiteLink`). One listener for the whole document; it renders nothing.
 */
export function IntentPrefetch() {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const target = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-prefetch="intent"]');
      return link instanceof HTMLAnchorElement && link.origin === location.origin ? link : undefined;
    };
    const prefetch = (link: HTMLAnchorElement) => router.prefetch(link.pathname + link.search);
    const onIntent = (event: Event) => {
      const link = target(event);
      clearTimeout(timer);
      if (!link) return;
      if (event instanceof PointerEvent && event.pointerType !== 'mouse') prefetch(link);
      else timer = setTimeout(() => prefetch(link), REST_MS);
    };
    const onLeave = () => clearTimeout(timer);
    const options = { capture: true, passive: true };
    document.addEventListener('pointerover', onIntent, options);
    document.addEventListener('focusin', onIntent, options);
    document.addEventListener('pointerout', onLeave, options);
    document.addEventListener('focusout', onLeave, options);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerover', onIntent, options);
      document.removeEventListener('focusin', onIntent, options);
      document.removeEventListener('pointerout', onLeave, options);
      document.removeEventListener('focusout', onLeave, options);
    };
  }, [router]);
  return null;
}
