// Build geo/gazetteer.json: admin units (OpenSyria), towns (GeoNames), curated regions and foreign places.
import { booleanPointInPolygon, point as turfPoint } from '@turf/turf';
import type { Gazetteer, GazetteerEntry, PlaceKind } from '../../lib/schema.ts';
import { arabicKey, spellingVariants } from '../../lib/geo/arabic-key.ts';
import { roundNumber } from '../../lib/geo/round.ts';
import type { RegionsCurated } from './curated.ts';
import { arabicAlternates, englishName, pickArabicName, regionKeys, UNIT_PREFIX, type GeoNamesPlace } from './places.ts';
import type { Adm3Feature } from './sources.ts';
import { ZONES_ATTRIBUTION } from './zones.ts';
import { COMMUNITIES_ATTRIBUTION } from './communities.ts';
import { countrysideRegions } from './countryside.ts';
import { adverbKeys, deriveHomographs, regionInSyriaKeys, type HomographsCurated, type IsWord } from './homographs.ts';

export const GAZETTEER_ATTRIBUTION = `${ZONES_ATTRIBUTION} Populated places: GeoNames, CC BY 4.0. ${COMMUNITIES_ATTRIBUTION}`;

export interface OpenSyriaUnit {
  id: string;
  name: { en: string; ar: string };
  aliases?: { value: string; language: string; type: string }[];
  centroid?: { latitude: number; longitude: number };
  population?: { value: number };
  externalIds?: { ochaPcode?: string };
}

/** One row of gazetteer_sy_ar.tsv: Arabic name, level, P-code or `geonames:<id>`. */
export interface TsvName {
  name_ar: string;
  level: string;
  ref: string;
}

export interface GazetteerInput {
  units: { kind: Extract<PlaceKind, 'adm1' | 'adm2' | 'adm3'>; records: OpenSyriaUnit[]; where: string }[];
  towns: GeoNamesPlace[];
  tsv: TsvName[];
  adm3: Map<string, Adm3Feature>;
  curated: RegionsCurated;
  /** OCHA communities and neighbourhoods, already turned into entries (communities.ts). */
  ocha: GazetteerEntry[];
  isWord: IsWord;
  homographs: HomographsCurated;
}

