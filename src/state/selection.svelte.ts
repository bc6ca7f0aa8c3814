// What the reader has selected: nothing, a zone, an excerpt, a place or the general coverage
// (the excerpts that name no zone), or an agreement.
import { createContext } from 'svelte';
import type { ZoneId } from '../lib/schema.ts';
import { zoneOf, type UrlSelection } from '../lib/url-state.ts';

/** An excerpt carries the list it was chosen from (`within`), so its zone stays selected beside it. */
export type Selection = UrlSelection;

const NONE: Selection = { kind: 'none' };

export class SelectionState {
  current = $state.raw<Selection>(NONE);
  /** The zone under the pointer on the map or focused in the list; not a selection. */
  hoveredZone = $state.raw<ZoneId | null>(null);

  /** The selected zone's id (also while an excerpt of its list is selected), else null. */
  get zoneId(): ZoneId | null {
    return zoneOf(this.current);
  }

  select(next: Selection): void {
    this.current = next;
  }

  selectZone(id: ZoneId): void {
    this.current = { kind: 'zone', id };
  }

  clear(): void {
    this.current = NONE;
  }
}

/** Hand the state down to child components; `useSelection` throws where no parent provided it. */
export const [useSelection, provideSelection] = createContext<SelectionState>();
