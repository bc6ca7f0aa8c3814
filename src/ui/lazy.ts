// Components the first view does not show, fetched as chunks of their own when first needed.
import type { Component } from 'svelte';
import { once } from '../lib/once.ts';
import { loadLateStrings } from '../lib/i18n.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
export type ComponentModule<P extends Record<string, any>> = { default: Component<P> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
export type ComponentLoader<P extends Record<string, any>> = () => Promise<ComponentModule<P>>;

/** Wraps a component's dynamic import so the chunk is requested once and every caller gets the same promise. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
export function lazy<P extends Record<string, any>>(load: () => Promise<ComponentModule<P>>): ComponentLoader<P> {
  return once(load);
}

/** As `lazy`, for a component that shows the late Arabic strings (i18n-late.ts): both are fetched together. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
export function lazyWithStrings<P extends Record<string, any>>(load: () => Promise<ComponentModule<P>>): ComponentLoader<P> {
  return once(() => Promise.all([load(), loadLateStrings()]).then(([module]) => module));
}

/** The reading interface: panels, list and article reader, shown only after a click. */
const panels = once(() => import('./panels.ts'));
export const ZonePanelChunk = lazyWithStrings(() => panels().then((m) => ({ default: m.ZonePanel })));
export const ReadingPanelChunk = lazyWithStrings(() => import('./coverage/ReadingPanel.svelte'));
export const ArticleReaderChunk = lazyWithStrings(() => import('./coverage/ArticleReader.svelte'));
export const CoverageListChunk = lazyWithStrings(() => import('./coverage/CoverageList.svelte'));
export const ExcerptMissingChunk = lazy(() => import('./coverage/ExcerptMissing.svelte'));
export const AgreementPanelChunk = lazyWithStrings(() => panels().then((m) => ({ default: m.AgreementPanel })));
/** Search: the box (mounted once the map is idle) and its results, which show the late strings. */
export const SearchChunk = lazyWithStrings(() => import('./search/Search.svelte'));
/** The timeline under the map, fetched once the map is idle. */
export const TimelineChunk = lazy(() => import('./timeline/Timeline.svelte'));
