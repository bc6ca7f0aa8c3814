// The facets of the coverage lists (lib/coverage/facets.ts), fetched once a list is shown and kept for
// the page: they say how many excerpts of a whole list the filters keep. Imported only by the chunk
// that shows the lists, so it is not part of the first load.
import { facetsPath, ZoneFacets } from '../lib/coverage/facets.ts';
import type { ZoneKey } from '../lib/coverage/order.ts';
import { fetchJson, messageOf, type Resource } from './fetch-json.ts';

class FacetsState {
  lists = $state.raw<Partial<Record<ZoneKey, Resource<ZoneFacets>>>>({});

  /** Fetch the facets of `zone`'s list from data/ under `base` (once; a failure is kept as such). */
  ensure(zone: ZoneKey, url: (path: string) => string): void {
    if (this.lists[zone]) return;
    this.lists = { ...this.lists, [zone]: { kind: 'loading' } };
    const where = url(facetsPath(zone));
    void fetchJson(where, ZoneFacets)
      .then((value) => {
        if (value.zone !== zone) throw new Error(`${where}: holds the facets of "${value.zone}", expected "${zone}"`);
        this.lists = { ...this.lists, [zone]: { kind: 'ready', value } };
      })
      .catch((error: unknown) => {
        this.lists = { ...this.lists, [zone]: { kind: 'error', message: messageOf(error) } };
      });
  }
}

/** The page's one set of list facets. */
export const facets = new FacetsState();
