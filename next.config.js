// @ts-check
import { availableParallelism } from 'node:os';
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
    // Types are checked once, by `npm run typecheck` (first in `npm test` and CI),
    // over the whole project; `next build` need not check them again.
    typescript: { ignoreBuildErrors: true },
    // Next hashes the whole HTML of every response, in JavaScript, to make an
    // ETag: a fifth of the CPU time of serving a cached article (docs/performance.md).
    // Pages are cached by the CDN for 300 s and revalidated whole anyway.
    generateEtags: false,
    // No `output: 'standalone'`: `npm start` (`next start`) serves the build from
    // the project folder, which is also where the server finds its content
    // store; the deployable artifact is that folder (docs/deploy.md,
    // docs/decisions/032-npm-start-serves-the-project-folder.md).
    // ISR pages send `s-maxage=<revalidate>, stale-while-revalidate=<expire - revalidate>`:
    // a CDN may serve a page up to a day old while it refetches, never older.
    expireTime: 86400,
    // ISR cache that hears every publish and stores only successful responses (docs/security.md).
    cacheHandler: fileURLToPath(new URL('./lib/security/cache-handler.mjs', import.meta.url)),
    images: {
      // Only local images: nothing is ever fetched from another host.
      remotePatterns: [],
      formats: ['image/avif', 'image/webp'],
      deviceSizes: [390, 640, 828, 1080, 1280, 1600],
      imageSizes: [64, 96, 128, 256, 384],
    },
    // Static generation in at least two workers. Next's default, one fewer
    // than the cores, leaves a 2-core machine one worker rendering every
    // prerendered page while the build's main process waits (decision 070).
    experimental: { cpus: Math.max(2, availableParallelism() - 1) },
    // Every response, pages, assets and errors alike (docs/security.md).
    async headers() {
      return [{ source: '/:path*', headers }];
    },
  };
}
