import { SearchCombobox } from '@/components/search/SearchCombobox.client';
import { MAX_QUERY_LENGTH } from '@/lib/search/params';

type Props = {
  defaultValue?: string;
  id?: string;
  /** "masthead" sits on the dark header; "page" on the page background. */
  variant?: 'masthead' | 'page';
  /** Names the search landmark when a page has more than one. */
  landmark?: string;
};

const LABEL = 'Hi, what are you looking for?';
/** Short enough to show whole in the narrowest box (320 px phone, 404 page). */
const PLACEHOLDER = 'Search stories';

/**
 * A plain GET form to /search: it works with JavaScript off. With JavaScript
 * on, the input becomes a combobox that suggests articles as the reader types.
 */
export function SearchForm({ defaultValue, id = 'site-search', variant = 'masthead', landmark }: Props) {
  const edge = variant === 'masthead' ? 'border-white/40' : 'border-field-edge';
  return (
    <form role="search" aria-label={landmark} action="/search" method="get" className="flex w-full max-w-md items-stretch">
      <label htmlFor={id} className="sr-only">
        {LABEL}
      </label>
      <SearchCombobox
        id={id}
        defaultValue={defaultValue}
        placeholder={PLACEHOLDER}
        maxLength={MAX_QUERY_LENGTH}
        className={`w-full rounded-l-md border ${edge} bg-field px-3 py-2 text-base text-field-text placeholder:text-field-edge`}
      />
      <button
        type="submit"
        className={`rounded-r-md border border-l-0 ${edge} bg-action px-4 py-2 text-sm font-semibold text-action-text`}
      >
        Search
      </button>
    </form>
  );
}
