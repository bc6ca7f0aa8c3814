// What the reader has selected: nothing, a zone, an excerpt, a place or the general coverage
// (the excerpts that name no zone).
import { createContext } from 'svelte';
import type { ZoneId } from '../lib/schema.ts';

export type Selection =
  | { kind: 'none' }
  | { kind: 'zone'; id: ZoneId }
  | { kind: 'excerpt'; id: string }
  | { kind: 'place'; id: string }
  | { kind: 'general' };

const NONE: Selection = { kind: 'none' };

export class SelectionState {
  current = $state.raw<Selection>(NONE);
  /** The zone under the pointer on the map or focused in the list; not a selection. */
  hoveredZone = $state.raw<ZoneId | null>(null);

  /** The selected zone's id, or null when the selection is not a zone. */
  get zoneId(): ZoneId | null {
    return this.current.kind === 'zone' ? this.current.id : null;
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
