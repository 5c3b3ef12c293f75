import { JsonLd } from '@/components/seo/JsonLd';
import type { Listing } from '@/lib/content/listings';
import { profilePageJsonLd } from '@/lib/seo/json-ld';
import type { Author } from '@/lib/content/types';
import { AuthorProfile } from './AuthorProfile';
import { ListingView } from './ListingView';

export function AuthorPage({ listing: { subject: author, page } }: { listing: Listing<Author> }) {
  return (
    <>
      <JsonLd data={profilePageJsonLd(author)} />
      <ListingView
        crumbs={[
          { name: 'Home', path: '/' },
          { name: author.name, path: author.path },
        ]}
        label={author.kind === 'organization' ? 'Agency' : 'Author'}
        title={author.name}
        intro={page.page === 1 ? <AuthorProfile author={author} /> : undefined}
        page={page}
        basePath={author.path}
      />
    </>
  );
}
