type Props = {
  defaultValue?: string;
  id?: string;
  /** Names the search landmark; pages with two search forms need distinct names. */
  landmarkLabel?: string;
};

/**
 * A plain GET form to /search: it works with JavaScript off. The search
 * issue's island enhances the input with suggestions when JS is on.
 */
export function SearchForm({ defaultValue, id = 'site-search', landmarkLabel = 'Site search' }: Props) {
  return (
    <form role="search" aria-label={landmarkLabel} action="/search" method="get" className="flex w-full max-w-md items-stretch">
      <label htmlFor={id} className="sr-only">
        Hi, what are you looking for?
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Hi, what are you looking for?"
        autoComplete="off"
        maxLength={200}
        className="min-w-0 flex-1 rounded-l-md border border-white/40 bg-white px-3 py-2 text-base text-[#16181d] placeholder:text-[#5b606a]"
      />
      <button
        type="submit"
        className="rounded-r-md border border-l-0 border-white/40 bg-accent px-4 py-2 text-sm font-semibold text-white dark:bg-[#b4271b]"
      >
        Search
      </button>
    </form>
  );
}
