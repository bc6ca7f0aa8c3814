// The zones the viewer loaded and validated, kept raw (replaced, never mutated): first what the map
// draws (geo/zones-map.geojson), then, once the map is idle or a panel asks, the full geo/zones.geojson.
import { createContext } from 'svelte';
import { parseOrThrow, ZonesCollection, ZonesMapCollection } from '../lib/schema.ts';
import { groupZones, howDrawn, zoneNames, type HowDrawn, type ZoneInfo, type ZoneNames } from '../lib/zone-info.ts';
import { once } from '../lib/once.ts';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

async function fetchChecked<T>(url: string, parse: (value: unknown) => T): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parse(await response.json());
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class AtlasData {
  status = $state.raw<LoadStatus>({ kind: 'loading' });
  /** What the map draws: geometry, names and label points of every zone part. */
  collection = $state.raw<ZonesMapCollection | null>(null);
  zones = $state.raw<ZoneNames[]>([]);
  /** How the full file went: the panels and the export wait for it. */
  fullStatus = $state.raw<LoadStatus>({ kind: 'loading' });
  /** The full features (lifecycle, sub-districts, method, provenance, attribution), for panels and export. */
  full = $state.raw<ZonesCollection | null>(null);
  details = $state.raw<ZoneInfo[]>([]);
  /** Distinct statements of how the lines were drawn, from the features' method and provenance. */
  method = $state.raw<HowDrawn>({ en: [], ar: [] });
  #fullUrl = '';

  zone(id: string): ZoneNames | undefined {
    return this.zones.find((z) => z.id === id);
  }

  /** The zone with everything its panel shows, once the full file is in (see `loadFull`). */
  detail(id: string): ZoneInfo | undefined {
    return this.details.find((z) => z.id === id);
  }

  /** Fetch and validate the map's file; the status says how it went. `fullUrl` is fetched by `loadFull`. */
  async load(mapUrl: string, fullUrl: string): Promise<void> {
    this.#fullUrl = fullUrl;
    try {
      const collection = await fetchChecked(mapUrl, (v) => parseOrThrow(ZonesMapCollection, v, mapUrl));
      this.collection = collection;
      this.zones = zoneNames(collection);
      this.status = { kind: 'ready' };
    } catch (error) {
      this.status = { kind: 'error', message: message(error) };
    }
  }

  /** Fetch and validate the full geo/zones.geojson, once; callers may call it as often as they like. */
  readonly loadFull = once(async (): Promise<void> => {
    const url = this.#fullUrl;
    try {
      const full = await fetchChecked(url, (v) => parseOrThrow(ZonesCollection, v, url));
      this.full = full;
      this.details = groupZones(full);
      this.method = howDrawn(full);
      this.fullStatus = { kind: 'ready' };
    } catch (error) {
      this.fullStatus = { kind: 'error', message: message(error) };
    }
  });
}

/** Hand the state down to child components; `useAtlasData` throws where no parent provided it. */
export const [useAtlasData, provideAtlasData] = createContext<AtlasData>();
