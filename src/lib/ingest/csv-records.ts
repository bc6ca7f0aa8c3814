// A spreadsheet export: a header row naming the fields of the JSON records (title, date, outlet, url,
// text; a few common other names too), then one article a row. The delimiter is the one the header row
// uses (comma, semicolon or tab: Arabic-locale spreadsheets often write semicolons); quoting as RFC 4180.
import { dsvFormat } from 'd3-dsv';
import type { SourceDoc } from './article.ts';
import { findDate } from './dates.ts';
import { parseMachineDate } from './machine-dates.ts';
import type { SidecarMeta } from './sidecar.ts';

type Field = 'title' | 'date' | 'outlet' | 'url' | 'text';

const ALIASES: ReadonlyMap<string, Field> = new Map([
  ['title', 'title'], ['headline', 'title'], ['العنوان', 'title'],
  ['date', 'date'], ['published', 'date'], ['published_at', 'date'], ['التاريخ', 'date'],
  ['outlet', 'outlet'], ['source', 'outlet'], ['publisher', 'outlet'], ['المصدر', 'outlet'],
  ['url', 'url'], ['link', 'url'], ['الرابط', 'url'],
  ['text', 'text'], ['body', 'text'], ['content', 'text'], ['النص', 'text'],
]);

function delimiterOf(header: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** A date cell as YYYY-MM-DD: ISO, RFC 2822, or a form editors write (6.9.2017, ٦ أيلول ٢٠١٧). */
export function dateCell(cell: string): string | null {
  return parseMachineDate(cell) ?? findDate(cell)?.date ?? null;
}

export function parseCsvRecords(content: string, file: string): { docs: SourceDoc[]; errors: string[] } {
  const firstLine = content.slice(0, content.indexOf('\n') >= 0 ? content.indexOf('\n') : content.length);
  const rows = dsvFormat(delimiterOf(firstLine)).parseRows(content);
  const header = rows[0] ?? [];
  const columns = header.map((h) => ALIASES.get(h.trim().toLowerCase()) ?? null);
  if (!columns.includes('text')) {
    return { docs: [], errors: [`${file}: no "text" column in the header row (it names: ${header.map((h) => `"${h.trim()}"`).join(', ')})`] };
  }
  const docs: SourceDoc[] = [];
  const errors: string[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    const at = `${file}#${r}`;
    const cells = new Map<Field, string>();
    columns.forEach((c, i) => {
      const v = (row[i] ?? '').trim();
      if (c && v && !cells.has(c)) cells.set(c, v.replace(/\r\n?/g, '\n').normalize('NFC'));
    });
    const text = cells.get('text');
    if (!text) {
      errors.push(`${at}: the row has no text`);
      continue;
    }
    const given: SidecarMeta = {};
    const notes: string[] = [];
    for (const key of ['title', 'outlet', 'url'] as const) {
      const v = cells.get(key);
      if (v) given[key] = v;
    }
    const d = cells.get('date');
    if (d) {
      const day = dateCell(d);
      if (day) given.date = day;
      else notes.push(`${at}: date "${d}" is not a date (ignored)`);
    }
    docs.push({ file: at, text, title: given.title ?? null, given, notes });
  }
  return { docs, errors };
}
