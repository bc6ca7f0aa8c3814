// The filters of the lists and the search results, held once for the whole page and kept in the
// address (see lib/search/filters.ts for the keys); back and forward bring them back. Imported only by
// the chunks that show lists, so it is not part of the first load.
import { NO_FILTERS, parseFilters, writeFilters, type Filters } from '../lib/search/filters.ts';

/** Replace the current history entry's query keys that `write` sets or deletes. */
export function rewriteQuery(write: (params: URLSearchParams) => void): void {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a scratch copy of the query, not state
  const params = new URLSearchParams(window.location.search);
  write(params);
  const query = params.toString();
  const next = query ? `?${query}` : window.location.pathname;
  if (next !== window.location.search) window.history.replaceState(window.history.state, '', next + window.location.hash);
}

class FilterState {
  current = $state.raw<Filters>(NO_FILTERS);

  constructor() {
    if (typeof window === 'undefined') return;
    this.current = parseFilters(new URLSearchParams(window.location.search));
    window.addEventListener('popstate', () => {
      this.current = parseFilters(new URLSearchParams(window.location.search));
    });
  }

  set(next: Filters): void {
    this.current = next;
    rewriteQuery((params) => writeFilters(next, params));
  }
}

/** The page's one filter state. */
export const filters = new FilterState();
