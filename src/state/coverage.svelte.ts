// The coverage the ingest wrote, fetched as it is needed: the light index at start, a zone's pages of
// excerpts one at a time as the reader opens the zone and asks for more, the pages holding a place's
// excerpts when it is opened, an article (which says the page of each of its excerpts) when the reader
// opens it or a shared link names one of its excerpts, the named places once the map is idle. Each file
// is fetched once and validated; the reading context says which list of excerpts the panel shows.
import { createContext } from 'svelte';
import { ArticleText, CoverageIndex, PlaceUse, ZoneCoveragePage, type Excerpt } from '../lib/schema.ts';
import { array } from 'valibot';
import { entriesNaming, orderExcerpts, type ExcerptEntry, type ZoneKey } from '../lib/coverage/order.ts';
import { checkPage, entriesById, pagePath } from '../lib/coverage/pages.ts';
import { fetchJson, messageOf, type Resource } from './fetch-json.ts';
import type { Selection } from './selection.svelte.ts';
import type { ExcerptWithin } from '../lib/url-state.ts';

const PlaceList = array(PlaceUse);

/** What the panel reads: a zone's (or the general) coverage, or the excerpts naming one place. */
export type ReadingContext = { kind: 'zone'; zone: ZoneKey } | { kind: 'place'; id: string };

/** The part of a list the reader has opened so far, or why there is none. */
export interface ListState {
  entries: ExcerptEntry[];
  status: 'loading' | 'ready' | 'error';
  error: string;
  /** Excerpts of the list not shown yet. */
  remaining: number;
  /** The next page has been asked for and is on its way. */
  loadingMore: boolean;
}

/** The reading context of the list an excerpt was chosen from. */
function contextOf(within: ExcerptWithin): ReadingContext {
  if (within.kind === 'place') return { kind: 'place', id: within.id };
  return { kind: 'zone', zone: within.kind === 'zone' ? within.id : 'general' };
}

/** The list a reading context shows, as the selection of an excerpt records it. */
export function withinOf(context: ReadingContext): ExcerptWithin {
  if (context.kind === 'place') return { kind: 'place', id: context.id };
  return context.zone === 'general' ? { kind: 'general' } : { kind: 'zone', id: context.zone };
}

/** The article an excerpt belongs to: excerpt ids are `<article_id>-NNN`. */
const articleOf = (excerptId: string): string => excerptId.slice(0, excerptId.lastIndexOf('-'));

/** The named places by id (a plain map, replaced whole when the places arrive). */
function byId(places: readonly PlaceUse[]): ReadonlyMap<string, PlaceUse> {
  return new Map(places.map((p) => [p.place_id, p]));
}

export class CoverageState {
  readonly base: string;
  index = $state.raw<Resource<CoverageIndex>>({ kind: 'loading' });
  /** Pages fetched so far, by path under data/ (zones/<zone>/<n>.json). */
  pages = $state.raw<Record<string, Resource<ZoneCoveragePage>>>({});
  /** How many pages of each zone the reader has opened, from page 0. */
  shown = $state.raw<Partial<Record<ZoneKey, number>>>({});
  articles = $state.raw<Record<string, Resource<ArticleText>>>({});
  places = $state.raw<Resource<PlaceUse[]> | null>(null);
  /** Excerpts named by a shared link that are being looked up ('done' once found or not). */
  lookups = $state.raw<Record<string, 'pending' | 'done'>>({});
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
  /** Each page's excerpts in reading order, sorted once. */
  #ordered = new WeakMap<ZoneCoveragePage, ExcerptEntry[]>();

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

  #entries(page: ZoneCoveragePage): ExcerptEntry[] {
    let entries = this.#ordered.get(page);
    if (!entries) {
      entries = orderExcerpts(page);
      this.#ordered.set(page, entries);
    }
    return entries;
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

