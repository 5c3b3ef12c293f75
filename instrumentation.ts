/**
 * Runs once when a server process starts. It announces the server's address
 * in .data/instances/, so that `npm run content:publish` in the same folder
 * reaches it without being told the port (lib/publish/instances.ts), and
 * keeps redirects to one Location header (lib/security/single-location.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { keepOneLocationHeader } = await import('./lib/security/single-location');
  keepOneLocationHeader();
  const { registerInstance } = await import('./lib/publish/instances');
  // Next sets both once it listens: the origin it printed ("Local: …"), and the port.
  registerInstance(process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`);
}
