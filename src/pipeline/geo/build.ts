// The whole geo build in memory: inputs in, output texts (keyed by path under the project root) out.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { Gazetteer, ZonesCollection, ZonesMapCollection, parseOrThrow } from '../../lib/schema.ts';
import { buildNeighbours, buildPlaces, buildSyriaLayers } from './basemap.ts';
import { AGREEMENTS_FILE, CURATED_FILES, loadAgreementsCurated, loadHomographsCurated, loadRegionsCurated, loadZonesCurated, type ZonesCurated } from './curated.ts';
import { AgreementsFile } from '../../lib/agreements/schema.ts';
import { lifecycleKey } from '../../lib/agreements/keys.ts';
import { communityEntries, neighbourhoodEntries } from './communities.ts';
import { loadArabicDictionary } from './homographs.ts';
import { buildGazetteer, type GazetteerStats, type OpenSyriaUnit } from './gazetteer.ts';
import { stringifyWithList } from './output.ts';
import { parseGeoNames, placeRank } from './places.ts';
import { SOURCE_FILES, fail, readAdm3, readJson, readTsv } from './sources.ts';
import { buildZones, type ProposedZone } from './zones.ts';
import { zonesForMap } from './zones-map.ts';
import { simplifiedAdm3, ZONE_TOLERANCE } from './zone-shapes.ts';

export const OUTPUTS = {
  zones: 'geo/zones.geojson',
  zonesMap: 'geo/zones-map.geojson',
  gazetteer: 'geo/gazetteer.json',
  syria: 'geo/basemap/syria.geojson',
  governorates: 'geo/basemap/governorates.geojson',
  governorateBorders: 'geo/basemap/governorate-borders.geojson',
  labels: 'geo/basemap/governorate-labels.geojson',
  neighbours: 'geo/basemap/neighbours.geojson',
  places: 'geo/basemap/places.geojson',
  minorPlaces: 'geo/basemap/places-minor.geojson',
  agreements: 'geo/agreements.json',
} as const;

const AGREEMENTS_ATTRIBUTION =
  'Summaries written for this atlas from the public texts and contemporary reporting cited with each agreement.';

export interface GeoBuild {
  /** Output text keyed by path relative to the project root. */
  files: Map<string, string>;
  counts: Map<string, number>;
  stats: GazetteerStats & { simplifyTolerance: number };
}

function readRecords(dir: string, name: string): OpenSyriaUnit[] {
  const data = readJson(dir, name);
  if (!Array.isArray(data)) fail(dir, name, 'expected an array of admin units');
  return data as OpenSyriaUnit[];
}

function readWorld(): Topology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Topology;
  } catch (err) {
    throw new Error(`${file}: cannot read world-atlas countries (${(err as Error).message})`);
  }
}

/** Every zone lifecycle event's source title in Arabic, its notes and its agreement (zones.geojson, part of the first load, keeps the English title alone). */
function lifecycleSources(curated: ZonesCurated): AgreementsFile['lifecycle_sources'] {
  const out: AgreementsFile['lifecycle_sources'] = {};
  for (const zone of curated.zones) {
    for (const event of [curated.memorandum, ...zone.lifecycle]) {
      const { title_ar, note, note_ar } = event.source;
      out[lifecycleKey(zone.zone, event)] = {
        title_ar,
        ...(note === undefined ? {} : { note_en: note }),
        ...(note_ar === undefined ? {} : { note_ar }),
        ...(event.agreement === undefined ? {} : { agreement: event.agreement }),
      };
    }
  }
  return out;
}

