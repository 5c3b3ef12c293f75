/**
 * `npm run live:post -- <story-slug> --author <slug> --body "…" [--title "…"] [--key] [--pinned]`:
 * adds a timestamped entry to a live story, one file of its own
 * (content/live/<slug>/entries/<id>.md) so editors posting at once never
 * conflict, and prints the entry's permalink on the last line. `--pinned`
 * unpins the story's previously pinned entry. It does not publish:
 * `npm run content:publish` does. CONTENT_DIR points it at another tree.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entryId, isLiveStorySource, isPinnedSource, renderLiveEntry, unpinSource } from '../lib/content/live-scaffold';
import { checkChoice, describeChoiceProblem } from '../lib/content/scaffold';
import { liveFiles } from '../lib/content/schema/layout';
import { slugsIn } from '../lib/content/validation/load';
import { routes } from '../lib/routes';
import { exitWithUsage, parseCliWithPositionals } from './lib/cli';
import { contentDir, entryIds, NEXT_STEP, shown, storyFile } from './lib/live';

const usage = `usage: npm run live:post -- <story-slug> --author <author> --body "…" [--title "…"] [--key] [--pinned]

Adds an entry, timestamped now, to a live story and prints its permalink on the last line.
  --title   a headline for the entry (needed with --key)
  --key     list it among the key events
  --pinned  keep it on top of the story (unpins the entry pinned before)`;

const { values, positionals } = parseCliWithPositionals(usage, {
  help: { type: 'boolean', short: 'h' },
  author: { type: 'string' },
  body: { type: 'string' },
  title: { type: 'string' },
  key: { type: 'boolean' },
  pinned: { type: 'boolean' },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const fail = (message: string): never => exitWithUsage(message, usage);
if (positionals.length !== 1) fail('name one live story: npm run live:post -- <story-slug> …');
const slug = positionals[0]!;
const story = storyFile(slug);
if (!story)
  fail(`there is no live story "${slug}". Live stories: ${slugsIn(contentDir, 'live').sort().join(', ') || '(none yet)'}`);
if (!isLiveStorySource(readFileSync(story!, 'utf8')))
  fail(`"${slug}" has ended; nothing was written. To reopen it, set status: live and remove its ended: line.`);
const authors = slugsIn(contentDir, 'author');
if (!values.author) fail(`--author is required. Valid authors: ${authors.sort().join(', ')}`);
const wrong = checkChoice('author', values.author!, authors);
if (wrong) fail(describeChoiceProblem(wrong));
if (!values.body?.trim()) fail('--body is required: the text of the entry (Markdown).');
if (values.key && !values.title?.trim()) fail('--key needs --title: the key-events list shows the title.');

const now = new Date();
const taken = entryIds(slug);
const id = entryId(now, values.author!, new Set(taken));
const unpinned: string[] = [];
if (values.pinned)
  for (const other of taken) {
    const file = join(contentDir, liveFiles.entry(slug, other));
    const source = readFileSync(file, 'utf8');
    if (isPinnedSource(source)) {
      writeFileSync(file, unpinSource(source));
      unpinned.push(liveFiles.entry(slug, other));
    }
  }
const file = join(contentDir, liveFiles.entry(slug, id));
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  renderLiveEntry({
    author: values.author!,
    body: values.body!,
    title: values.title,
    key: values.key,
    pinned: values.pinned,
    now,
  }),
  { flag: 'wx' },
);
for (const path of unpinned) console.log(`Unpinned ${shown(path)}.`);
console.log(`Added ${shown(liveFiles.entry(slug, id))}.
${NEXT_STEP}
${routes.live.entry(slug, id)}`);
