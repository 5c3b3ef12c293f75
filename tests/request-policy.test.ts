import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { checkRequest, MAX_PATH_LENGTH } from '@/lib/security/request-policy';

describe('checkRequest', () => {
  it.each(['GET', 'HEAD', 'get'])('lets %s through', (method) => {
    expect(checkRequest(method, '/world/story')).toBeUndefined();
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])('answers %s with 405 and Allow', (method) => {
    const rejection = checkRequest(method, '/world/story');
    expect(rejection?.status).toBe(405);
    expect(rejection?.headers.Allow).toBe('GET, HEAD');
  });

  it.each(['/world/%E0%A4%A', '/%', '/a/%zz', '/%C0%AF'])('answers malformed percent-encoding %s with 400', (path) => {
    expect(checkRequest('GET', path)?.status).toBe(400);
  });

  it('answers a path longer than the limit with 414, and lets the limit itself through', () => {
    expect(checkRequest('GET', `/${'a'.repeat(MAX_PATH_LENGTH)}`)?.status).toBe(414);
    expect(checkRequest('GET', `/${'a'.repeat(MAX_PATH_LENGTH - 1)}`)).toBeUndefined();
  });

  it('lets well-formed encoded paths through, traversal included: routing 404s those', () => {
    expect(checkRequest('GET', '/caf%C3%A9')).toBeUndefined();
    expect(checkRequest('GET', '/..%2f..%2fetc%2fpasswd')).toBeUndefined();
  });
});

describe('the proxy matcher', () => {
  const sources = config.matcher.map((m) => (typeof m === 'string' ? m : m.source));

  it('sends every path longer than MAX_PATH_LENGTH to the proxy (the matcher must be a literal)', () => {
    expect(sources).toContain(`/(.{${MAX_PATH_LENGTH},})`);
  });

  it('sends every request that can carry a payload, an action or a preflight to the proxy', () => {
    const headers = config.matcher.flatMap((m) => (typeof m === 'string' ? [] : (m.has ?? []).map((h) => h.key)));
    expect(headers.sort()).toEqual([
      'access-control-request-method',
      'content-length',
      'content-type',
      'next-action',
      'transfer-encoding',
    ]);
  });
});
