'use client';

import { ErrorView } from '@/components/errors/ErrorView';

/** Errors inside the layout: the masthead and footer stay, the page apologises. */
export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView digest={error.digest} onRetry={reset} />;
}
