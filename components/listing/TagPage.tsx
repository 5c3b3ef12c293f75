import type { Listing } from '@/lib/content/listings';
import type { TagSummary } from '@/lib/content/queries';
import { tagPath } from '@/lib/content/tags';
import { ListingView } from './ListingView';

export function TagPage({ listing: { subject: tag, page } }: { listing: Listing<TagSummary> }) {
  return (
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
  );
}
