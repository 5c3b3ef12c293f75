// @ts-check
import { fileURLToPath } from 'node:url';
import { securityHeaders } from './lib/security/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
