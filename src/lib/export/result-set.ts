// The excerpts a reader is looking at (a zone's list, or search results, after the filters) as CSV and
// as GeoJSON. Every row carries the stable excerpt and article ids, the zones with the link's strength,
// the places named with their gazetteer ids, outlet, date, title, URL, the offsets into the article's
// cleaned text, the text itself and the attribution the data requires (a CSV column; the GeoJSON's
// top-level `attribution` and `metadata`). GeoJSON geometry is the named places' points (a MultiPoint),
// null for an excerpt that names no place with a point.
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import { csvCell } from './csv.ts';

export interface RowPlace {
  id: string;
  name_ar: string;
  name_en: string;
  point: [number, number] | null;
}

export interface ResultRow {
  excerpt_id: string;
  article_id: string;
  /** The zones the excerpt is listed under here, with each link's strength. */
  zones: { zone: string; strength: string }[];
  places: RowPlace[];
  outlet: string | null;
  date: string | null;
  title: string;
  url: string | null;
  start: number;
  end: number;
  text: string;
}

export const RESULT_COLUMNS = [
  'excerpt_id', 'article_id', 'zone', 'strength', 'place_ids', 'places_ar', 'places_en',
  'outlet', 'date', 'title', 'url', 'start', 'end', 'text', 'attribution',
] as const;

const BOM = '\uFEFF';

function cells(row: ResultRow, attribution: string): Record<(typeof RESULT_COLUMNS)[number], string> {
  return {
    excerpt_id: row.excerpt_id,
    article_id: row.article_id,
    zone: row.zones.map((z) => z.zone).join(' '),
    strength: row.zones.map((z) => z.strength).join(' '),
    place_ids: row.places.map((p) => p.id).join(' '),
    places_ar: row.places.map((p) => p.name_ar).join('، '),
    places_en: row.places.map((p) => p.name_en).join(', '),
    outlet: row.outlet ?? '',
    date: row.date ?? '',
    title: row.title,
    url: row.url ?? '',
    start: String(row.start),
    end: String(row.end),
    text: row.text,
    attribution,
  };
}

/** CSV: UTF-8 with BOM, RFC 4180 quoting, CRLF, formula guard (csv.ts); the attribution on every row. */
export function resultsCsv(rows: readonly ResultRow[], attribution: string): string {
  const lines = [RESULT_COLUMNS.join(',')];
  for (const row of rows) {
    const c = cells(row, attribution);
    lines.push(RESULT_COLUMNS.map((k) => csvCell(c[k])).join(','));
  }
  return BOM + lines.map((l) => `${l}\r\n`).join('');
}

export interface ResultSetMeta {
  attribution: string;
  /** What the set is: the search query, the zone, the filters, as the address holds them. */
  query: string;
  /** The address that shows the same set. */
  link: string;
  /** ISO time of the export. */
  exported: string;
}

/** A GeoJSON FeatureCollection (RFC 7946) with one feature per excerpt, its id the excerpt id. */
export function resultsGeojson(rows: readonly ResultRow[], meta: ResultSetMeta): FeatureCollection<MultiPoint | null> & Record<string, unknown> {
  const features: Feature<MultiPoint | null>[] = rows.map((row) => {
    const points = row.places.flatMap((p) => (p.point ? [p.point] : []));
    return {
      type: 'Feature',
      id: row.excerpt_id,
      geometry: points.length > 0 ? { type: 'MultiPoint', coordinates: points } : null,
      properties: {
        ...cells(row, meta.attribution),
        places: row.places.map((p) => ({ id: p.id, name_ar: p.name_ar, name_en: p.name_en })),
      },
    };
  });
  return { type: 'FeatureCollection', attribution: meta.attribution, metadata: { ...meta, count: rows.length }, features };
}
