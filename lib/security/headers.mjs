// @ts-check
// Plain JavaScript so next.config.js can import it; types in headers.d.mts.
import { embedFrameOrigins } from '../embeds/origins.mjs';

/**
 * The Content-Security-Policy for every response. See docs/security.md for
 * why scripts need 'unsafe-inline': statically generated pages carry inline
 * RSC payload scripts whose contents change per page and per build, and
 * nonces would force every page to render per request.
 * @type {Record<string, string[]>}
 */
export const cspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  // Stylesheets only from our origin; no inline <style> element is allowed.
  // next/image writes style attributes (style="color:transparent"), and a
  // style attribute cannot run code, so only attributes are let through.
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  // Exactly the embed providers' frame hosts (lib/embeds/origins.mjs), which
  // load only when a reader clicks an embed's button; nothing else may frame.
  'frame-src': [...embedFrameOrigins],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Additions for `next dev` only. Next's development tools evaluate code
 * (React's stack reconstruction, hot reloading) and style their overlay and
 * indicator with inline <style> elements; under the production policy the
 * overlay showed unstyled and the console filled with violations. Never sent
 * by `next build` or `next start`: next.config.js picks the policy by Next's
 * phase, and tests/security-headers.test.ts pins the production policy.
 * @type {Record<string, string[]>}
 */
const developmentAdditions = {
  'script-src': ["'unsafe-eval'"],
  'style-src': ["'unsafe-inline'"],
};

/**
 * The policy for a mode: the production one, or in development the same
 * with `developmentAdditions` appended.
 * @param {'production' | 'development'} mode
 * @returns {Record<string, string[]>}
 */
function cspDirectivesFor(mode) {
  if (mode !== 'development') return cspDirectives;
  /** @type {Record<string, string[]>} */
  const merged = {};
  for (const [name, values] of Object.entries(cspDirectives)) merged[name] = [...values, ...(developmentAdditions[name] ?? [])];
  return merged;
}

/** @param {Record<string, string[]>} directives */
export function serializeCsp(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** Browser features the site never uses; denying them limits injected code too. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Every security header for a mode; see cspDirectivesFor.
 * @param {'production' | 'development'} mode
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeadersFor(mode) {
  return [{ key: 'Content-Security-Policy', value: serializeCsp(cspDirectivesFor(mode)) }, ...otherHeaders];
}

const otherHeaders = [
  // Two years, subdomains included: the value the HSTS preload list asks for.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: deniedFeatures.map((f) => `${f}=()`).join(', ') },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** What `next start` sends. */
export const securityHeaders = securityHeadersFor('production');
