/**
 * What `npm run new:article` and `npm run new:author` write: pure functions,
 * so the files they create are tested against the content checks.
 */

/** Longest slug we make from a headline; long URLs get cut in shares and search results. */
const MAX_SLUG_LENGTH = 60;

/** URL slug of a title: "Zürich's night train: a vote" → "zurichs-night-train-a-vote". */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '') // "mayor's" → "mayors", not "mayor-s"
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** A YAML string that survives any characters an editor types (JSON strings are YAML). */
export const quote = (text: string) => JSON.stringify(text);

/** Now, to the minute, in UTC: the form the checks and the guide use. */
export function isoMinute(now: Date): string {
  return `${now.toISOString().slice(0, 16)}:00Z`;
}

type ChoiceProblem = { field: string; value: string; valid: string[] };

/** A category or author that does not exist, with the ones that do. */
export function checkChoice(field: string, value: string, valid: string[]): ChoiceProblem | undefined {
  return valid.includes(value) ? undefined : { field, value, valid: [...valid].sort() };
}

export function describeChoiceProblem(p: ChoiceProblem): string {
  const list = p.valid.length ? p.valid.map((v) => `  ${v}`).join('\n') : '  (none yet)';
  return `"${p.value}" is not a known ${p.field}. Valid ${p.field === 'category' ? 'categories' : `${p.field}s`}:\n${list}`;
}

type NewArticle = {
  title: string;
  category: string;
  /** One author (`author:`), or several for a shared byline (`authors: [...]`). */
  authors: string[];
  /** Left out for news, the default. */
  genre?: string;
  now: Date;
  summary?: string;
  tags?: string[];
};

/**
 * A new article: valid frontmatter, a draft until the editor removes
 * `draft: true`, and placeholder text that says what goes where.
 */
export function renderArticle(a: NewArticle): string {
  const summary = a.summary?.trim() || 'One or two sentences that tell the reader what happened and why it matters.';
  return [
    '---',
    `title: ${quote(a.title.trim())}`,
    `summary: ${quote(summary)}`,
    `date: ${isoMinute(a.now)}`,
    `category: ${a.category}`,
    a.authors.length === 1 ? `author: ${a.authors[0]}` : `authors: [${a.authors.join(', ')}]`,
    ...(a.genre && a.genre !== 'news' ? [`genre: ${a.genre}`] : []),
    `tags: [${(a.tags ?? []).map(quote).join(', ')}]`,
    'draft: true',
    '---',
    '',
    'Write the story here: the news in the first paragraph, then the detail, the reaction and the background.',
    '',
  ].join('\n');
}

type NewAuthor = { name: string; role?: string; organization?: boolean };

export function renderAuthor(a: NewAuthor): string {
  return [
    '---',
    `name: ${quote(a.name.trim())}`,
    ...(a.role?.trim() ? [`role: ${quote(a.role.trim())}`] : []),
    `kind: ${a.organization ? 'organization' : 'person'}`,
    '---',
    '',
    `${a.name.trim()} writes for us. Replace this line with a short biography.`,
    '',
  ].join('\n');
}
