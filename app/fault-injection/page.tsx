import { notFound } from 'next/navigation';

// Render per request so the environment is read at run time, not at build.
// So its 404 is Next's script-only error document: the server-rendered 404
// of app/_not-found/NotFoundPage.tsx needs a prerendered (ISR) route, and a
// page rendered per request has sent its 200 before the boundary fails.
// This route exists for the e2e suite only.
export const dynamic = 'force-dynamic';

/**
 * A page that fails on purpose, so e2e tests can prove that a production error
 * shows the friendly page and no details. It exists only when the server is
 * started with FAULT_INJECTION=1; everywhere else it is a 404.
 */
export default function FaultInjection() {
  if (process.env.FAULT_INJECTION !== '1') notFound();
  throw new Error('Injected fault: SECRET-DETAIL-7f3a must stay in the server log');
}
