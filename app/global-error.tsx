'use client';

import { ErrorView } from '@/components/errors/ErrorView';
import { site } from '@/lib/site';
import './globals.css';

/** Errors in the root layout itself: no masthead to fall back on, so a bare page. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang={site.locale}>
      <body>
        <title>{`Something went wrong | ${site.name}`}</title>
        <ErrorView digest={error.digest} onRetry={reset} />
      </body>
    </html>
  );
}
