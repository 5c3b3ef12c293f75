import { JsonLd } from '@/components/seo/JsonLd';
import type { Listing } from '@/lib/content/listings';
import { collectionPageJsonLd } from '@/lib/seo/json-ld';
import { listingPath } from '@/lib/seo/metadata';
import type { TagSummary } from '@/lib/content/queries';
import { tagPath } from '@/lib/content/tags';
import { ListingView } from './ListingView';

export function TagPage({ listing: { subject: tag, page } }: { listing: Listing<TagSummary> }) {
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd({
          name: tag.tag,
          description: `Articles about ${tag.tag}`,
          path: listingPath(tagPath(tag.tag), page.page),
          articles: page.items.map((i) => i.article),
        })}
      />
      <ListingView
        crumbs={[
          { name: 'Home', path: '/' },
          { name: tag.tag, path: tagPath(tag.tag) },
        ]}
        label="Topic"
        title={tag.tag}
        page={page}
        basePath={tagPath(tag.tag)}
      />
    </>
  );
}