  /** Page `n` of `zone`, fetched on first call; resolves to null when it failed. */
  ensurePage(zone: ZoneKey, n: number): Promise<ZoneCoveragePage | null> {
    const path = pagePath(zone, n);
    return this.#once(path, async () => {
      this.pages = { ...this.pages, [path]: { kind: 'loading' } };
      try {
        const value = await fetchJson(this.url(path), ZoneCoveragePage);
        checkPage(value, zone, n, null, this.url(path));
        this.pages = { ...this.pages, [path]: { kind: 'ready', value } };
        return value;
      } catch (error) {
        this.pages = { ...this.pages, [path]: { kind: 'error', message: messageOf(error) } };
        return null;
      }
    });
  }

  /** Open a zone's list: its first page, or every page the reader has opened before. */
  async ensureZone(zone: ZoneKey): Promise<void> {
    const shown = this.shown[zone];
    if (shown === undefined) this.shown = { ...this.shown, [zone]: 1 };
    await Promise.all(Array.from({ length: shown ?? 1 }, (_, n) => this.ensurePage(zone, n)));
  }

  /** Show the next page of a zone's list. */
  more(zone: ZoneKey): Promise<ZoneCoveragePage | null> {
    const next = this.shown[zone] ?? 1;
    this.shown = { ...this.shown, [zone]: next + 1 };
    return this.ensurePage(zone, next);
  }

  /** The opened pages of a zone's list, as far as they have arrived in order. */
  zoneList(zone: ZoneKey): ListState {
    const shown = this.shown[zone] ?? 1;
    const entries: ExcerptEntry[] = [];
    let total = 0;
    for (let n = 0; n < shown; n++) {
      const page = this.pages[pagePath(zone, n)];
      if (page?.kind === 'error') return { entries, status: 'error', error: page.message, remaining: 0, loadingMore: false };
      if (page?.kind !== 'ready') {
        if (n === 0) return { entries, status: 'loading', error: '', remaining: 0, loadingMore: false };
        return { entries, status: 'ready', error: '', remaining: total - entries.length, loadingMore: true };
      }
      total = page.value.total;
      for (const entry of this.#entries(page.value)) entries.push(entry);
    }
    return { entries, status: 'ready', error: '', remaining: Math.max(0, total - entries.length), loadingMore: false };
  }

  /** The article file (with the page of each of its excerpts), fetched on first call; null when it failed. */
  ensureArticle(id: string): Promise<ArticleText | null> {
    return this.#once(`article:${id}`, async () => {
      this.articles = { ...this.articles, [id]: { kind: 'loading' } };
      try {
        const value = await fetchJson(this.url(`articles/${encodeURIComponent(id)}.json`), ArticleText);
        this.articles = { ...this.articles, [id]: { kind: 'ready', value } };
        return value;
      } catch (error) {
        this.articles = { ...this.articles, [id]: { kind: 'error', message: messageOf(error) } };
        return null;
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
  placesById = $derived(byId(this.places?.kind === 'ready' ? this.places.value : []));

  /** Every excerpt loaded so far, by id, with the zone whose page it was found in first. */
  loadedExcerpts = $derived(
    entriesById(Object.values(this.pages).flatMap((res) => (res.kind === 'ready' ? [[res.value.zone, this.#entries(res.value)] as const] : []))),
  );

  excerpt(id: string): (ExcerptEntry & { zone: ZoneKey }) | undefined {
    return this.loadedExcerpts.get(id);
  }

  /** Whether a shared link's excerpt may still turn up (its lookup has not finished). */
  locating(id: string): boolean {
    return this.lookups[id] !== 'done';
  }

  /** A shared link's excerpt that was looked up and is in none of the files. */
  missing(id: string): boolean {
    return this.lookups[id] === 'done' && !this.excerpt(id);
  }

  /**
   * Find an excerpt that is not loaded yet (a shared link): its article file says which page of which
   * zone holds it (of `zone` when it is in that zone's list); that zone's list is opened down to that page.
   */
  async locate(id: string, zone?: ZoneKey): Promise<Excerpt | null> {
    const known = this.excerpt(id);
    if (known && (zone === undefined || known.zone === zone)) return known.excerpt;
    this.lookups = { ...this.lookups, [id]: 'pending' };
    try {
      const article = await this.ensureArticle(articleOf(id));
      const places = article?.locations.filter((l) => l.excerpt_id === id) ?? [];
      const at = places.find((l) => l.zone === zone) ?? places[0];
      if (!at) return null;
      if ((this.shown[at.zone] ?? 0) <= at.page) this.shown = { ...this.shown, [at.zone]: at.page + 1 };
      await this.ensureZone(at.zone);
      return this.excerpt(id)?.excerpt ?? null;
    } finally {
      this.lookups = { ...this.lookups, [id]: 'done' };
    }
  }

  /** The pages holding the excerpts that name a place (places.json lists them). */
  async ensureForPlace(placeId: string): Promise<void> {
    await this.ensurePlaces();
    const place = this.placesById.get(placeId);
    if (place) await Promise.all(place.pages.map((p) => this.ensurePage(p.zone, p.page)));
  }

  /** The excerpts naming a place from its pages loaded so far, in reading order, and the first failure. */
  placeList(placeId: string): { entries: ExcerptEntry[]; error: string | null } {
    const place = this.placesById.get(placeId);
    const pages: ZoneCoveragePage[] = [];
    let error: string | null = null;
    for (const ref of place?.pages ?? []) {
      const res = this.pages[pagePath(ref.zone, ref.page)];
      if (res?.kind === 'ready') pages.push(res.value);
      else if (res?.kind === 'error') error ??= res.message;
    }
    return { entries: entriesNaming(placeId, pages), error };
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
    else if (selection.kind === 'general') this.context = { kind: 'zone', zone: 'general' };
    else if (selection.kind === 'place') {
      this.context = { kind: 'place', id: selection.id };
      void this.ensureForPlace(selection.id);
    } else if (selection.kind === 'excerpt') this.#followExcerpt(selection.id, selection.within);
  }

  /** An excerpt's list becomes the context; the excerpt is looked up when that list does not hold it yet. */
  #followExcerpt(id: string, within: ExcerptWithin | undefined): void {
    const context = within ? contextOf(within) : null;
    if (context) this.context = context;
    if (context?.kind === 'place') {
      void this.ensureForPlace(context.id).then(() => {
        if (!this.excerpt(id)) void this.locate(id);
        else this.lookups = { ...this.lookups, [id]: 'done' };
      });
    } else if (context) void this.locate(id, context.zone);
    else if (!this.excerpt(id)) void this.locate(id);
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
        if (selection.within) return contextOf(selection.within);
        const found = this.excerpt(selection.id);
        if (context && found && this.#holds(context, found.excerpt)) return context;
        return found ? { kind: 'zone', zone: found.zone } : context;
      }
      default:
        return selection.kind === 'general' ? { kind: 'zone', zone: 'general' } : null;
    }
  }

  #holds(context: ReadingContext, excerpt: Excerpt): boolean {
    if (context.kind === 'place') return excerpt.mentions.some((m) => m.place_id === context.id);
    return this.zoneList(context.zone).entries.some((e) => e.excerpt.id === excerpt.id);
  }
}

/** Hand the state down to child components; `useCoverage` throws where no parent provided it. */
export const [useCoverage, provideCoverage] = createContext<CoverageState>();
