import type {
  BreadcrumbList,
  CollectionPage,
  ImageObject,
  NewsArticle,
  Organization,
  Person,
  ProfilePage,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import { genreInfo } from '@/lib/content/genres';
import type { Article, Author, Category } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';
import { articleImage } from './social-image';
import { serializeJsonForScript } from '@/lib/security/inline-json';

/** Structured data builders, typed by schema-dts, from the objects the page renders. */

export type Crumb = { name: string; path: string };

/** One JSON-LD document, as a page emits it. */
export type JsonLdData = WithContext<Thing>;

/** JSON-LD for a <script> element: the one inline-JSON serializer, so content cannot end the element. */
export function serializeJsonLd(data: unknown): string {
  return serializeJsonForScript(data);
}

function logo(): ImageObject {
  return { '@type': 'ImageObject', url: absoluteUrl(site.logo.src), width: `${site.logo.width}`, height: `${site.logo.height}` };
}

/** The publisher, referenced by @id from every other node. */
export function organization() {
  return {
    '@type': 'Organization',
    '@id': `${site.url}/#organization`,
    name: site.name,
    url: `${site.url}/`,
    logo: logo(),
  } as const satisfies Organization;
}

export function organizationJsonLd(): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...organization(), sameAs: site.social.map((s) => s.url) };
}

export function websiteJsonLd(): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(routes.search)}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site.url}/#website`,
    name: site.name,
    url: `${site.url}/`,
    inLanguage: site.locale,
    publisher: { '@id': `${site.url}/#organization` },
    potentialAction: search,
  };
}

/** A byline: a Person, or an Organization for agencies and desks, with its page on this site. */
export function authorThing(author: Author) {
  const sameAs = author.links.map((l) => l.url).filter((u) => /^https?:\/\//.test(u));
  const common = {
    name: author.name,
    url: absoluteUrl(author.path),
    ...(sameAs.length ? { sameAs } : {}),
    ...(author.avatar ? { image: absoluteUrl(author.avatar.src) } : {}),
  };
  return author.kind === 'organization'
    ? ({ '@type': 'Organization', ...common } as const satisfies Organization)
    : ({ '@type': 'Person', ...common } as const satisfies Person);
}

/**
 * A story as structured data: NewsArticle, or the subtype its genre names
 * (OpinionNewsArticle, AnalysisNewsArticle…; lib/content/genres.ts), with
 * every author of a shared byline, each a Person or an Organization.
 */
export function newsArticleJsonLd(article: Article, category: Category, authors: Author[]): WithContext<NewsArticle> {
  const url = absoluteUrl(article.path);
  const image = articleImage(article, category);
  return {
    '@context': 'https://schema.org',
    '@type': genreInfo[article.genre].schemaType,
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.date,
    dateModified: article.modified,
    author: authors.map(authorThing),
    publisher: organization(),
    image: [{ '@type': 'ImageObject', url: image.url, width: `${image.width}`, height: `${image.height}` }],
    articleSection: category.title,
    keywords: article.tags,
    inLanguage: site.locale,
    wordCount: article.wordCount,
    isAccessibleForFree: true,
  };
}

export function breadcrumbJsonLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: absoluteUrl(c.path),
    })),
  };
}

type CollectionInput = { name: string; description: string; path: string; articles: Pick<Article, 'path' | 'title'>[] };

/** A section, tag or other listing page, with the articles it shows in order. */
export function collectionPageJsonLd({ name, description, path, articles }: CollectionInput): WithContext<CollectionPage> {
  const url = absoluteUrl(path);
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name,
    description,
    inLanguage: site.locale,
    isPartOf: { '@id': `${site.url}/#website` },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: articles.map((a, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: absoluteUrl(a.path),
        name: a.title,
      })),
    },
  };
}

/** An author page: its main entity is the Person (or agency) behind the byline. */
export function profilePageJsonLd(author: Author): WithContext<ProfilePage> {
  const url = absoluteUrl(author.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: author.name,
    inLanguage: site.locale,
    isPartOf: { '@id': `${site.url}/#website` },
    mainEntity: { ...authorThing(author), ...(author.bioText ? { description: author.bioText } : {}) },
  };
}
