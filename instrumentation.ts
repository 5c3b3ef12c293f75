/**
 * Runs once when a server starts, before it handles requests: builds the
 * search index now, so no reader waits for it on the first search.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const { siteSearchIndex } = await import('./lib/search/site');
    siteSearchIndex();
  } catch (error) {
    // The index is built again on first use; that request reports the problem.
    console.error('Could not build the search index at start:', error);
  }
}
