import { NotFoundPage } from '@/app/_not-found/NotFoundPage';

// Render per request so the environment is read at run time, not at build.
export const dynamic = 'force-dynamic';

/**
 * A page that fails on purpose, so e2e tests can prove that a production error
 * shows the friendly page and no details. It exists only when the server is
 * started with FAULT_INJECTION=1; everywhere else it is a 404.
 */
export default function FaultInjection() {
  if (process.env.FAULT_INJECTION !== '1') return <NotFoundPage />;
  throw new Error('Injected fault: SECRET-DETAIL-7f3a must stay in the server log');
}
