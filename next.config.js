// @ts-check
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { securityHeadersFor } from './lib/security/headers.mjs';

/**
 * @param {string} phase Next's phase: `next dev` runs PHASE_DEVELOPMENT_SERVER;
 *   `next build` and `next start` never do.
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  // The development CSP lets Next's dev tools run (docs/security.md); the
  // production one is the only one a build or `next start` can send.
  const headers = securityHeadersFor(phase === PHASE_DEVELOPMENT_SERVER ? 'development' : 'production');
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Next hashes the whole HTML of every response, in JavaScript, to make an
    // ETag: a fifth of the CPU time of serving a cached article (docs/performance.md).
    // Pages are cached by the CDN for 300 s and revalidated whole anyway.
    generateEtags: false,
    // A self-contained server for containers and multi-instance deploys (docs/deploy.md).
    output: 'standalone',
    // The content is read from disk at run time (lib/content/source.ts), so it
    // must travel with the standalone server.
    outputFileTracingIncludes: { '/**': ['./.contentlayer/generated/*/_index.json'] },
    // Only the indexes are read; the per-document copies would double the artifact.
    outputFileTracingExcludes: { '/**': ['./.contentlayer/generated/*/*.md.json', './.contentlayer/.cache/**'] },
    // ISR pages send `s-maxage=<revalidate>, stale-while-revalidate=<expire - revalidate>`:
    // a CDN may serve a page up to a day old while it refetches, never older.
    expireTime: 86400,
    // ISR cache that never stores 404s, so random URLs cannot fill disk and memory.
    cacheHandler: fileURLToPath(new URL('./lib/security/cache-handler.mjs', import.meta.url)),
    images: {
      // Only local images: nothing is ever fetched from another host.
      remotePatterns: [],
      formats: ['image/avif', 'image/webp'],
      deviceSizes: [390, 640, 828, 1080, 1280, 1600],
      imageSizes: [64, 96, 128, 256, 384],
    },
    // Every response, pages, assets and errors alike (docs/security.md).
    async headers() {
      return [{ source: '/:path*', headers }];
    },
  };
}
