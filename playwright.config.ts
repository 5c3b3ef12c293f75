import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // System Chromium when present (see e2e/browser.ts), else Playwright's own.
    launchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /(content-publish|live)\.spec/ },
    // Publishing changes content/ and the store under the running server, so
    // these run alone, after everything else has seen the sample content.
    {
      name: 'publishing',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /(content-publish|live)\.spec/,
      dependencies: ['chromium'],
      // One file at a time: they all write content/ and publish it.
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // The README's command, so every run checks it serves the build as documented.
        command: `npm start -- -p ${port} -H 127.0.0.1`,
        url: `${baseURL}/`,
        // Never a server that happens to be on the port (a stray one from an
        // earlier build would serve stale pages to the tests), unless asked:
        // E2E_REUSE_SERVER=1 with a server of the current build already running.
        reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
        timeout: 60_000,
        env: { SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000', FAULT_INJECTION: '1' },
      },
});
