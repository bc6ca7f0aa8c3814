// The shareable state in the address bar's query: language, map view and selection.
// Example: ?lang=en&map=7.2/35.1/37.4&zone=idlib  (map = zoom/latitude/longitude, as on most web maps).
// The coverage that names no zone is `coverage=general`; the list view instead of the zone buttons is `view=list`.
// An excerpt keeps the list it was chosen from beside it (`zone=south&excerpt=ID`, `place=ID&excerpt=ID`,
// `coverage=general&excerpt=ID`), so a shared link opens that list with the excerpt in it. An open
// agreement is `agreement=ID`. The timeline's day is `date=YYYY-MM-DD` (the lists' range, from= and to=, is the
// search filters').
// The query rather than the hash, so in-page links (#zone-list) never disturb the state.
// Pure: parse and serialise only; reading and writing `location` is the state layer's job.
import { LANGS, type Lang } from './i18n.ts';
import { ZONE_IDS, type ZoneId } from './schema.ts';

export interface MapView {
  zoom: number;
  /** [longitude, latitude] */
  center: [number, number];
}

/** The list an excerpt was chosen from: a zone's, a place's or the general coverage. */
export type ExcerptWithin = { kind: 'zone'; id: ZoneId } | { kind: 'place'; id: string } | { kind: 'general' };

export type UrlSelection =
  | { kind: 'none' }
  | { kind: 'zone'; id: ZoneId }
  | { kind: 'excerpt'; id: string; within?: ExcerptWithin }
  | { kind: 'place'; id: string }
  | { kind: 'agreement'; id: string }
  | { kind: 'general' };

/** The timeline's day (the map drawn as it stood), YYYY-MM-DD. */
export interface TimeQuery {
  date: string | null;
}

export interface UrlState {
  lang: Lang;
  /** Absent when the query names no day. */
  time?: TimeQuery;
  view: MapView | null;
  selection: UrlSelection;
  /** The list of zones and excerpts shown instead of the zone buttons and legend. */
  listMode: boolean;
}

export const DEFAULT_LANG: Lang = 'ar';
/** The map's own limits; a view outside them is clamped rather than refused. */
export const ZOOM_RANGE: readonly [number, number] = [4, 11];
/** Excerpt and place ids as the ingest writes them: `879264fe85df-009`, `adm1:SY04`, `foreign:astana`. */
const ID_PATTERN = /^[\w.:-]{1,100}$/;
const LIST_KEYS = ['zone', 'place'] as const;
/** The one value of the `coverage` key, and of the `view` key. */
const GENERAL = 'general';
const LIST = 'list';

const clamp = (value: number, [lo, hi]: readonly [number, number]): number => Math.min(hi, Math.max(lo, value));
/** Trailing zeros dropped: 7.20 → "7.2". */
const fixed = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

function isLang(value: string | null): value is Lang {
  return value !== null && (LANGS as readonly string[]).includes(value);
}

function isZoneId(value: string): value is ZoneId {
  return (ZONE_IDS as readonly string[]).includes(value);
}

/** `zoom/lat/lon` → a view; null when any part is missing or not a finite number. */
export function parseView(text: string | null): MapView | null {
  if (text === null) return null;
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return null;
  if (Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom: clamp(zoom, ZOOM_RANGE), center: [lon, lat] };
}

/** Zoom to 2 decimals, coordinates to 4 (about 10 m, finer than the deepest zoom shows). */
export function formatView(view: MapView): string {
  const [lon, lat] = view.center;
  return `${fixed(view.zoom, 2)}/${fixed(lat, 4)}/${fixed(lon, 4)}`;
}

/** The zone, place or general coverage the query names (the first valid one), or none. */
function parseList(params: URLSearchParams): ExcerptWithin | null {
  for (const kind of LIST_KEYS) {
    const id = params.get(kind);
    if (id === null || !ID_PATTERN.test(id)) continue;
    if (kind === 'place') return { kind, id };
    if (isZoneId(id)) return { kind, id };
  }
  return params.get('coverage') === GENERAL ? { kind: 'general' } : null;
}

function parseSelection(params: URLSearchParams): UrlSelection {
  const agreement = params.get('agreement');
  if (agreement !== null && ID_PATTERN.test(agreement)) return { kind: 'agreement', id: agreement };
  const list = parseList(params);
  const excerpt = params.get('excerpt');
  if (excerpt !== null && ID_PATTERN.test(excerpt)) return list ? { kind: 'excerpt', id: excerpt, within: list } : { kind: 'excerpt', id: excerpt };
  return list ?? { kind: 'none' };
}

/** `zone=…`, `place=…` or `coverage=general`; null for an id that would need escaping (parseQuery refuses it). */
function listPart(list: ExcerptWithin): string | null {
  if (list.kind === 'general') return `coverage=${GENERAL}`;
  return ID_PATTERN.test(list.id) ? `${list.kind}=${list.id}` : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Read a query (with or without the leading ?); anything unknown or malformed falls back to the default. */
export function parseQuery(query: string): UrlState {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const lang = params.get('lang');
  const date = params.get('date');
  return {
    ...(date !== null && DAY.test(date) ? { time: { date } } : {}),
    lang: isLang(lang) ? lang : DEFAULT_LANG,
    view: parseView(params.get('map')),
    selection: parseSelection(params),
    listMode: params.get('view') === LIST,
  };
}

/** Write a query (leading ? included) in a fixed key order, so equal states give equal strings. */
export function serialiseQuery(state: UrlState): string {
  const parts = [`lang=${state.lang}`];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  const selection = state.selection;
  // Ids the ingest writes need no escaping; one that would is left out, as parseQuery would refuse it.
  const list = selection.kind === 'excerpt' ? (selection.within ?? null) : selection.kind === 'none' || selection.kind === 'agreement' ? null : selection;
  const listText = list ? listPart(list) : null;
  if (listText) parts.push(listText);
  if (selection.kind === 'excerpt' && ID_PATTERN.test(selection.id)) parts.push(`excerpt=${selection.id}`);
  if (selection.kind === 'agreement' && ID_PATTERN.test(selection.id)) parts.push(`agreement=${selection.id}`);
  const date = state.time?.date;
  if (date && DAY.test(date)) parts.push(`date=${date}`);
  if (state.listMode) parts.push(`view=${LIST}`);
  return `?${parts.join('&')}`;
}

/** Whether two selections name the same thing (an excerpt: in the same list). */
export function sameSelection(a: UrlSelection, b: UrlSelection): boolean {
  if (a.kind === 'none' || a.kind === 'general' || b.kind === 'none' || b.kind === 'general') return a.kind === b.kind;
  if (a.kind !== b.kind || a.id !== b.id) return false;
  if (a.kind !== 'excerpt' || b.kind !== 'excerpt') return true;
  const [x, y] = [a.within, b.within];
  return x === undefined || y === undefined ? x === y : sameSelection(x, y);
}

/** The zone a selection is in: the zone itself, or the zone whose list an excerpt was chosen from. */
export function zoneOf(selection: UrlSelection): ZoneId | null {
  if (selection.kind === 'zone') return selection.id;
  return selection.kind === 'excerpt' && selection.within?.kind === 'zone' ? selection.within.id : null;
}

/** `query` with the keys of `current` other than its own (the search's q=, the filters) appended as they are. */
export const keepOthers = (query: string, current: string): string =>
  query + current.slice(1).split('&').filter((p) => p && !/^(lang|map|zone|excerpt|place|coverage|view|agreement|date)=/.test(p)).map((p) => `&${p}`).join('');
