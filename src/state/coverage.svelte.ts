// The coverage the ingest wrote, fetched as it is needed: the light index at start, one zone's
// excerpts when that zone is first read, an article when the reader opens it, the named places once
// the map is idle. Each file is fetched once and validated; the reading context says which list of
// excerpts the panel shows.
import { getContext, setContext } from 'svelte';
import { ArticleText, CoverageIndex, PlaceUse, ZoneCoverage, type Excerpt } from '../lib/schema.ts';
import { array } from 'valibot';
import { excerptIndex, type ExcerptEntry, type ZoneKey } from '../lib/coverage/order.ts';
import { placeIndex } from '../lib/coverage/focus.ts';
import { fetchJson, messageOf, type Resource } from './fetch-json.ts';
import type { Selection } from './selection.svelte.ts';

const PlaceList = array(PlaceUse);

/** What the panel reads: a zone's (or the general) coverage, or the excerpts naming one place. */
export type ReadingContext = { kind: 'zone'; zone: ZoneKey } | { kind: 'place'; id: string };

export class CoverageState {
  readonly base: string;
  index = $state.raw<Resource<CoverageIndex>>({ kind: 'loading' });
  zones = $state.raw<Partial<Record<ZoneKey, Resource<ZoneCoverage>>>>({});
  articles = $state.raw<Record<string, Resource<ArticleText>>>({});
  places = $state.raw<Resource<PlaceUse[]> | null>(null);
  /** The list the reader last opened; kept while an excerpt of it is selected. */
  context = $state.raw<ReadingContext | null>(null);
  /** The excerpt under the pointer or keyboard focus (shown on the map, not selected). */
  hoveredExcerpt = $state.raw<string | null>(null);
  /** The reader's choice of the list view instead of the zone buttons and legend. */
  listMode = $state.raw(false);
  /** The excerpt whose article is open in the reader. */
  reader = $state.raw<Excerpt | null>(null);
  /** Fetches started, by file: each file is asked for once (not reactive: only the statuses are). */
  #pending: Record<string, Promise<unknown>> = {};

  constructor(base = '/') {
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  url(path: string): string {
    return `${this.base}data/${path}`;
  }

  #once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const known = this.#pending[key] as Promise<T> | undefined;
    if (known) return known;
    const started = load();
    this.#pending[key] = started;
    return started;
  }

