import { cacheTags } from '@/lib/cache/tags';
import type { Range, Slice, TagSummary } from '@/lib/content/repository';
import type { ArticleSummary, Author, Category } from '@/lib/content/types';
import { listingPath, parsePageNumber, routes } from '@/lib/routes';
import { breadcrumbJsonLd, collectionPageJsonLd, profilePageJsonLd } from '@/lib/seo/json-ld';
import { authorMetadata, sectionMetadata, tagMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { withSections, type Context, type Crumb, type ListedArticle, type PageModel, type Repository } from './model';

export type Page<T> = { items: T[]; page: number; totalPages: number; totalItems: number; pageSize: number };

type Subject = { kind: 'section'; value: Category } | { kind: 'author'; value: Author } | { kind: 'tag'; value: TagSummary };

export type ListingPageModel = PageModel & {
  subject: Subject;
  /** The page's h1, and the kicker above it. */
  title: string;
  label: string;
  crumbs: Crumb[];
  page: Page<ListedArticle>;
  /** The listing's own address; page N is listingPath(basePath, N). */
  basePath: string;
};

/**
 * The page number a listing address asks for: undefined (a 404) for "/page/1"
 * (page 1 lives only at the listing's own address) and for anything that is
 * not a canonical page number.
 */
export function listingPageNumber(pageParam: string | undefined): number | undefined {
  if (pageParam === undefined) return 1;
  const n = parsePageNumber(pageParam);
  return n !== undefined && n > 1 ? n : undefined;
}

type Spec = {
  subject: Subject | undefined;
  /** The subject's published stories in a range, newest first. */
  stories: (range: Range) => Promise<Slice<ArticleSummary>>;
  tag: string;
};

/**
 * One page of a listing, or undefined (→ 404) for an unknown subject, an odd
 * page number or a page past the end. Page 1 always exists, even empty.
 */
async function listing(repo: Repository, spec: Spec, pageParam: string | undefined): Promise<ListingPageModel | undefined> {
  const pageNumber = listingPageNumber(pageParam);
  if (!spec.subject || pageNumber === undefined) return undefined;
  const pageSize = site.pageSize;
  const { items, total } = await spec.stories({ offset: (pageNumber - 1) * pageSize, limit: pageSize });
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  if (pageNumber > totalPages) return undefined;
  const page = { items: await withSections(repo, items), page: pageNumber, totalPages, totalItems: total, pageSize };
  const { subject } = spec;
  const shape = describe(subject);
  const crumbs: Crumb[] = [
    { name: 'Home', path: routes.home },
    { name: shape.title, path: shape.basePath },
  ];
  const path = listingPath(shape.basePath, pageNumber);
  return {
    subject,
    title: shape.title,
    label: shape.label,
    crumbs,
    page,
    basePath: shape.basePath,
    metadata: shape.metadata(pageNumber),
    jsonLd: [
      subject.kind === 'author'
        ? profilePageJsonLd(subject.value)
        : collectionPageJsonLd({ name: shape.title, description: shape.description, path, articles: items }),
      breadcrumbJsonLd(crumbs),
    ],
    tags: [cacheTags.site, spec.tag],
  };
}

function describe(subject: Subject) {
  switch (subject.kind) {
    case 'section':
      return {
        title: subject.value.title,
        label: 'Section',
        basePath: subject.value.path,
        description: subject.value.description ?? '',
        metadata: (page: number) => sectionMetadata(subject.value, page),
      };
    case 'author':
      return {
        title: subject.value.name,
        label: subject.value.kind === 'organization' ? 'Agency' : 'Author',
        basePath: subject.value.path,
        description: subject.value.bioText,
        metadata: (page: number) => authorMetadata(subject.value, page),
      };
    case 'tag':
      return {
        title: subject.value.tag,
        label: 'Topic',
        basePath: routes.tag(subject.value.slug),
        description: `Articles about ${subject.value.tag}`,
        metadata: (page: number) => tagMetadata(subject.value, page),
      };
  }
}

/** `pageParam` is the N of a `/…/page/N` address, or undefined at the listing's own address. */
export async function sectionPage(repo: Repository, slug: string, pageParam: string | undefined, { now }: Context) {
  const category = await repo.category(slug);
  return listing(
    repo,
    {
      subject: category && { kind: 'section', value: category },
      stories: (range) => repo.inSection(slug, now, range),
      tag: cacheTags.section(slug),
    },
    pageParam,
  );
}

export async function authorPage(repo: Repository, slug: string, pageParam: string | undefined, { now }: Context) {
  const author = await repo.author(slug);
  return listing(
    repo,
    {
      subject: author && { kind: 'author', value: author },
      stories: (range) => repo.byAuthor(slug, now, range),
      tag: cacheTags.author(slug),
    },
    pageParam,
  );
}

export async function tagPage(repo: Repository, slug: string, pageParam: string | undefined, { now }: Context) {
  const tag = await repo.tag(slug, now);
  return listing(
    repo,
    { subject: tag && { kind: 'tag', value: tag }, stories: (range) => repo.withTag(slug, now, range), tag: cacheTags.tag(slug) },
    pageParam,
  );
}

/**
 * Page numbers 2..n to prerender for a list of `total` items. Deep archive
 * pages beyond `limit` render on first request instead.
 */
export function extraPageNumbers(total: number, limit = 5): string[] {
  const pages = Math.min(Math.ceil(total / site.pageSize), limit);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => String(i + 2));
}
