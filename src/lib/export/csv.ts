// Citations as CSV that spreadsheets open cleanly: UTF-8 with a byte order mark (so Excel reads
// Arabic correctly), RFC 4180 quoting, CRLF line ends, and a guard against formula injection:
// a cell whose text starts with = + - @ (or a tab or carriage return) gets a leading apostrophe,
// so the spreadsheet shows it as text instead of evaluating it. The apostrophe is visible in
// other CSV readers; that is the price of the guard.
import type { ZoneCoverage, ZoneId } from '../schema.ts';
import { exportedExcerpts } from './excerpts.ts';

export const CSV_COLUMNS = ['zone', 'outlet', 'date', 'title', 'url', 'excerpt', 'strength'] as const;
export type CitationRow = Record<(typeof CSV_COLUMNS)[number], string>;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise a leading formula character, then quote per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per excerpt of `coverage` linked to `zone`, in the export's order (date, article, id). */
export function citationRows(zone: ZoneId, coverage: ZoneCoverage): CitationRow[] {
  return exportedExcerpts(zone, coverage).map((e) => ({
    zone,
    outlet: e.outlet ?? '',
    date: e.date ?? '',
    title: e.title,
    url: e.url ?? '',
    excerpt: e.text,
    strength: e.strength,
  }));
}

/** The CSV text: BOM, header row, one line per row, every line ended by CRLF. */
export function citationsCsv(rows: readonly CitationRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(row[c])).join(','))];
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}
