import { checkMethod, type Rejection } from './request-policy';

/**
 * What happens to a request before Next sees it: answered here (`answer`),
 * or passed on with its request target in origin form (`target`, a path
 * starting with "/").
 */
type GateVerdict = { answer: Rejection } | { target: string };

const ABSOLUTE_FORM = /^https?:\/\/[^/?#]*/i;

/**
 * The path a request target asks for, or undefined when it names none. An
 * absolute-form target (`GET http://evil.example/world HTTP/1.1`) is served
 * as its path: the site ignores the host it is asked for (lib/site.ts has
 * its one address), so the target's host is dropped like a Host header.
 */
function targetPath(url: string): string | undefined {
  if (url.startsWith('/')) return url;
  const authority = ABSOLUTE_FORM.exec(url);
  if (!authority) return undefined;
  const rest = url.slice(authority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * The first check of every request, on the HTTP server itself
 * (lib/security/install-request-gate.ts), so it costs a string comparison
 * and nothing Next does can be reached by a request that fails it:
 *
 * - a method other than GET or HEAD is answered 405 with Allow, whatever the
 *   path, with or without a body: Next rendered route handlers with such
 *   methods and stored the result as the page (docs/security.md);
 * - an absolute-form target (`GET http://evil.example/world HTTP/1.1`,
 *   legal HTTP that proxies send) is served as its path: Next built its
 *   redirects from the target's host, so a 308 could leave the site;
 * - any other target that is not a path (`*`, authority form) is a 400:
 *   Next failed on `OPTIONS *` with a 500.
 */
export function gateRequest(method: string | undefined, target: string | undefined): GateVerdict {
  const url = target ?? '';
  const path = targetPath(url);
  const refused = checkMethod(method ?? '', path?.split(/[?#]/)[0]);
  if (refused) return { answer: refused };
  if (path !== undefined) return { target: path };
  return {
    answer: {
      status: 400,
      body: 'Bad Request',
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  };
}
