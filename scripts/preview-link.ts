/**
 * `npm run preview:link -- <path> [--hours 24] [--base https://site.example]`:
 * prints a signed link that lets whoever opens it read one unpublished story
 * (a draft, or one scheduled for later) on the real site until the link
 * expires. The link is signed with the site's secret (LANTERN_SECRET, or
 * .data/secret next to a local server); its last line is the link.
 */
import { grantPreview } from '../lib/preview/token';
import { routes } from '../lib/routes';
import { siteSecret } from '../lib/secret';
import { site } from '../lib/site';
import { exitWithUsage, parseCliWithPositionals } from './lib/cli';

const usage = `Usage: npm run preview:link -- <path> [--hours 24] [--base ${site.url}]

  <path>    the story's address on the site, e.g. /world/floods-close-the-coast-road
  --hours   how long the link works (default 24, at most 720)
  --base    the site's address (default SITE_URL, now ${site.url})`;

const flags = parseCliWithPositionals(usage, {
  hours: { type: 'string' },
  base: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
if (flags.values.help) {
  console.log(usage);
  process.exit(0);
}
const [path] = flags.positionals;
if (!path || !path.startsWith('/') || flags.positionals.length > 1)
  exitWithUsage('Give one site path, starting with "/".', usage);
const hours = Number(flags.values.hours ?? 24);
if (!Number.isFinite(hours) || hours <= 0 || hours > 720) exitWithUsage('--hours must be a number above 0, at most 720.', usage);
const base = (flags.values.base ?? site.url).replace(/\/+$/, '');
const expires = Date.now() + Math.round(hours * 3_600_000);
const grant = grantPreview(path, expires, siteSecret());
const query = new URLSearchParams({ path, expires: String(expires), signature: grant.signature });
console.log(`Preview of ${path}, valid until ${new Date(expires).toISOString()}:`);
console.log(`${base}${routes.api.preview}?${query}`);
