import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { securityHeaders } from './headers.mjs';
import { gateRequest } from './request-gate';

/**
 * A check that sees a request first and may answer it: true when it did.
 * The request gate is one; the search admission (lib/search/admission.ts)
 * is another.
 */
export type RequestCheck = (req: IncomingMessage, res: ServerResponse) => boolean;

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
export const requestGate: RequestCheck = (req, res) => {
  const verdict = gateRequest(req.method, req.url);
  if ('answer' in verdict) {
    answer(res, verdict.answer.status, verdict.answer.headers, verdict.answer.body);
    return true;
  }
  req.url = verdict.target;
  return false;
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
export function installRequestChecks(checks: RequestCheck[]): void {
  if (serverProto[INSTALLED]) return;
  serverProto[INSTALLED] = checks;
  const emit = serverProto.emit as Emit;
  const gated: Emit = function (event, ...args) {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      for (const check of checks) if (check(req, res)) return true;
    }
    return emit.call(this, event, ...args);
  };
  serverProto.emit = gated as Server['emit'];
}
