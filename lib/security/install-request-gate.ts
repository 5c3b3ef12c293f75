import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { securityHeaders } from './headers.mjs';
import { gateRequest } from './request-gate';

/**
 * A check that sees a request before Next: it answers it, or calls `next()`
 * (at once or later) to hand it on to the following checks and then to Next.
 * The request gate is one; the search admission (lib/search/admission.ts)
 * is another.
 */
export type RequestCheck = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const INSTALLED = Symbol.for('the-lantern.request-gate');
type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
const serverProto = Server.prototype as Server & { [INSTALLED]?: RequestCheck[] };

/** Answers a request here, with the same security headers as every page. */
export function answer(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** The gate: lib/security/request-gate.ts decides, this applies it. */
export const requestGate: RequestCheck = (req, res, next) => {
  const verdict = gateRequest(req.method, req.url);
  if ('answer' in verdict) return answer(res, verdict.answer.status, verdict.answer.headers, verdict.answer.body);
  req.url = verdict.target;
  next();
};

/**
 * Runs `checks`, in order, on every request any HTTP server in this process
 * receives, before the server's own listeners (Next's). Next offers no hook
 * at that depth: its proxy runs after routing has begun, only for the paths
 * its matcher selects (a matcher cannot select by method), and costs about
 * as much as serving a cached page, so it cannot run on every request
 * (docs/performance.md). So, like OpenTelemetry's HTTP instrumentation, this
 * wraps `http.Server.prototype.emit` for 'request' events. It is installed
 * once per process by instrumentation.ts when the production server starts,
 * before Next handles its first request.
 */
export function installRequestChecks(checks: RequestCheck[]): () => void {
  if (serverProto[INSTALLED]) return () => {};
  serverProto[INSTALLED] = checks;
  const emit = serverProto.emit as Emit;
  const gated: Emit = function (event, ...args) {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    // The checks in order, each passing the request on to the next; Next gets it after the last.
    const checkFrom = (i: number): void => {
      if (i === checks.length) emit.call(this, event, ...args);
      else checks[i]!(req, res, () => checkFrom(i + 1));
    };
    checkFrom(0);
    return true;
  };
  serverProto.emit = gated as Server['emit'];
  // Tests take it off again; the server never does.
  return () => {
    serverProto.emit = emit as Server['emit'];
    delete serverProto[INSTALLED];
  };
}
