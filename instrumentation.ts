/**
 * Runs once when a Next server process starts. In production it installs the
 * request checks that see every request before Next does (docs/security.md,
 * "Bad requests"). Only small modules are imported here: Next bundles this
 * file apart from the routes, so importing the content would load it twice.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  const { installRequestChecks, requestGate } = await import('./lib/security/install-request-gate');
  const { searchAdmissionFromEnv } = await import('./lib/search/admission');
  // The gate first: a refused method never takes a search slot.
  installRequestChecks([requestGate, searchAdmissionFromEnv(process.env)]);
}
