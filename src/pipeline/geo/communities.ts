// OCHA's communities (admin 4) and city neighbourhoods as gazetteer entries. Their admin-3 P-code gives
// zone membership directly; a neighbourhood has no point of its own and takes its community's.
import type { GazetteerEntry } from '../../lib/schema.ts';
import { roundNumber } from '../../lib/geo/round.ts';

export const COMMUNITIES_ATTRIBUTION =
  'Communities and neighbourhoods: UN OCHA Syria humanitarian locations list, CC BY 3.0 IGO.';

export interface OchaCurated {
  /** Points for rows that have none (a neighbourhood's own place), keyed by OCHA code. */
  points: Record<string, [number, number]>;
  /** Press spellings of OCHA rows (جوبر for جوبر الشرقي, حمورية for حمورة), keyed by OCHA code. */
  aliases: Record<string, string[]>;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** OCHA's disambiguated forms «اليرموك - دمشق» name the sub-district after the dash: not a spelling. */
const DISAMBIGUATED = / - /;

function column(header: string[], name: string, where: string): number {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`${where}: no ${name} column in the header`);
  return i;
}

function aliasesOf(name: string, alternates: string, extra: string[] | undefined): string[] {
  const out = new Set<string>();
  for (const raw of [...alternates.split(/[;,،]/), ...(extra ?? [])]) {
    const a = raw.normalize('NFC').trim();
    if (a && a !== name && !DISAMBIGUATED.test(a)) out.add(a);
  }
  return [...out].sort(byCodePoint);
}

/** The fields every OCHA place starts with: its id, its names and their aliases, its code. */
function ochaPlace(pcode: string, name: string, row: string[], en: number, alt: number, curated: OchaCurated) {
  return {
    id: `ocha:${pcode}`,
    kind: 'town',
    name_ar: name,
    name_en: (row[en] ?? '').trim(),
    aliases_ar: aliasesOf(name, row[alt] ?? '', curated.aliases[pcode]),
    pcode,
  } as const;
}

/** Entries from syr_communities_ocha.tsv rows (header first); `where` names the file for errors. */
export function communityEntries(rows: string[][], curated: OchaCurated, where: string): GazetteerEntry[] {
  const [header, ...body] = rows;
  if (!header) throw new Error(`${where}: empty file`);
  const c = (n: string): number => column(header, n, where);
  const [pc, ar, en, alt, lat, lon, a1, a3] = [c('pcode'), c('name_ar'), c('name_en'), c('alt_names_ar'), c('lat'), c('lon'), c('adm1_pcode'), c('adm3_pcode')];
  return body.map((row, i) => {
    const pcode = row[pc] ?? '';
    const name = (row[ar] ?? '').normalize('NFC').trim();
    const y = Number(row[lat]);
    const x = Number(row[lon]);
    if (!/^C\d+$/.test(pcode) || !name || !Number.isFinite(x) || !Number.isFinite(y) || !row[a3]) {
      throw new Error(`${where}: line ${i + 2} needs a C-code, an Arabic name, coordinates and an admin-3 P-code`);
    }
    return {
      ...ochaPlace(pcode, name, row, en, alt, curated),
      adm1_pcode: row[a1] ?? '',
      adm3_pcode: row[a3] ?? '',
      point: [roundNumber(x, 5), roundNumber(y, 5)],
      outside_syria: false,
      source: 'ocha',
    } satisfies GazetteerEntry;
  });
}

/**
 * Entries from syr_neighbourhoods_ocha.tsv rows; each takes a curated point or its community's. Rows
 * without an N-code, an Arabic name or a known community (camps and stray lines in the source) are left
 * out and listed in `skipped`.
 */
export function neighbourhoodEntries(
  rows: string[][],
  communities: GazetteerEntry[],
  curated: OchaCurated,
  where: string,
): { entries: GazetteerEntry[]; skipped: string[] } {
  const [header, ...body] = rows;
  if (!header) throw new Error(`${where}: empty file`);
  const c = (n: string): number => column(header, n, where);
  const [pc, ar, en, alt, parent, a1, a3] = [c('pcode'), c('name_ar'), c('name_en'), c('alt_names_ar'), c('parent_community_pcode'), c('adm1_pcode'), c('adm3_pcode')];
  const byCode = new Map(communities.map((e) => [e.pcode, e]));
  const skipped: string[] = [];
  const entries: GazetteerEntry[] = [];
  body.forEach((row, i) => {
    const pcode = row[pc] ?? '';
    const name = (row[ar] ?? '').normalize('NFC').trim();
    const city = byCode.get(row[parent] ?? '');
    if (!/^N\d+$/.test(pcode) || !/[\u0621-\u064a]/.test(name) || !city) {
      skipped.push(`line ${i + 2}`);
      return;
    }
    const point = curated.points[pcode] ?? city.point;
    entries.push({
      ...ochaPlace(pcode, name, row, en, alt, curated),
      adm1_pcode: row[a1] ?? city.adm1_pcode ?? '',
      adm3_pcode: row[a3] ?? city.adm3_pcode ?? '',
      parent: city.id,
      ...(point ? { point } : {}),
      outside_syria: false,
      source: 'ocha',
    });
  });
  return { entries, skipped };
}