export function buildGeo(projectRoot: string, sourcesDir: string): GeoBuild {
  const zonesCurated = loadZonesCurated(join(projectRoot, CURATED_FILES.zones));
  const regionsCurated = loadRegionsCurated(join(projectRoot, CURATED_FILES.regions));
  const { _about: _, ...agreementsBody } = loadAgreementsCurated(join(projectRoot, AGREEMENTS_FILE));
  const agreementIds = new Set(agreementsBody.agreements.map((a) => a.id));
  for (const event of [zonesCurated.memorandum, ...zonesCurated.zones.flatMap((z) => z.lifecycle)]) {
    if (event.agreement && !agreementIds.has(event.agreement)) {
      throw new Error(`${join(projectRoot, CURATED_FILES.zones)}: lifecycle event of ${event.date} names unknown agreement ${event.agreement}`);
    }
  }
  const agreements = parseOrThrow(
    AgreementsFile,
    { type: 'AgreementsFile', attribution: AGREEMENTS_ATTRIBUTION, ...agreementsBody, lifecycle_sources: lifecycleSources(zonesCurated) },
    OUTPUTS.agreements,
  );
  const adm3 = readAdm3(sourcesDir);

  const proposedFile = join(sourcesDir, SOURCE_FILES.zones);
  const proposed = (readJson(sourcesDir, SOURCE_FILES.zones) as { zones?: ProposedZone[] }).zones;
  if (!Array.isArray(proposed)) fail(sourcesDir, SOURCE_FILES.zones, 'no zones array');
  const topologyFile = join(sourcesDir, SOURCE_FILES.topology);
  const topology = readJson(sourcesDir, SOURCE_FILES.topology) as Topology;
  if (topology?.type !== 'Topology') fail(sourcesDir, SOURCE_FILES.topology, 'not a TopoJSON Topology');
  const shapes = simplifiedAdm3(topology, ZONE_TOLERANCE, topologyFile);
  const zones = parseOrThrow(ZonesCollection, buildZones({ proposed, adm3, shapes, tolerance: ZONE_TOLERANCE, curated: zonesCurated, where: proposedFile }), OUTPUTS.zones);
  const zonesMap = parseOrThrow(ZonesMapCollection, zonesForMap(zones), OUTPUTS.zonesMap);

  const towns = parseGeoNames(readTsv(sourcesDir, SOURCE_FILES.geonames, 15, false), join(sourcesDir, SOURCE_FILES.geonames));
  const tsv = readTsv(sourcesDir, SOURCE_FILES.gazetteerTsv, 5, true).map(([name_ar = '', , level = '', , ref = '']) => ({ name_ar, level, ref }));
  const communities = communityEntries(readTsv(sourcesDir, SOURCE_FILES.communities, 13, false), regionsCurated.ocha, join(sourcesDir, SOURCE_FILES.communities));
  const neighbourhoods = neighbourhoodEntries(readTsv(sourcesDir, SOURCE_FILES.neighbourhoods, 9, false), communities, regionsCurated.ocha, join(sourcesDir, SOURCE_FILES.neighbourhoods));
  const { gazetteer, stats } = buildGazetteer({
    units: [
      { kind: 'adm1', records: readRecords(sourcesDir, SOURCE_FILES.governorates), where: join(sourcesDir, SOURCE_FILES.governorates) },
      { kind: 'adm2', records: readRecords(sourcesDir, SOURCE_FILES.districts), where: join(sourcesDir, SOURCE_FILES.districts) },
      { kind: 'adm3', records: readRecords(sourcesDir, SOURCE_FILES.subdistricts), where: join(sourcesDir, SOURCE_FILES.subdistricts) },
    ],
    towns,
    tsv,
    adm3,
    curated: regionsCurated,
    ocha: [...communities, ...neighbourhoods.entries],
    isWord: loadArabicDictionary(),
    homographs: loadHomographsCurated(join(projectRoot, CURATED_FILES.homographs)),
  });
  parseOrThrow(Gazetteer, gazetteer, OUTPUTS.gazetteer);
  if (neighbourhoods.skipped.length > 0) stats.warnings.push(`${SOURCE_FILES.neighbourhoods}: ${neighbourhoods.skipped.length} rows name no known community, left out (${neighbourhoods.skipped.join(', ')})`);

  const syriaLayers = buildSyriaLayers(topology, topologyFile);
  const neighbours = buildNeighbours(readWorld(), regionsCurated, 'world-atlas/countries-50m.json');
  const ranks = new Map(towns.map((t) => [`gn:${t.geonameid}`, placeRank(t, regionsCurated)]));
  const places = buildPlaces(gazetteer.entries.filter((e) => e.kind === 'town' && e.source === 'geonames'), ranks);

  const layers: [string, object, string][] = [
    [OUTPUTS.zones, zones, 'features'],
    [OUTPUTS.zonesMap, zonesMap, 'features'],
    [OUTPUTS.gazetteer, gazetteer, 'entries'],
    [OUTPUTS.syria, syriaLayers.syria, 'features'],
    [OUTPUTS.governorates, syriaLayers.governorates, 'features'],
    [OUTPUTS.governorateBorders, syriaLayers.borders, 'features'],
    [OUTPUTS.labels, syriaLayers.labels, 'features'],
    [OUTPUTS.neighbours, neighbours, 'features'],
    [OUTPUTS.places, places.major, 'features'],
    [OUTPUTS.minorPlaces, places.minor, 'features'],
    [OUTPUTS.agreements, agreements, 'agreements'],
  ];
  const files = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [path, value, key] of layers) {
    files.set(path, stringifyWithList(value, key));
    const list = (value as Record<string, unknown>)[key];
    counts.set(path, Array.isArray(list) ? list.length : 0);
  }
  return { files, counts, stats: { ...stats, simplifyTolerance: syriaLayers.tolerance } };
}
