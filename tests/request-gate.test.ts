import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installRequestChecks, requestGate } from '@/lib/security/install-request-gate';
import { gateRequest } from '@/lib/security/request-gate';

describe('gateRequest', () => {
  it.each(['GET', 'HEAD', 'get'])('passes %s on a path', (method) => {
    expect(gateRequest(method, '/world/story?x=1')).toEqual({ target: '/world/story?x=1' });
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT', 'SEARCH', '', undefined])(
    'answers %s with 405 and Allow, whatever the target',
    (method) => {
      for (const target of ['/world/feed.xml', '*', 'http://evil.example/world']) {
        const verdict = gateRequest(method, target);
        expect('answer' in verdict && verdict.answer.status).toBe(405);
        expect('answer' in verdict && verdict.answer.headers.Allow).toBe('GET, HEAD');
        expect('answer' in verdict && verdict.answer.headers['Cache-Control']).toBe('no-store');
      }
    },
  );

  it.each([
    ['http://evil.example/world', '/world'],
    ['HTTPS://evil.example:8443/world/x?q=1', '/world/x?q=1'],
    ['http://evil.example', '/'],
    ['http://evil.example?q=1', '/?q=1'],
    ['http://evil.example//other.example/x', '//other.example/x'],
  ])('serves the absolute-form target %s as its path %s', (target, path) => {
    expect(gateRequest('GET', target)).toEqual({ target: path });
  });

  it.each(['*', 'evil.example:443', 'ftp://evil.example/x', 'world', ''])('answers the target %s with 400', (target) => {
    const verdict = gateRequest('GET', target);
    expect('answer' in verdict && verdict.answer.status).toBe(400);
  });
});

describe('installRequestChecks on a real HTTP server', () => {
  let server: Server;
  let port: number;
  let uninstall: () => void;
  const seen: string[] = [];

  beforeAll(async () => {
    uninstall = installRequestChecks([requestGate]);
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.end('next');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  // The gate patches every HTTP server in the process: take it off for the next test file.
  afterAll(() => {
    server.close();
    uninstall();
  });

  /** One raw request, so the request line can be anything. */
  const raw = (line: string, body = '') =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: ${body.length}\r\n\r\n${body}`),
      );
      let out = '';
      socket.on('data', (d) => (out += d));
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });

  it('answers a refused method itself, with the security headers, and the server never sees it', async () => {
    seen.length = 0;
    for (const method of ['DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'POST']) {
      const response = await raw(`${method} /world/feed.xml HTTP/1.1`, method === 'POST' ? 'x=1' : '');
      expect(response).toMatch(/^HTTP\/1\.1 405 /);
      expect(response).toMatch(/\r\nallow: GET, HEAD\r\n/i);
      expect(response).toMatch(/\r\ncontent-security-policy: default-src 'self'/i);
    }
    expect(seen).toEqual([]);
  });

  it('hands GET and HEAD on, with an absolute-form target turned into its path', async () => {
    seen.length = 0;
    expect(await raw('GET http://evil.example/world?x=1 HTTP/1.1')).toMatch(/^HTTP\/1\.1 200 /);
    await new Promise<void>((resolve) =>
      httpRequest({ port, host: '127.0.0.1', method: 'HEAD', path: '/world' }, (res) => res.resume().on('end', resolve)).end(),
    );
    expect(seen).toEqual(['GET /world?x=1', 'HEAD /world']);
  });

  it('answers OPTIONS * with 405 and GET * with 400, never reaching the server', async () => {
    seen.length = 0;
    expect(await raw('OPTIONS * HTTP/1.1')).toMatch(/^HTTP\/1\.1 405 /);
    expect(await raw('GET * HTTP/1.1')).toMatch(/^HTTP\/1\.1 400 /);
    expect(seen).toEqual([]);
  });

  it('is installed once, however often it is asked', async () => {
    installRequestChecks([requestGate]);
    installRequestChecks([requestGate]);
    seen.length = 0;
    expect(await raw('GET /once HTTP/1.1')).toMatch(/^HTTP\/1\.1 200 [^]*next$/);
    const refused = await raw('DELETE /once HTTP/1.1');
    expect(refused.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(seen).toEqual(['GET /once']);
  });
});
