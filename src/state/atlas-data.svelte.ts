// The zones the viewer loaded and validated, kept raw (replaced, never mutated).
import { createContext } from 'svelte';
import { parseOrThrow, ZonesCollection } from '../lib/schema.ts';
import { groupZones, howDrawn, type ZoneInfo } from '../lib/zone-info.ts';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export class AtlasData {
  status = $state.raw<LoadStatus>({ kind: 'loading' });
  collection = $state.raw<ZonesCollection | null>(null);
  zones = $state.raw<ZoneInfo[]>([]);
  /** Distinct statements of how the lines were drawn, from the features' method and provenance. */
  method = $state.raw<string[]>([]);

  zone(id: string): ZoneInfo | undefined {
    return this.zones.find((z) => z.id === id);
  }

  /** Fetch and validate geo/zones.geojson; the status says how it went. */
  async load(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const collection = parseOrThrow(ZonesCollection, await response.json(), url);
      this.collection = collection;
      this.zones = groupZones(collection);
      this.method = howDrawn(collection);
      this.status = { kind: 'ready' };
    } catch (error) {
      this.status = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** Hand the state down to child components; `useAtlasData` throws where no parent provided it. */
export const [useAtlasData, provideAtlasData] = createContext<AtlasData>();
