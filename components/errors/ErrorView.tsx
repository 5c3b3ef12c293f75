type Props = { digest?: string; onRetry: () => void };

/**
 * What a reader sees when rendering fails: an apology and two ways on. The
 * error itself stays in the server log; the reference lets us find it there.
 */
export function ErrorView({ digest, onRetry }: Props) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12" data-error-page>
      <p className="text-sm font-bold tracking-widest text-accent uppercase">Something went wrong</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Sorry, this page didn’t load</h1>
      <p className="mt-4 text-lg text-muted">
        The problem is on our side, not yours. Please try again in a moment, or start again from the front page.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={onRetry} className="rounded-md bg-action px-4 py-2 font-semibold text-action-text">
          Try again
        </button>
        {/* A full page load, not next/link: the client router may be what failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="rounded-md border border-border px-4 py-2 font-semibold hover:border-text">
          Go to the front page
        </a>
      </div>
      {digest && <p className="mt-8 text-sm text-muted">Reference: {digest}</p>}
    </div>
  );
}
