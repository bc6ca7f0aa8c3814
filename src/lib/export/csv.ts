// Citations as CSV that spreadsheets open cleanly: UTF-8 with a byte order mark (so Excel reads
// Arabic correctly), RFC 4180 quoting, CRLF line ends, and a guard against formula injection:
// a cell whose text starts with = + - @ (or a tab or carriage return) gets a leading apostrophe,
// so the spreadsheet shows it as text instead of evaluating it. The apostrophe is visible in
// other CSV readers; that is the price of the guard.
// Every row carries the stable excerpt and article ids, the offsets of the excerpt in the article's
// cleaned text, the gazetteer ids of the places that made the link, and the attribution the data needs.
import type { ZoneCoverage, ZoneId } from '../schema.ts';
import { exportedExcerpts } from './excerpts.ts';

export const CSV_COLUMNS = [
  'excerpt_id', 'article_id', 'zone', 'outlet', 'date', 'title', 'url', 'excerpt', 'strength', 'places', 'place_ids', 'start', 'end', 'attribution',
] as const;
export type CitationRow = Record<Exclude<(typeof CSV_COLUMNS)[number], 'attribution'>, string>;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise a leading formula character, then quote per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per excerpt of `coverage` linked to `zone`, in the export's order (date, article, id). */
export function citationRows(zone: ZoneId, coverage: ZoneCoverage, weakLinks = false): CitationRow[] {
  const byId = new Map(coverage.excerpts.map((e) => [e.id, e]));
  return exportedExcerpts(zone, coverage, weakLinks).map((e) => {
    const excerpt = byId.get(e.id)!;
    const evidence = excerpt.links.find((l) => l.zone === zone)?.evidence ?? [];
    const ids = [...new Set(evidence.flatMap((v) => (v.place_id ? [v.place_id] : [])))];
    return {
      excerpt_id: e.id,
      article_id: e.article_id,
      zone,
      outlet: e.outlet ?? '',
      date: e.date ?? '',
      title: e.title,
      url: e.url ?? '',
      excerpt: e.text,
      strength: e.strength,
      places: e.places.join('، '),
      place_ids: ids.join(' '),
      start: String(excerpt.start),
      end: String(excerpt.end),
    };
  });
}

/** The CSV text: BOM, header row, one line per row (the attribution in its last column), every line ended by CRLF. */
export function citationsCsv(rows: readonly CitationRow[], attribution: string): string {
  const cell = (row: CitationRow, c: (typeof CSV_COLUMNS)[number]): string => csvCell(c === 'attribution' ? attribution : row[c]);
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => cell(row, c)).join(','))];
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}
