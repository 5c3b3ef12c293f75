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

/** @param {Record<string, string[]>} directives */
export function serializeCsp(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** Browser features the site never uses; denying them limits injected code too. */
export const deniedFeatures = [
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

/** @type {{ key: string, value: string }[]} */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: serializeCsp(cspDirectives) },
  // Two years, subdomains included: the value the HSTS preload list asks for.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: deniedFeatures.map((f) => `${f}=()`).join(', ') },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
];
