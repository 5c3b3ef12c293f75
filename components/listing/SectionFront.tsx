import { JsonLd } from '@/components/seo/JsonLd';
import type { Listing } from '@/lib/content/listings';
import { collectionPageJsonLd } from '@/lib/seo/json-ld';
import { listingPath } from '@/lib/seo/metadata';
import type { Category } from '@/lib/content/types';
import { ListingView } from './ListingView';

export function SectionFront({ listing: { subject: category, page } }: { listing: Listing<Category> }) {
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd({
          name: category.title,
          description: category.description ?? '',
          path: listingPath(category.path, page.page),
          articles: page.items.map((i) => i.article),
        })}
      />
      <ListingView
        crumbs={[
          { name: 'Home', path: '/' },
          { name: category.title, path: category.path },
        ]}
        label="Section"
        title={category.title}
        intro={category.description && <p className="mt-3 max-w-2xl font-serif text-xl text-muted">{category.description}</p>}
        page={page}
        basePath={category.path}
        showCategory={false}
      />
    </>
  );
}
