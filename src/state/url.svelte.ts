// Keeps the address bar's query in step with the language, the map view, the selection and the list
// view, and back. Selections push history entries (back and forward step through them); map moves,
// language switches and the list view replace the current entry, so panning never floods the history.
import { keepOthers, parseQuery, sameSelection, serialiseQuery, type MapView } from '../lib/url-state.ts';
import type { LocaleState } from './locale.svelte.ts';
import type { Selection, SelectionState } from './selection.svelte.ts';
import type { TimeState } from './time.svelte.ts';

/** Changes of the day closer together than this (a drag, a held key, play) make one history entry. */
const TIME_ENTRY_MS = 1000;

/** Whoever holds the choice of the list view (the coverage state). */
export interface ListModeHolder {
  listMode: boolean;
}

export class UrlSync {
  /** The view the page was opened with; null means the default view, framing the four zones. */
  readonly initialView: MapView | null;
  #view: MapView | null;
  readonly #selection: SelectionState;
  readonly #locale: LocaleState;
  readonly #list: ListModeHolder;
  readonly #time: TimeState;
  #lastTimeEntry = 0;

  /** Reads the query once and applies its language, selection, list view and day. */
  constructor(selection: SelectionState, locale: LocaleState, list: ListModeHolder, time: TimeState) {
    this.#selection = selection;
    this.#locale = locale;
    this.#list = list;
    this.#time = time;
    const state = parseQuery(window.location.search);
    time.set(state.time);
    this.initialView = state.view;
    this.#view = state.view;
    locale.set(state.lang);
    selection.select(state.selection);
    list.listMode = state.listMode;
  }

  /**
   * Call while a component initialises: writes the query whenever the selection, language or list view
   * changes, and follows back/forward. `showView` moves the map to a view from the history.
   */
  connect(showView: (view: MapView) => void): void {
    $effect(() => {
      void this.#time.date;
      this.#write(this.#selection.current, this.#locale.lang, this.#list.listMode);
    });
    $effect(() => {
      const onPopState = (): void => {
        const state = parseQuery(window.location.search);
        this.#view = state.view;
        this.#locale.set(state.lang);
        this.#selection.select(state.selection);
        this.#list.listMode = state.listMode;
        this.#time.set(state.time);
        // A selected zone brings its own fit; otherwise go back to where the map was.
        if (state.view && state.selection.kind !== 'zone') showView(state.view);
      };
      window.addEventListener('popstate', onPopState);
      return () => window.removeEventListener('popstate', onPopState);
    });
  }

  /** The map settled: record its view in the current entry. */
  viewChanged(view: MapView): void {
    this.#view = view;
    this.#write(this.#selection.current, this.#locale.lang, this.#list.listMode);
  }

  #write(selection: Selection, lang: LocaleState['lang'], listMode: boolean): void {
    const time = { date: this.#time.date };
    const next = keepOthers(serialiseQuery({ lang, view: this.#view, selection, listMode, time }), window.location.search);
    if (next === window.location.search) return;
    const shownState = parseQuery(window.location.search);
    const shownTime = shownState.time;
    const timeMoved = (shownTime?.date ?? null) !== time.date;
    const now = performance.now();
    const newTimeEntry = timeMoved && now - this.#lastTimeEntry > TIME_ENTRY_MS;
    if (timeMoved) this.#lastTimeEntry = now;
    if (sameSelection(shownState.selection, selection) && !newTimeEntry) window.history.replaceState(window.history.state, '', next + window.location.hash);
    else window.history.pushState(null, '', next);
  }
}
