import { AuthorProfile } from '@/components/author/AuthorProfile';
import type { ListingPageModel } from '@/lib/pages/listing';
import { ListingView } from './ListingView';

/** A section front, an author's page or a topic page: one shape, with an introduction that suits the subject. */
export function ListingPage({ model }: { model: ListingPageModel }) {
  const { subject, page } = model;
  const intro =
    subject.kind === 'author' ? (
      page.page === 1 ? (
        <AuthorProfile author={subject.value} />
      ) : undefined
    ) : subject.kind === 'section' && subject.value.description ? (
      <p className="mt-3 max-w-2xl font-serif text-xl text-muted">{subject.value.description}</p>
    ) : undefined;
  return (
    <ListingView
      crumbs={model.crumbs}
      label={model.label}
      title={model.title}
      intro={intro}
      page={page}
      basePath={model.basePath}
      // A section's own front needs no section label on each card.
      showCategory={subject.kind !== 'section'}
    />
  );
}
