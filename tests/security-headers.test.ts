import { PHASE_DEVELOPMENT_SERVER, PHASE_EXPORT, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import { cspDirectives, securityHeaders, securityHeadersFor, serializeCsp } from '@/lib/security/headers.mjs';

const header = (key: string) => securityHeaders.find((h) => h.key === key)?.value;

function parseCsp(value: string): Map<string, string[]> {
  return new Map(
    value.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('Content-Security-Policy', () => {
  const csp = parseCsp(header('Content-Security-Policy') ?? '');

  it.each([
    ['default-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
  ])('sets %s exactly', (name, values) => {
    expect(csp.get(name)).toEqual(values);
  });

  it('allows scripts from our origin only, never eval or another host', () => {
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((s) => /^(https?:|\*|data:|blob:)/.test(s))).toEqual([]);
  });

  it('allows inline style attributes but no inline or foreign stylesheets', () => {
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('frames exactly the embed providers’ hosts, YouTube only on its privacy-enhanced host', () => {
    expect(csp.get('frame-src')).toEqual([
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
      'https://platform.twitter.com',
      'https://www.instagram.com',
      'https://embed.bsky.app',
      'https://mastodon.social',
      'https://mastodon.online',
      'https://mstdn.social',
      'https://journa.host',
      'https://newsie.social',
      'https://datawrapper.dwcdn.net',
      'https://flo.uri.sh',
    ]);
  });

  it('names no other host, wildcard or scheme source in any other directive', () => {
    for (const [name, values] of csp) {
      if (name === 'frame-src') continue;
      expect(
        values.filter((v) => /^(https?:|\*|blob:|wss?:)|\./.test(v)),
        name,
      ).toEqual([]);
    }
    expect(csp.has('child-src')).toBe(false);
  });

  it('serializes directives in order, separated by semicolons', () => {
    expect(serializeCsp({ a: ['x'], b: ['y', 'z'] })).toBe('a x; b y z');
    expect(csp.size).toBe(Object.keys(cspDirectives).length);
  });
});

describe('other security headers', () => {
  it('sets HSTS for two years with subdomains and preload', () => {
    expect(header('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains; preload');
  });

  it('forbids MIME sniffing and limits the referrer', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('denies the browser features the site does not use', () => {
    const policy = header('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'])
      expect(policy).toContain(`${feature}=()`);
    expect(policy).not.toMatch(/=\((?!\))/);
  });
});

describe('production and development policies', () => {
  // The exact policy `next build` and `next start` send. A change here is a
  // change to what readers' browsers enforce: update docs/security.md with it.
  const PRODUCTION_CSP =
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; media-src 'self'; manifest-src 'self'; " +
    "worker-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://platform.twitter.com " +
    'https://www.instagram.com https://embed.bsky.app https://mastodon.social https://mastodon.online https://mstdn.social ' +
    'https://journa.host https://newsie.social https://datawrapper.dwcdn.net https://flo.uri.sh; ' +
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  const cspOf = (headers: { key: string; value: string }[]) => headers.find((h) => h.key === 'Content-Security-Policy')?.value;

  it('production sends exactly the strict policy', () => {
    expect(header('Content-Security-Policy')).toBe(PRODUCTION_CSP);
    expect(securityHeadersFor('production')).toEqual(securityHeaders);
  });

  it('development adds only eval and inline style elements, for Next’s dev tools', () => {
    const dev = parseCsp(cspOf(securityHeadersFor('development'))!);
    const prod = parseCsp(PRODUCTION_CSP);
    expect([...dev.keys()]).toEqual([...prod.keys()]);
    for (const [name, values] of prod) {
      const added = dev.get(name)!.filter((v) => !values.includes(v));
      expect(dev.get(name)!.slice(0, values.length), name).toEqual(values);
      expect(added, name).toEqual(name === 'script-src' ? ["'unsafe-eval'"] : name === 'style-src' ? ["'unsafe-inline'"] : []);
    }
    expect(securityHeadersFor('development').filter((h) => h.key !== 'Content-Security-Policy')).toEqual(
      securityHeaders.filter((h) => h.key !== 'Content-Security-Policy'),
    );
  });

  it('next.config.js sends the development policy only from `next dev`', async () => {
    const configFile = '../next.config.js'; // plain JavaScript, no types
    const { default: config } = (await import(/* @vite-ignore */ configFile)) as { default: (phase: string) => NextConfig };
    const served = async (phase: string) => {
      const rules = await config(phase).headers!();
      return cspOf(rules[0]!.headers);
    };
    for (const phase of [PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER, PHASE_EXPORT, 'anything-else'])
      expect(await served(phase), phase).toBe(PRODUCTION_CSP);
    expect(await served(PHASE_DEVELOPMENT_SERVER)).toBe(cspOf(securityHeadersFor('development')));
  });
});