  loadIndex(): Promise<void> {
    return this.#once('index', async () => {
      try {
        this.index = { kind: 'ready', value: await fetchJson(this.url('index.json'), CoverageIndex) };
      } catch (error) {
        this.index = { kind: 'error', message: messageOf(error) };
      }
    });
  }

  /** The coverage file of `zone`, fetched on first call; resolves to null when it failed. */
  ensureZone(zone: ZoneKey): Promise<ZoneCoverage | null> {
    return this.#once(`zone:${zone}`, async () => {
      this.zones = { ...this.zones, [zone]: { kind: 'loading' } };
      try {
        const value = await fetchJson(this.url(`zones/${zone}.json`), ZoneCoverage);
        this.zones = { ...this.zones, [zone]: { kind: 'ready', value } };
        return value;
      } catch (error) {
        this.zones = { ...this.zones, [zone]: { kind: 'error', message: messageOf(error) } };
        return null;
      }
    });
  }

  ensureArticle(id: string): Promise<void> {
    return this.#once(`article:${id}`, async () => {
      this.articles = { ...this.articles, [id]: { kind: 'loading' } };
      try {
        const value = await fetchJson(this.url(`articles/${encodeURIComponent(id)}.json`), ArticleText);
        this.articles = { ...this.articles, [id]: { kind: 'ready', value } };
      } catch (error) {
        this.articles = { ...this.articles, [id]: { kind: 'error', message: messageOf(error) } };
      }
    });
  }

  ensurePlaces(): Promise<void> {
    return this.#once('places', async () => {
      this.places = { kind: 'loading' };
      try {
        this.places = { kind: 'ready', value: await fetchJson(this.url('places.json'), PlaceList) };
      } catch (error) {
        this.places = { kind: 'error', message: messageOf(error) };
      }
    });
  }

  /** The named places by id, once places.json is in. */
  placesById = $derived(placeIndex(this.places?.kind === 'ready' ? this.places.value : []));

  /** Every excerpt loaded so far, by id, with the zone file it was found in first. */
  loadedExcerpts = $derived(
    excerptIndex(
      (Object.entries(this.zones) as Array<[ZoneKey, Resource<ZoneCoverage> | undefined]>).flatMap(([zone, res]) =>
        res?.kind === 'ready' ? [[zone, res.value] as const] : [],
      ),
    ),
  );

  excerpt(id: string): (ExcerptEntry & { zone: ZoneKey }) | undefined {
    return this.loadedExcerpts.get(id);
  }

  /** Find an excerpt that is not loaded yet (a shared link): fetch zone files until one holds it. */
  async locate(id: string): Promise<Excerpt | null> {
    const known = this.excerpt(id);
    if (known) return known.excerpt;
    await this.loadIndex();
    const keys = this.index.kind === 'ready' ? (Object.keys(this.index.value.per_zone) as ZoneKey[]) : [];
    for (const zone of keys) {
      const coverage = await this.ensureZone(zone);
      const hit = coverage?.excerpts.find((e) => e.id === id);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * The zone files holding the excerpts that name a place: its zones and the general file first; if
   * some of its excerpts are still missing (linked through another place), the other zone files.
   */
  async ensureForPlace(placeId: string): Promise<void> {
    await this.ensurePlaces();
    const place = this.placesById.get(placeId);
    const first: ZoneKey[] = [...(place?.zones ?? []), 'general'];
    await Promise.all(first.map((k) => this.ensureZone(k)));
    if (!place || place.excerpt_ids.every((id) => this.loadedExcerpts.has(id))) return;
    await this.loadIndex();
    const rest = this.index.kind === 'ready' ? (Object.keys(this.index.value.per_zone) as ZoneKey[]) : [];
    await Promise.all(rest.map((k) => this.ensureZone(k)));
  }

  openReader(excerpt: Excerpt): void {
    this.reader = excerpt;
    void this.ensureArticle(excerpt.article_id);
  }

  closeReader(): void {
    this.reader = null;
  }

  /** Keep the reading context in step with a new selection; fetch what a shared link points at. */
  follow(selection: Selection): void {
    if (selection.kind === 'zone') this.context = { kind: 'zone', zone: selection.id };
    else if (selection.kind === 'place') {
      this.context = { kind: 'place', id: selection.id };
      void this.ensureForPlace(selection.id);
    } else if (selection.kind === 'excerpt' && !this.excerpt(selection.id)) void this.locate(selection.id);
  }

  /** What the panel shows for `selection`, or null for no panel. */
  view(selection: Selection): ReadingContext | null {
    const context = this.context;
    switch (selection.kind) {
      case 'zone':
        return { kind: 'zone', zone: selection.id };
      case 'place':
        return { kind: 'place', id: selection.id };
      case 'excerpt': {
        const found = this.excerpt(selection.id);
        if (context && found && this.#holds(context, found.excerpt)) return context;
        return found ? { kind: 'zone', zone: found.excerpt.links[0]?.zone ?? 'general' } : context;
      }
      default:
        return context?.kind === 'zone' && context.zone === 'general' ? context : null;
    }
  }

  #holds(context: ReadingContext, excerpt: Excerpt): boolean {
    if (context.kind === 'place') return excerpt.mentions.some((m) => m.place_id === context.id);
    const file = this.zones[context.zone];
    return file?.kind === 'ready' && file.value.excerpts.some((e) => e.id === excerpt.id);
  }
}

const KEY = Symbol('coverage');

export function provideCoverage(state: CoverageState): CoverageState {
  return setContext(KEY, state);
}

export function useCoverage(): CoverageState {
  const state = getContext<CoverageState | undefined>(KEY);
  if (!state) throw new Error('useCoverage: no CoverageState in context; call provideCoverage in a parent component');
  return state;
}
