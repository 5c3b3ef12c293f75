import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'contentlayer/generated': fileURLToPath(new URL('./.contentlayer/generated/index.mjs', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // PostgreSQL stores are created and dropped per suite (tests/helpers/store.ts).
    hookTimeout: 60_000,
    // Some tests run the editors' commands as processes, slow on a busy machine.
    testTimeout: 30_000,
  },
});
