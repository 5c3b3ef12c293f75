import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import NotFound from '../not-found';

/** Throws Next's 404 signal where it is caught (below). */
function Missing(): never {
  notFound();
}

/**
 * What a dynamic route renders for an address that has no page: an unknown
 * article, section, author or tag, or a listing page past the end.
 *
 * Calling notFound() in the page itself answers 404 with an empty document
 * (`<html id="__next_error__">`, no lang, no heading, no text) that only
 * JavaScript fills in: React's server renderer does not run the error
 * boundary that shows app/not-found.tsx, so Next falls back to an error
 * shell (vercel/next.js #62228, still open in 16.4). Thrown inside a
 * Suspense boundary instead, the error stays inside that boundary: Next
 * still answers 404 ("React can complete a prerender after an HTTP access
 * fallback error is thrown inside a Suspense boundary", app-render), the
 * layout renders on the server as on any page, and the boundary's fallback,
 * the same 404 view, is the server-rendered content. In the browser React
 * renders the boundary again, meets the 404 and shows app/not-found.tsx in
 * its place: the same view. The page stays static (ISR) and the 404 is
 * never stored (lib/security/cache-handler.mjs). docs/decisions/025.
 *
 * Only for static and ISR routes: Next sets the 404 from a boundary's error
 * when it prerenders; a route rendered per request has already sent 200.
 * So where the same route renders per request (an editor in draft mode,
 * with a preview link open, and `next dev`), the 404 is thrown outside any
 * boundary: the status stays right, and JavaScript, which those sessions
 * have, shows the view.
 */
export async function NotFoundPage() {
  if (process.env.NODE_ENV === 'development' || (await draftMode()).isEnabled) notFound();
  return (
    <Suspense fallback={<NotFound />}>
      <Missing />
    </Suspense>
  );
}
