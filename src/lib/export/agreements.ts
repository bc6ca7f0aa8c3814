// The agreements as an export of their own (`npm run -s export -- --agreements`): a JSON array and a
// CSV, one entry per agreement, and each zone's state and standing agreements on a day (`--at`).
// Pure: the CLI and the viewer both call it.
import type { Agreement, AgreementsFile, ZoneState } from '../agreements/schema.ts';
import { agreementsAt, zoneStateAt } from '../agreements/state.ts';
import type { ZoneId } from '../schema.ts';
import { csvCell } from './csv.ts';

export interface ExportedParty {
  name_ar: string;
  name_en: string;
  role: 'signatory' | 'broker';
}

export interface ExportedAgreement {
  id: string;
  kind: Agreement['kind'];
  date: string;
  in_force: string | null;
  title_ar: string;
  title_en: string;
  place_ar: string;
  place_en: string;
  zones: ZoneId[];
  role: Agreement['role'];
  parties: ExportedParty[];
  provisions_ar: string[];
  provisions_en: string[];
  outcome_ar: string;
  outcome_en: string;
  text_published: boolean;
  text_note_en: string;
  disagreements_en: string[];
  sources: Agreement['sources'];
}

/** The agreements (those covering any of `zones`, when given), by date then id. */
export function exportAgreements(file: Pick<AgreementsFile, 'agreements'>, zones?: readonly ZoneId[]): ExportedAgreement[] {
  return file.agreements
    .filter((a) => !zones || a.zones.some((z) => zones.includes(z)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      date: a.date,
      in_force: a.in_force ?? null,
      title_ar: a.title_ar,
      title_en: a.title_en,
      place_ar: a.place_ar,
      place_en: a.place_en,
      zones: [...a.zones],
      role: a.role,
      parties: [
        ...a.signatories.map((p) => ({ name_ar: p.ar, name_en: p.en, role: 'signatory' as const })),
        ...a.brokers.map((p) => ({ name_ar: p.ar, name_en: p.en, role: 'broker' as const })),
      ],
      provisions_ar: a.provisions.map((p) => p.ar),
      provisions_en: a.provisions.map((p) => p.en),
      outcome_ar: a.outcome_ar,
      outcome_en: a.outcome_en,
      text_published: a.text.published,
      text_note_en: a.text.note_en,
      disagreements_en: a.disagreements.map((d) => d.en),
      sources: a.sources.map((s) => ({ ...s })),
    }));
}

export const AGREEMENT_CSV_COLUMNS = [
  'id', 'date', 'in_force', 'title_ar', 'title_en', 'zones', 'role', 'parties_en', 'parties_ar',
  'provisions_en', 'provisions_ar', 'text_published', 'sources',
] as const;

/** The agreements as CSV (UTF-8 with BOM, CRLF, formula guard as the citations): lists joined by " | ". */
export function agreementsCsv(rows: readonly ExportedAgreement[]): string {
  const join = (list: readonly string[]): string => list.join(' | ');
  const cells = (a: ExportedAgreement): Record<(typeof AGREEMENT_CSV_COLUMNS)[number], string> => ({
    id: a.id,
    date: a.date,
    in_force: a.in_force ?? '',
    title_ar: a.title_ar,
    title_en: a.title_en,
    zones: join(a.zones),
    role: a.role,
    parties_en: join(a.parties.map((p) => (p.role === 'broker' ? `${p.name_en} (broker)` : p.name_en))),
    parties_ar: join(a.parties.map((p) => (p.role === 'broker' ? `${p.name_ar} (وسيط)` : p.name_ar))),
    provisions_en: join(a.provisions_en),
    provisions_ar: join(a.provisions_ar),
    text_published: a.text_published ? 'yes' : 'no',
    sources: join(a.sources.map((s) => s.url)),
  });
  const lines = [AGREEMENT_CSV_COLUMNS.join(','), ...rows.map((a) => AGREEMENT_CSV_COLUMNS.map((c) => csvCell(cells(a)[c])).join(','))];
  return '\uFEFF' + lines.map((line) => `${line}\r\n`).join('');
}

/** An agreement standing on the export's day, as an object (GDAL keeps an array of objects as JSON through GeoPackage; a list of strings it cannot). */
export interface StandingAgreement {
  id: string;
  title_ar: string;
  title_en: string;
}

/** A zone's state and standing agreements on `date`. */
export function zoneAtDate(file: Pick<AgreementsFile, 'agreements' | 'states'>, zone: ZoneId, date: string): { state: ZoneState; agreements: StandingAgreement[] } {
  const ids = agreementsAt(file, zone, date);
  const byId = new Map(file.agreements.map((a) => [a.id, a]));
  return {
    state: zoneStateAt(file.states[zone] ?? [], date),
    agreements: ids.map((id) => {
      const a = byId.get(id);
      return { id, title_ar: a?.title_ar ?? '', title_en: a?.title_en ?? '' };
    }),
  };
}

/** Whether `text` is a calendar day written YYYY-MM-DD (2017-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
