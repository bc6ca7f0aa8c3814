// The filters of the lists and the search results, held once for the whole page and kept in the
// address (see lib/search/filters.ts for the keys); back and forward bring them back. Imported only by
// the chunks that show lists, so it is not part of the first load.
import { NO_FILTERS, parseFilters, writeFilters, type Filters } from '../lib/search/filters.ts';

/** Replace the current history entry's query keys that `write` sets or deletes (or, with `push`, make a new entry of them). */
export function rewriteQuery(write: (params: URLSearchParams) => void, push = false): void {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a scratch copy of the query, not state
  const params = new URLSearchParams(window.location.search);
  write(params);
  const query = params.toString();
  const next = query ? `?${query}` : window.location.pathname;
  if (next === window.location.search) return;
  if (push) window.history.pushState(null, '', next + window.location.hash);
  else window.history.replaceState(window.history.state, '', next + window.location.hash);
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

  /** `entry: 'push'` (the timeline's range) makes a history entry, so back and forward step through ranges. */
  set(next: Filters, entry: 'replace' | 'push' = 'replace'): void {
    this.current = next;
    rewriteQuery((params) => writeFilters(next, params), entry === 'push');
  }
}

/** The page's one filter state. */
export const filters = new FilterState();
