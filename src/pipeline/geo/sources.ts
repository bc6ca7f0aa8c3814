// Reading the raw geo inputs from ../shared/geo-sources, with one-line errors naming the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';

export const SOURCE_FILES = {
  adm3: 'syr_adm3_geoboundaries2021_simplified_ocha-pcodes.geojson',
  topology: 'syr_admin_adm1-3_geoboundaries2021_simplified_ocha-pcodes.topojson',
  zones: 'deescalation_zones_proposed_2017.json',
  geonames: 'geonames_cities500_SY.tsv',
  gazetteerTsv: 'gazetteer_sy_ar.tsv',
  governorates: 'opensyria/governorates.json',
  districts: 'opensyria/districts.json',
  subdistricts: 'opensyria/subdistricts.json',
  communities: 'ocha_communities/syr_communities_ocha.tsv',
  neighbourhoods: 'ocha_communities/syr_neighbourhoods_ocha.tsv',
} as const;

export interface Adm3Properties {
  adm3_pcode: string;
  adm3_en: string;
  adm3_ar: string;
  adm2_pcode: string;
  adm1_pcode: string;
  adm1_en: string;
  adm1_ar: string;
}
export type Adm3Feature = Feature<Polygon, Adm3Properties>;

export function readText(dir: string, name: string): string {
  const file = join(dir, name);
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

export function readJson(dir: string, name: string): unknown {
  const text = readText(dir, name);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${join(dir, name)}: not valid JSON (${(err as Error).message})`);
  }
}

export function fail(dir: string, name: string, problem: string): never {
  throw new Error(`${join(dir, name)}: ${problem}`);
}

/** The ADM3 polygons keyed by P-code. */
export function readAdm3(dir: string): Map<string, Adm3Feature> {
  const data = readJson(dir, SOURCE_FILES.adm3) as FeatureCollection;
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    fail(dir, SOURCE_FILES.adm3, 'expected a GeoJSON FeatureCollection');
  }
  const byPcode = new Map<string, Adm3Feature>();
  for (const f of data.features) {
    const pcode = (f.properties as Partial<Adm3Properties> | null)?.adm3_pcode;
    if (typeof pcode !== 'string') fail(dir, SOURCE_FILES.adm3, 'a feature has no adm3_pcode');
    if (f.geometry?.type !== 'Polygon') fail(dir, SOURCE_FILES.adm3, `${pcode} is not a Polygon`);
    byPcode.set(pcode, f as Adm3Feature);
  }
  return byPcode;
}

/** Rows of a tab-separated file; `header` tells whether the first line names the columns. */
export function readTsv(dir: string, name: string, minColumns: number, header: boolean): string[][] {
  const lines = readText(dir, name).split(/\r?\n/).filter((l) => l.length > 0);
  const rows = (header ? lines.slice(1) : lines).map((l) => l.split('\t'));
  rows.forEach((row, i) => {
    if (row.length < minColumns) {
      fail(dir, name, `line ${i + (header ? 2 : 1)} has ${row.length} columns, expected at least ${minColumns}`);
    }
  });
  return rows;
}