export interface GazetteerStats {
  droppedRegionAliases: string[];
  tsvExtraSpellings: number;
  warnings: string[];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** A town's alias that names its governorate (محافظة …) belongs to the adm1 entry instead. */
const notGovernorate = (name: string): boolean => !name.startsWith('محافظة ');
const pointOf = (lon: number, lat: number): [number, number] => [roundNumber(lon, 5), roundNumber(lat, 5)];

export function buildGazetteer(input: GazetteerInput): { gazetteer: Gazetteer; stats: GazetteerStats } {
  const { curated } = input;
  const regions = regionKeys(curated);
  const stats: GazetteerStats = { droppedRegionAliases: [], tsvExtraSpellings: 0, warnings: [] };
  const explicit = new Set(curated.dropped_admin_aliases.map((d) => `${d.pcode}\t${d.alias}`));
  const usedExplicit = new Set<string>();
  const tsvByRef = new Map<string, string[]>();
  for (const row of input.tsv) tsvByRef.set(row.ref, [...(tsvByRef.get(row.ref) ?? []), row.name_ar]);

  /** Aliases minus the name itself, curated drops and anything naming a region; sorted, unique. */
  const clean = (ref: string, name: string, aliases: string[], fromTsv: string[]): string[] => {
    const kept = new Set<string>();
    for (const raw of [...aliases, ...fromTsv]) {
      const alias = raw.normalize('NFC').trim();
      if (!alias || alias === name || kept.has(alias)) continue;
      if (explicit.has(`${ref}\t${alias}`)) {
        usedExplicit.add(`${ref}\t${alias}`);
        continue;
      }
      if (regions.has(arabicKey(alias.replace(UNIT_PREFIX, '')))) {
        stats.droppedRegionAliases.push(`${ref} ${alias}`);
        continue;
      }
      if (!aliases.includes(raw)) stats.tsvExtraSpellings += 1;
      kept.add(alias);
    }
    return [...kept].sort(byCodePoint);
  };

  const entries: GazetteerEntry[] = [];
  for (const { kind, records, where } of input.units) {
    for (const r of records) {
      const pcode = r.externalIds?.ochaPcode;
      if (!pcode) throw new Error(`${where}: ${r.id} has no externalIds.ochaPcode`);
      const ar = (r.aliases ?? []).filter((a) => a.language === 'ar').map((a) => a.value);
      entries.push({
        id: `${kind}:${pcode}`,
        kind,
        name_ar: r.name.ar.normalize('NFC'),
        name_en: r.name.en,
        aliases_ar: clean(pcode, r.name.ar.normalize('NFC'), ar, tsvByRef.get(pcode) ?? []),
        pcode,
        adm1_pcode: pcode.slice(0, 4),
        ...(r.centroid ? { point: pointOf(r.centroid.longitude, r.centroid.latitude) } : {}),
        ...(r.population?.value ? { population: r.population.value } : {}),
        outside_syria: false,
        source: 'opensyria',
      });
    }
  }

  const openSyriaNames = new Set(entries.flatMap((e) => [e.name_ar, ...e.aliases_ar]));
  const adm3 = [...input.adm3.values()];
  for (const town of input.towns) {
    const curatedAr = curated.town_names_ar[town.geonameid];
    const alternates = [...(curatedAr ? [curatedAr] : []), ...arabicAlternates(town)].filter(notGovernorate);
    const name_ar = pickArabicName(alternates, openSyriaNames);
    if (!name_ar) {
      stats.warnings.push(`GeoNames ${town.geonameid} ${town.name} has no Arabic name; left out`);
      continue;
    }
    const at = turfPoint([town.lon, town.lat]);
    const unit = adm3.find((f) => booleanPointInPolygon(at, f));
    const ref = `geonames:${town.geonameid}`;
    entries.push({
      id: `gn:${town.geonameid}`,
      kind: 'town',
      name_ar,
      name_en: englishName(town, curated),
      aliases_ar: clean(ref, name_ar, alternates, (tsvByRef.get(ref) ?? []).filter(notGovernorate)),
      ...(unit ? { adm1_pcode: unit.properties.adm1_pcode } : {}),
      point: pointOf(town.lon, town.lat),
      ...(town.population > 0 ? { population: town.population } : {}),
      outside_syria: false,
      source: 'geonames',
    });
  }

  const spellings = (name: string, aliases: string[], variants: boolean | undefined): string[] => {
    const all = [name, ...aliases].flatMap((a) => (variants ? spellingVariants(a) : [a.normalize('NFC')]));
    return [...new Set(all)].filter((a) => a !== name).sort(byCodePoint);
  };
  entries.push(...input.ocha);
  const taken = new Set(curated.regions.flatMap((r) => [r.name_ar, ...r.aliases_ar]).map(arabicKey));
  const adm1ByName = new Map(entries.filter((e) => e.kind === 'adm1').map((e) => [arabicKey(e.name_ar), e.pcode]));
  const governorateCode = (name: string): string | undefined => adm1ByName.get(arabicKey(name)) ?? adm1ByName.get(arabicKey(`ريف ${name}`));
  for (const r of [...curated.regions, ...countrysideRegions(curated, taken, arabicKey, governorateCode)]) {
    entries.push({
      id: r.id,
      kind: 'region',
      name_ar: r.name_ar,
      name_en: r.name_en,
      aliases_ar: spellings(r.name_ar, r.aliases_ar, 'variants' in r ? r.variants : true),
      ...(r.adm1_pcode ? { adm1_pcode: r.adm1_pcode } : {}),
      outside_syria: false,
      zones: [...r.zones],
      ...(r.partial ? { partial: true } : {}),
      ...('mostly' in r && r.mostly ? { mostly: true } : {}),
      source: 'curated',
    });
  }
  for (const f of curated.foreign) {
    entries.push({
      id: f.id,
      kind: 'foreign',
      name_ar: f.name_ar,
      name_en: f.name_en,
      aliases_ar: spellings(f.name_ar, f.aliases_ar, f.variants),
      point: pointOf(f.point[0], f.point[1]),
      ...(f.country_ar ? { country_ar: f.country_ar } : {}),
      outside_syria: true,
      source: 'curated',
    });
  }

  for (const key of explicit) {
    if (!usedExplicit.has(key)) stats.warnings.push(`geo/curated/regions.json: dropped alias ${key.replace('\t', ' ')} not found in the inputs`);
  }
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`gazetteer: duplicate id ${e.id}`);
    ids.add(e.id);
  }
  entries.sort((a, b) => byCodePoint(a.id, b.id));
  const homographs = deriveHomographs(entries, input.isWord, input.homographs);
  const homograph_adverbs = adverbKeys(input.homographs, homographs);
  const homograph_regions = regionInSyriaKeys(input.homographs, homographs, entries);
  return { gazetteer: { attribution: GAZETTEER_ATTRIBUTION, homographs, homograph_adverbs, homograph_regions, entries }, stats };
}
