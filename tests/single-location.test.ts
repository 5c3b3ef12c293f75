import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { keepOneLocationHeader } from '@/lib/security/single-location';

/** A response whose appendHeader can be patched without touching Node's own prototype. */
function responseClass() {
  class Response extends ServerResponse {}
  // Its own copy of appendHeader, as on ServerResponse.prototype.
  Object.defineProperty(Response.prototype, 'appendHeader', {
    value: ServerResponse.prototype.appendHeader,
    writable: true,
    configurable: true,
  });
  return Response;
}
const make = (R: ReturnType<typeof responseClass>) => new R(new IncomingMessage(new Socket()));

describe('one Location header per redirect', () => {
  it('unpatched, a set then appended Location goes out twice (what Next does on a cache miss)', () => {
    const res = make(responseClass());
    res.setHeader('location', '/social-media/x');
    res.appendHeader('location', '/social-media/x');
    expect(res.getHeader('location')).toEqual(['/social-media/x', '/social-media/x']);
  });

  it('patched, an identical Location is not appended again; a different one still is', () => {
    const R = responseClass();
    keepOneLocationHeader(R.prototype);
    keepOneLocationHeader(R.prototype); // once is enough, twice is harmless
    const res = make(R);
    res.setHeader('location', '/social-media/x');
    res.appendHeader('Location', '/social-media/x');
    res.appendHeader('location', ['/social-media/x']);
    expect(res.getHeader('location')).toBe('/social-media/x');
    res.appendHeader('location', '/elsewhere');
    expect(res.getHeader('location')).toEqual(['/social-media/x', '/elsewhere']);
  });

  it('leaves other headers and a first Location alone', () => {
    const R = responseClass();
    keepOneLocationHeader(R.prototype);
    const res = make(R);
    res.appendHeader('location', '/a');
    res.appendHeader('vary', 'rsc');
    res.appendHeader('vary', 'rsc');
    expect(res.getHeader('location')).toEqual('/a');
    expect(res.getHeader('vary')).toEqual(['rsc', 'rsc']);
  });
});
