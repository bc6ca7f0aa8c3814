// GeoNames populated places: parsing, the Arabic display name, English name and label rank.
import { arabicKey } from '../../lib/geo/arabic-key.ts';
import type { RegionsCurated } from './curated.ts';

export interface GeoNamesPlace {
  geonameid: string;
  name: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  population: number;
}

/** Rows of GeoNames cities500 (GeoNames' own column order) to places; `where` names the file for errors. */
export function parseGeoNames(rows: string[][], where: string): GeoNamesPlace[] {
  return rows.map((row, i) => {
    const [geonameid = '', name = '', , alternates = '', lat = '', lon = '', , featureCode = ''] = row;
    const place = {
      geonameid,
      name,
      alternates: alternates ? alternates.split(',') : [],
      lat: Number(lat),
      lon: Number(lon),
      featureCode,
      population: Number(row[14] ?? '0') || 0,
    };
    if (!/^\d+$/.test(geonameid) || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) {
      throw new Error(`${where}: line ${i + 1} has no valid geonameid or coordinates`);
    }
    return place;
  });
}

/** Only the Arabic alphabet (no Persian, Kurdish or Urdu letters), spaces and harakat. */
const ARABIC_ONLY = /^[\u064b-\u0652\u0670\u0621-\u063a\u0641-\u064a ]+$/;
/** Prefixes that turn a town's name into the name of an admin unit. */
export const UNIT_PREFIX = /^(محافظة|منطقة|ناحية|مركز)\s+/;
const HAMZA_OR_TAA = /[\u0622\u0623\u0625\u0629]/g;

export function arabicAlternates(place: GeoNamesPlace): string[] {
  return [...new Set(place.alternates.map((a) => a.normalize('NFC').trim()).filter((a) => ARABIC_ONLY.test(a)))];
}

/**
 * The Arabic name to show: a spelling that OpenSyria also uses scores highest, then the
 * spelling with hamza and ta marbuta written, then the shorter, then code-point order.
 */
export function pickArabicName(candidates: string[], openSyriaNames: Set<string>): string | undefined {
  const plain = candidates.filter((c) => !UNIT_PREFIX.test(c) && !c.startsWith('مدينة '));
  const pool = plain.length > 0 ? plain : candidates;
  const score = (c: string): number => (openSyriaNames.has(c) ? 100 : 0) + (c.match(HAMZA_OR_TAA)?.length ?? 0);
  return [...pool].sort((a, b) => score(b) - score(a) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** GeoNames' romanised name without diacritics and with plain apostrophes, unless the curated list names it. */
export function englishName(place: GeoNamesPlace, curated: RegionsCurated): string {
  const override = curated.town_names_en[place.geonameid];
  if (override) return override;
  return place.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bf\u02be`]/g, "'")
    .normalize('NFC');
}

/** Label priority (1 first) from the curated rules: the first rule the place meets. */
export function placeRank(place: GeoNamesPlace, curated: RegionsCurated): number {
  for (const rule of curated.place_rank) {
    const codeOk = !rule.feature_codes || rule.feature_codes.includes(place.featureCode);
    const popOk = rule.min_population === undefined || place.population >= rule.min_population;
    if (codeOk && popOk) return rule.rank;
  }
  return Math.max(...curated.place_rank.map((r) => r.rank)) + 1;
}

/** Keys of every curated region name and alias: admin and town aliases with these keys are dropped. */
export function regionKeys(curated: RegionsCurated): Set<string> {
  return new Set(curated.regions.flatMap((r) => [r.name_ar, ...r.aliases_ar]).map(arabicKey));
}
