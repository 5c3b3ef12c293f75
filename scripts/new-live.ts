/**
 * `npm run new:live -- --title "…" --category <slug> --author <slug>`:
 * writes content/live/<slug>/index.md, a live story from now, and prints its
 * site path on the last line. It does not publish: `npm run content:publish`
 * does (docs/editing.md). CONTENT_DIR points it at another content tree.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderLiveStory } from '../lib/content/live-scaffold';
import { checkChoice, describeChoiceProblem, slugify } from '../lib/content/scaffold';
import { liveFiles } from '../lib/content/schema/layout';
import { slugsIn } from '../lib/content/validation/load';
import { routes } from '../lib/routes';
import { exitWithUsage, parseCli } from './lib/cli';
import { contentDir, NEXT_STEP, shown } from './lib/live';

const usage = `usage: npm run new:live -- --title "Headline" --category <section> --author <author> [--summary "…"] [--tag Tag]… [--slug custom-slug]

Creates a live story (status: live, coverage starting now) in content/live/<slug>/index.md
and prints its site path on the last line. Post entries with \`npm run live:post\`.`;

const values = parseCli(usage, {
  help: { type: 'boolean', short: 'h' },
  title: { type: 'string' },
  category: { type: 'string' },
  author: { type: 'string' },
  summary: { type: 'string' },
  tag: { type: 'string', multiple: true },
  slug: { type: 'string' },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const fail = (message: string): never => exitWithUsage(message, usage);
const { title, category, author } = values;
if (!title?.trim()) fail('--title is required.');
const categories = slugsIn(contentDir, 'category');
const authors = slugsIn(contentDir, 'author');
if (!category) fail(`--category is required. Valid categories: ${categories.sort().join(', ')}`);
if (!author) fail(`--author is required. Valid authors: ${authors.sort().join(', ')}`);
const wrong = [checkChoice('category', category!, categories), checkChoice('author', author!, authors)].filter((p) => !!p);
if (wrong.length) fail(wrong.map(describeChoiceProblem).join('\n'));

const slug = slugify(values.slug ?? title!);
if (!slug) fail('the title has no letters or digits to make a slug from; pass --slug.');
const file = join(contentDir, liveFiles.story(slug));
if (existsSync(dirname(file)))
  fail(`a live story "${slug}" already exists (${shown(`live/${slug}`)}); nothing was written. Pass --slug to choose another.`);

mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  renderLiveStory({
    title: title!,
    category: category!,
    author: author!,
    summary: values.summary,
    tags: values.tag,
    now: new Date(),
  }),
  { flag: 'wx' },
);
console.log(`Created ${shown(liveFiles.story(slug))}: a live story, coverage starting now.
Post entries with \`npm run live:post -- ${slug} --author ${author} --body "…"\`; end it with \`npm run live:end -- ${slug}\`.
${NEXT_STEP}
${routes.live.story(slug)}`);
