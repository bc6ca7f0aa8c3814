// The search: the query (kept in the address as q=), the search worker (started, and the index
// fetched by it, on first use of the box, never in the first load) and the results shown: the first
// page of hits with the exact counts, worked out in the worker again on every change of the query or
// the filters, so typing never waits for a search. Later pages and the whole result set (for a
// download) are asked for on demand. A link with q= opens with the results; the order of the results
// (relevance unless the reader chose another) is kept as sort=. The order belongs to the search: when
// the search ends (the box emptied, the panel closed) it goes back to relevance and sort= leaves the
// address with q=, so the address, a reload and a copied link hold exactly what is shown.
import { untrack } from 'svelte';
import type { SearchDoc } from '../lib/search/docs.ts';
import { SEARCH_FILES } from '../lib/search/options.ts';
import type { SearchAsk, SearchReply, SearchRequest, ShownHit } from '../lib/search/protocol.ts';
import type { ZoneId } from '../lib/schema.ts';
import { once } from '../lib/once.ts';
import { DEFAULT_SORT, parseSort, writeSort, type SearchSort } from '../lib/search/sort.ts';
import { whenIdle } from '../ui/after-paint.ts';
import { filters, rewriteQuery } from './filters.svelte.ts';
import type { Resource } from './fetch-json.ts';

const MAX_QUERY = 200;
/** Hits drawn at a time: the panel shows a few without scrolling; the rest come with the button. */
export const PAGE = 10;
/** A user timing mark each time results arrive, with the query and the worker's time in its detail. */
export const RESULTS_MARK = 'atlas:search-results';
/** A user timing mark when the index is loaded, with the worker's time for it in its detail. */
export const READY_MARK = 'atlas:search-ready';
/**
 * While a query is typed, the address is written this long after the last key (then in idle time),
 * not on every key: history.replaceState makes Chromium recalculate the page's style at once, which
 * cost 5-25 ms of every key under 4x CPU throttling, before the search was even asked for.
 */
const ADDRESS_DELAY_MS = 400;

export interface SearchSource {
  outlets: string[];
  attribution: string;
}

export interface ShownResults {
  ask: SearchAsk;
  query: string;
  total: number;
  perZone: Record<ZoneId, number>;
  weaker: number;
  hits: ShownHit[];
  loadingMore: boolean;
}

const readQuery = (): string => (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, MAX_QUERY);
/** The order in the address; sort= without q= is a leftover of an ended search, read as no order. */
const readSort = (): SearchSort => (readQuery().trim() ? parseSort(new URLSearchParams(window.location.search)) : DEFAULT_SORT);

/** The address keys that only the search uses, written for the search shown (none when there is no query). */
function writeSearchKeys(params: URLSearchParams, query: string, sort: SearchSort): void {
  if (query.trim()) params.set('q', query);
  else params.delete('q');
  writeSort(query.trim() ? sort : DEFAULT_SORT, params);
}

class SearchState {
  query = $state.raw('');
  /** The last input came from typing (the last word is then matched as a prefix). */
  typing = $state.raw(false);
  sort = $state.raw<SearchSort>('relevance');
  engine = $state.raw<Resource<SearchSource> | null>(null);
  results = $state.raw<ShownResults | null>(null);
  #base = import.meta.env.BASE_URL;
  #worker: Worker | null = null;
  #seq = 0;
  #asked: SearchAsk | null = null;
  #loaded: { resolve: () => void; reject: (error: Error) => void } | null = null;
  #downloads = new Map<number, ((docs: SearchDoc[]) => void)[]>();
  #addressTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the last key was typed (performance.now()). */
  #lastKey = 0;
  #cancelIdleAddress: (() => void) | undefined;
  /** The query is not yet in the address (typing has not paused long enough). */
  #addressPending = false;

  constructor() {
    if (typeof window === 'undefined') return;
    this.query = readQuery();
    this.sort = readSort();
    // A link with sort= but no query (left by a search ended elsewhere) shows no search: it loses sort=.
    if (!this.active) rewriteQuery((params) => writeSearchKeys(params, '', DEFAULT_SORT));
    window.addEventListener('popstate', () => {
      this.#cancelAddress();
      this.query = readQuery();
      this.sort = readSort();
    });
    $effect.root(() => {
      $effect(() => {
        const ask = { query: this.query, filters: filters.current, typing: this.typing, sort: this.sort };
        const ready = this.engine?.kind === 'ready';
        untrack(() => this.#ask(ask, ready));
      });
    });
  }

  get active(): boolean {
    return this.query.trim() !== '';
  }

  #post(request: SearchRequest): void {
    this.#worker?.postMessage(request);
  }

