/**
 * `npm run new:article -- --title "…" --category world --author <slug> [--author <slug>]… [--genre opinion]`:
 * writes content/articles/<slug>.md as a draft with valid frontmatter.
 * CONTENT_DIR points it at another content tree (the tests use a temp one).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { checkChoice, describeChoiceProblem, renderArticle, slugify } from '../lib/content/scaffold';
import { genres } from '../lib/content/schema/contract';
import { newFilePath, slugsIn } from '../lib/content/validation/load';
import { exitWithUsage, parseCli } from './lib/cli';

const usage = `usage: npm run new:article -- --title "Headline" --category <section> --author <author> [options]

Creates content/articles/<slug>.md as a draft (draft: true, dated now). See docs/editing.md.

  --title "…"        the headline (required); the slug is made from it
  --category <slug>  the section, a file in content/categories/ (required)
  --author <slug>    the author, a file in content/authors/ (required);
                     repeat it for a shared byline, in byline order
  --genre <genre>    analysis, opinion, explainer or review (news when left out)
  --summary "…"      the standfirst
  --tag Tag          a topic; repeat for several
  --slug custom-slug the address instead of one made from the title
  -h, --help         print this and exit`;

function fail(message: string): never {
  return exitWithUsage(message, usage);
}

const values = parseCli(usage, {
  title: { type: 'string' },
  category: { type: 'string' },
  author: { type: 'string', multiple: true },
  genre: { type: 'string' },
  summary: { type: 'string' },
  tag: { type: 'string', multiple: true },
  slug: { type: 'string' },
});

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const { title, category } = values;
const bylines = values.author ?? [];
if (!title?.trim()) fail('--title is required.');
const categories = slugsIn(contentDir, 'category');
const authors = slugsIn(contentDir, 'author');
if (!category) fail(`--category is required. Valid categories: ${categories.sort().join(', ')}`);
if (!bylines.length) fail(`--author is required (repeat it for a shared byline). Valid authors: ${authors.sort().join(', ')}`);
const wrong = [
  checkChoice('category', category, categories),
  ...bylines.map((a) => checkChoice('author', a, authors)),
  ...(values.genre ? [checkChoice('genre', values.genre, [...genres])] : []),
].filter((p) => !!p);
if (new Set(bylines).size !== bylines.length) fail('an author is given twice.');
if (wrong.length) fail(wrong.map(describeChoiceProblem).join('\n'));

const slug = values.slug ? slugify(values.slug) : slugify(title);
if (!slug) fail('the title has no letters or digits to make a slug from; pass --slug.');
const file = newFilePath(contentDir, 'article', slug);
// Any article with this slug, in any subfolder, would claim the same URL.
if (slugsIn(contentDir, 'article').includes(slug))
  fail(`an article with the slug "${slug}" already exists; nothing was written. Choose another title or pass --slug.`);

mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  renderArticle({
    title,
    category,
    authors: bylines,
    genre: values.genre,
    summary: values.summary,
    tags: values.tag,
    now: new Date(),
  }),
  { flag: 'wx' },
);
console.log(`Created ${relative(process.cwd(), file)} (a draft).
Next: write the summary and story, preview it with \`npm run dev\` at /${category}/${slug},
then set date to the publication time and delete the line "draft: true". See docs/editing.md.`);
