/**
 * Lighthouse SEO scores for the main page types, against a running server.
 *
 *   npx tsx bench/lighthouse-seo.ts [base-url] [path ...]
 *
 * Defaults: LIGHTHOUSE_BASE_URL or http://localhost:3000, and the paths in
 * LIGHTHOUSE_PATHS (comma-separated) or home, an article, a section and an
 * author page. Use a base URL whose host matches SITE_URL's: Lighthouse fails
 * canonical links that point at another domain. Prints one line per page
 * and exits non-zero if any score is below 100 or any page fails to load.
 */
import { runLighthouse } from './lib/lighthouse';

const defaultPaths = ['/', '/world/coastal-cities-flood-data-pact', '/world', '/author/elena-varga'];

const [argBase, ...argPaths] = process.argv.slice(2);
const base = (argBase ?? process.env.LIGHTHOUSE_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const paths = argPaths.length ? argPaths : (process.env.LIGHTHOUSE_PATHS?.split(',').filter(Boolean) ?? defaultPaths);

let failed = false;
const results = await runLighthouse(
  paths.map((p) => `${base}${p}`),
  ['seo'],
);
results.forEach((r, i) => {
  const pct = r.scores.seo ?? NaN;
  const status = r.runtimeError ? ` (${r.runtimeError})` : '';
  const failing = r.failing.seo;
  console.log(`${String(pct).padStart(3)}  ${paths[i]}${status}${failing.length ? `  failing: ${failing.join(', ')}` : ''}`);
  if (!(pct >= 100)) failed = true;
});
process.exit(failed ? 1 : 0);
