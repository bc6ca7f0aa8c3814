// What a download needs beyond the zones already on the map: data/index.json and, for excerpts
// or citations, every page of data/zones/<zone>/ (as many as the index says) joined back into the
// zone's coverage, fetched from the site and validated with the schema.
// Then the export is built with the shared pure exporter and validated before it is offered.
import { buildExport, citationRows, citationsCsv, serialiseExport } from '../../lib/export/index.ts';
import { ExportCollectionSchema, ExportCollectionWithExcerptsSchema } from '../../lib/export/schema.ts';
import { joinPages, pagePath } from '../../lib/coverage/pages.ts';
import { CoverageIndex, parseOrThrow, ZoneCoveragePage, type ZoneCoverage, type ZoneId, type ZonesCollection } from '../../lib/schema.ts';
import { citationsFileName, exportFileName, type ExportChoice } from './scope.ts';
import { agreementsCsv, exportAgreements } from '../../lib/export/agreements.ts';
import { AgreementsFile } from '../../lib/agreements/schema.ts';
import AGREEMENTS_URL from '../../../geo/agreements.json?url&no-inline';

export { saveDownload, type DownloadFile } from './save-download.ts';
import type { DownloadFile } from './save-download.ts';

const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}data/${path}`;

async function fetchValid<T>(path: string, validate: (value: unknown, where: string) => T): Promise<T> {
  const url = dataUrl(path);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return validate(await response.json(), url);
}

let indexPromise: Promise<CoverageIndex> | null = null;
const coveragePromises = new Map<ZoneId, Promise<ZoneCoverage>>();

function fetchIndex(): Promise<CoverageIndex> {
  indexPromise ??= fetchValid('index.json', (v, where) => parseOrThrow(CoverageIndex, v, where));
  indexPromise.catch(() => (indexPromise = null));
  return indexPromise;
}

function fetchCoverage(zone: ZoneId): Promise<ZoneCoverage> {
  let promise = coveragePromises.get(zone);
  if (!promise) {
    promise = fetchIndex().then(async (index) => {
      const count = index.per_zone[zone]?.pages ?? 1;
      const pages = await Promise.all(
        Array.from({ length: count }, (_, n) => fetchValid(pagePath(zone, n), (v, where) => parseOrThrow(ZoneCoveragePage, v, where))),
      );
      return joinPages(zone, pages, dataUrl(`zones/${zone}`));
    });
    promise.catch(() => coveragePromises.delete(zone));
    coveragePromises.set(zone, promise);
  }
  return promise;
}

let agreementsPromise: Promise<AgreementsFile> | null = null;

/** geo/agreements.json as the viewer ships it, validated with its schema. */
function fetchAgreements(): Promise<AgreementsFile> {
  agreementsPromise ??= fetch(AGREEMENTS_URL).then(async (response) => {
    if (!response.ok) throw new Error(`${AGREEMENTS_URL}: HTTP ${response.status}`);
    return parseOrThrow(AgreementsFile, await response.json(), AGREEMENTS_URL);
  });
  agreementsPromise.catch(() => (agreementsPromise = null));
  return agreementsPromise;
}

/**
 * The GeoJSON file for these zones and options, validated against the export schema. With `at` (a day),
 * each zone carries its `state` and standing `agreements` that day, as `npm run export -- --at` gives.
 */
export async function geojsonDownload(zones: ZonesCollection, ids: readonly ZoneId[], choice: ExportChoice): Promise<DownloadFile> {
  const [index, agreements] = await Promise.all([fetchIndex(), choice.at ? fetchAgreements() : undefined]);
  const coverage: Partial<Record<ZoneId, ZoneCoverage>> = {};
  if (choice.withExcerpts) {
    const loaded = await Promise.all(ids.map((z) => fetchCoverage(z)));
    ids.forEach((z, i) => (coverage[z] = loaded[i]));
  }
  const collection = buildExport(
    { zones, index, coverage, ...(agreements ? { agreements } : {}) },
    { zones: ids, withExcerpts: choice.withExcerpts, coreOnly: choice.coreOnly, ...(choice.at ? { at: choice.at } : {}) },
  );
  const name = exportFileName(ids, choice);
  parseOrThrow(choice.withExcerpts ? ExportCollectionWithExcerptsSchema : ExportCollectionSchema, collection, name);
  return { name, text: serialiseExport(collection), type: 'application/geo+json' };
}

/** The selected zone's excerpts as CSV citations (UTF-8 with BOM, see lib/export/csv.ts). */
export async function citationsDownload(zone: ZoneId): Promise<DownloadFile> {
  const [coverage, index] = await Promise.all([fetchCoverage(zone), fetchIndex()]);
  return { name: citationsFileName(zone), text: citationsCsv(citationRows(zone, coverage), index.attribution), type: 'text/csv;charset=utf-8' };
}

/** The agreements as `npm run export -- --agreements` writes them: a JSON array, or CSV with `csv`. */
export async function agreementsDownload(format: 'json' | 'csv'): Promise<DownloadFile> {
  const rows = exportAgreements(await fetchAgreements());
  return format === 'json'
    ? { name: 'deescalation-agreements.json', text: `${JSON.stringify(rows, null, 2)}\n`, type: 'application/json' }
    : { name: 'deescalation-agreements.csv', text: agreementsCsv(rows), type: 'text/csv;charset=utf-8' };
}