  #ask(ask: Omit<SearchAsk, 'seq'>, ready: boolean): void {
    if (!ready || ask.query.trim() === '') {
      this.#asked = null;
      this.results = null;
      return;
    }
    // Asked already (by set(), before the effect that follows its change of state).
    const last = this.#asked;
    if (last && last.query === ask.query && last.filters === ask.filters && last.typing === ask.typing && last.sort === ask.sort) return;
    this.#asked = { ...ask, seq: ++this.#seq };
    this.#post({ kind: 'search', limit: PAGE, ...this.#asked });
  }

  #receive = (event: MessageEvent<SearchReply>): void => {
    const m = event.data;
    switch (m.kind) {
      case 'ready':
        this.engine = { kind: 'ready', value: { outlets: m.outlets, attribution: m.attribution } };
        performance.mark(READY_MARK, { detail: { workerMs: m.ms, docs: m.docs } });
        this.#loaded?.resolve();
        return;
      case 'load-error':
        this.#fail(m.message);
        return;
      case 'results':
        if (m.seq !== this.#asked?.seq) return;
        this.results = { ask: this.#asked, query: m.query, total: m.total, perZone: m.perZone, weaker: m.weaker, hits: m.hits, loadingMore: false };
        performance.mark(RESULTS_MARK, { detail: { query: m.query, workerMs: m.ms } });
        return;
      case 'page': {
        const shown = this.results;
        if (shown?.ask.seq === m.seq && m.offset === shown.hits.length) this.results = { ...shown, hits: [...shown.hits, ...m.hits], loadingMore: false };
        return;
      }
      case 'all':
        for (const done of this.#downloads.get(m.seq) ?? []) done(m.docs);
        this.#downloads.delete(m.seq);
        return;
    }
  };

  #fail(message: string): void {
    this.engine = { kind: 'error', message };
    this.#worker?.terminate();
    this.#worker = null;
    this.#loaded?.reject(new Error(message));
  }

  /** Start the worker, which fetches the index and its rows (once; a failure may be retried by the next call). */
  load = once(async (): Promise<void> => {
    this.engine = { kind: 'loading' };
    // Vite finds and bundles the worker only in this exact form.
    const worker = new Worker(new URL('../lib/search/search.worker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    worker.addEventListener('message', this.#receive);
    worker.addEventListener('error', (event) => this.#fail(event.message || 'the search worker did not start'));
    const loaded = new Promise<void>((resolve, reject) => (this.#loaded = { resolve, reject }));
    const base = `${this.#base}data/`;
    this.#post({ kind: 'load', indexUrl: new URL(`${base}${SEARCH_FILES.index}`, window.location.href).href, docsUrl: new URL(`${base}${SEARCH_FILES.docs}`, window.location.href).href });
    await loaded;
  });

  /** Draw the next page of hits. */
  more(): void {
    const shown = this.results;
    if (!shown || shown.loadingMore || shown.hits.length >= shown.total) return;
    this.results = { ...shown, loadingMore: true };
    this.#post({ kind: 'page', offset: shown.hits.length, limit: PAGE, ...shown.ask });
  }

  /** Every hit of the results shown (for a download). */
  everyHit(): Promise<SearchDoc[]> {
    const shown = this.results;
    if (!shown) return Promise.resolve([]);
    return new Promise((resolve) => {
      const seq = shown.ask.seq;
      this.#downloads.set(seq, [...(this.#downloads.get(seq) ?? []), resolve]);
      this.#post({ kind: 'all', ...shown.ask });
    });
  }

  /** Show the results in another order (kept in the address). */
  setSort(sort: SearchSort): void {
    this.sort = sort;
    rewriteQuery((params) => writeSort(sort, params));
  }

  /** A new query: searched for at once; written into the address once typing pauses (at once when not typing). */
  set(query: string, typing: boolean): void {
    this.typing = typing;
    this.query = query.slice(0, MAX_QUERY);
    // The search ends with its query: the next one starts most relevant first.
    if (!this.active) this.sort = DEFAULT_SORT;
    // Posted to the worker in the key's own task, not in the effect run once the key's handlers are
    // done: the worker starts on it while the page draws the typed character.
    this.#ask({ query: this.query, filters: filters.current, typing, sort: this.sort }, this.engine?.kind === 'ready');
    if (typing) {
      // One timer for a run of keys, put off by each key when it fires (a timer set and cleared on
      // every key cost about 2 ms of it under 4x CPU throttling).
      this.#addressPending = true;
      this.#lastKey = performance.now();
      this.#cancelIdleAddress?.();
      this.#cancelIdleAddress = undefined;
      this.#addressTimer ??= setTimeout(this.#afterPause, ADDRESS_DELAY_MS);
    } else {
      this.#cancelAddress();
      this.#writeAddress();
    }
  }

  /** Write the query into the address now if it is still waiting, before something reads the address (an export's link). */
  flushAddress(): void {
    if (!this.#addressPending) return;
    this.#cancelAddress();
    this.#writeAddress();
  }

  #cancelAddress(): void {
    clearTimeout(this.#addressTimer);
    this.#addressTimer = undefined;
    this.#cancelIdleAddress?.();
    this.#cancelIdleAddress = undefined;
  }

  /** Once typing has paused, the address is written in idle time, so it never delays a key or a paint of results. */
  #afterPause = (): void => {
    const wait = this.#lastKey + ADDRESS_DELAY_MS - performance.now();
    if (wait > 1) {
      this.#addressTimer = setTimeout(this.#afterPause, wait);
      return;
    }
    this.#addressTimer = undefined;
    this.#cancelIdleAddress = whenIdle(this.#writeAddress, 1000);
  };

  #writeAddress = (): void => {
    this.#addressPending = false;
    rewriteQuery((params) => writeSearchKeys(params, this.query, this.sort));
  };
}

/** The page's one search. */
export const search = new SearchState();
