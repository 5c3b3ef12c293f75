/**
 * Runs once when a Next server process starts. Only small modules are
 * imported here: Next bundles this file apart from the routes, so importing
 * the content would load it twice.
 * - In production it installs the request checks that see every request
 *   before Next does (docs/security.md, "Bad requests").
 * - It keeps redirects to one Location header (lib/security/single-location.ts).
 * - It announces the server's address in .data/instances/, so that
 *   `npm run content:publish` in the same folder reaches it without being
 *   told the port (lib/publish/instances.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.NODE_ENV === 'production') {
    const { installRequestChecks, requestGate } = await import('./lib/security/install-request-gate');
    const { searchAdmissionFromEnv } = await import('./lib/search/admission');
    // The gate first: a refused method never takes a search slot.
    installRequestChecks([requestGate, searchAdmissionFromEnv(process.env)]);
  }
  const { keepOneLocationHeader } = await import('./lib/security/single-location');
  keepOneLocationHeader();
  const { registerInstance } = await import('./lib/publish/instances');
  // Next sets both once it listens: the origin it printed ("Local: …"), and the port.
  registerInstance(process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`);
}
