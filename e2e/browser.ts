import { existsSync } from 'node:fs';

/**
 * A system Chromium when one is found (CHROMIUM_PATH, or Debian's
 * /usr/bin/chromium), else undefined so Playwright uses its own browser.
 */
export const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);

/** Flags for containers and closed networks: no sandbox as root, no background calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchOptions = systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : {};
