/**
 * `npm run live:end -- <story-slug>`: marks a live story ended (status: ended,
 * ended: now), so its page loses the LIVE badge, open tabs stop asking for
 * news and crawlers see the coverage end. It does not publish:
 * `npm run content:publish` does. CONTENT_DIR points it at another tree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { endLiveStory } from '../lib/content/live-scaffold';
import { liveFiles } from '../lib/content/schema/layout';
import { slugsIn } from '../lib/content/validation/load';
import { routes } from '../lib/routes';
import { exitWithUsage, parseCliWithPositionals } from './lib/cli';
import { contentDir, NEXT_STEP, shown, storyFile } from './lib/live';

const usage = `usage: npm run live:end -- <story-slug>

Marks a live story ended, as of now, and prints its site path on the last line.`;

const { values, positionals } = parseCliWithPositionals(usage, { help: { type: 'boolean', short: 'h' } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const fail = (message: string): never => exitWithUsage(message, usage);
if (positionals.length !== 1) fail('name one live story: npm run live:end -- <story-slug>');
const slug = positionals[0]!;
const story = storyFile(slug);
if (!story)
  fail(`there is no live story "${slug}". Live stories: ${slugsIn(contentDir, 'live').sort().join(', ') || '(none yet)'}`);
let ended: string;
try {
  ended = endLiveStory(readFileSync(story!, 'utf8'), new Date());
} catch (error) {
  fail(`${shown(liveFiles.story(slug))}: ${(error as Error).message}`);
}
writeFileSync(story!, ended!);
console.log(`Ended ${shown(liveFiles.story(slug))}.
${NEXT_STEP}
${routes.live.story(slug)}`);
