// What a download needs beyond the zones already on the map: data/index.json and, for excerpts
// or citations, every page of data/zones/<zone>/ (as many as the index says) joined back into the
// zone's coverage, fetched from the site and validated with the schema.
// Then the export is built with the shared pure exporter and validated before it is offered.
import { buildExport, citationRows, citationsCsv, serialiseExport } from '../../lib/export/index.ts';
import { ExportCollectionSchema, ExportCollectionWithExcerptsSchema } from '../../lib/export/schema.ts';
import { joinPages, pagePath } from '../../lib/coverage/pages.ts';
import { CoverageIndex, parseOrThrow, ZoneCoveragePage, type ZoneCoverage, type ZoneId, type ZonesCollection } from '../../lib/schema.ts';
import { citationsFileName, exportFileName, type ExportChoice } from './scope.ts';

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

/** The GeoJSON file for these zones and options, validated against the export schema. */
export async function geojsonDownload(zones: ZonesCollection, ids: readonly ZoneId[], choice: ExportChoice): Promise<DownloadFile> {
  const index = await fetchIndex();
  const coverage: Partial<Record<ZoneId, ZoneCoverage>> = {};
  if (choice.withExcerpts) {
    const loaded = await Promise.all(ids.map((z) => fetchCoverage(z)));
    ids.forEach((z, i) => (coverage[z] = loaded[i]));
  }
  const collection = buildExport({ zones, index, coverage }, { zones: ids, withExcerpts: choice.withExcerpts, coreOnly: choice.coreOnly });
  const name = exportFileName(ids, choice);
  parseOrThrow(choice.withExcerpts ? ExportCollectionWithExcerptsSchema : ExportCollectionSchema, collection, name);
  return { name, text: serialiseExport(collection), type: 'application/geo+json' };
}

/** The selected zone's excerpts as CSV citations (UTF-8 with BOM, see lib/export/csv.ts). */
export async function citationsDownload(zone: ZoneId): Promise<DownloadFile> {
  const [coverage, index] = await Promise.all([fetchCoverage(zone), fetchIndex()]);
  return { name: citationsFileName(zone), text: citationsCsv(citationRows(zone, coverage), index.attribution), type: 'text/csv;charset=utf-8' };
}
