/**
 * `npm run new:author -- --name "Amara Okafor" [--role "…"] [--organization]`:
 * writes content/authors/<slug>.md. CONTENT_DIR points it at another tree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { renderAuthor, slugify } from '../lib/content/scaffold';
import { newFilePath, slugsIn } from '../lib/content/validation/load';
import { exitWithUsage, parseCli } from './lib/cli';

const usage = `usage: npm run new:author -- --name "Full Name" [options]

Creates content/authors/<slug>.md. See docs/editing.md.

  --name "…"         the byline (required); the slug is made from it
  --role "…"         job title, such as "Foreign editor"
  --organization     an agency or desk rather than a person
  --slug custom-slug the address instead of one made from the name
  -h, --help         print this and exit`;

function fail(message: string): never {
  return exitWithUsage(message, usage);
}

const values = parseCli(usage, {
  name: { type: 'string' },
  role: { type: 'string' },
  organization: { type: 'boolean' },
  slug: { type: 'string' },
});

const { name } = values;
if (!name?.trim()) fail('--name is required.');
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const slug = slugify(values.slug ?? name);
if (!slug) fail('the name has no letters or digits to make a slug from; pass --slug.');
if (slugsIn(contentDir, 'author').includes(slug))
  fail(`an author with the slug "${slug}" already exists; nothing was written. Pass --slug to choose another.`);

const file = newFilePath(contentDir, 'author', slug);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderAuthor({ name, role: values.role, organization: values.organization }), { flag: 'wx' });
console.log(`Created ${relative(process.cwd(), file)}.
Articles name this author with "author: ${slug}". Add a photo with avatar: /images/authors/${slug}.jpg
(the file goes in public/images/authors/) and avatarAlt. See docs/editing.md.`);
