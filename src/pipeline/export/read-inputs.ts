// Reads geo/zones.geojson, data/index.json and, when needed, every page of data/zones/<zone>/ (as many
// as the index says), joined back into the zone's coverage; each file is validated with the shared
// schema, and every failure names the file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportInputs } from '../../lib/export/build.ts';
import { AgreementsFile } from '../../lib/agreements/schema.ts';
import { agreementProblems } from '../../lib/agreements/check.ts';
import { joinPages, pagePath } from '../../lib/coverage/pages.ts';
import { CoverageIndex, parseOrThrow, ZONE_IDS, ZoneCoveragePage, ZonesCollection, type ZoneCoverage, type ZoneId } from '../../lib/schema.ts';

export class InputError extends Error {
  override name = 'InputError';
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function readValid<T>(file: string, validate: (value: unknown) => T): Promise<T> {
  const value = await readJson(file);
  try {
    return validate(value);
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}

/** geo/agreements.json, validated and checked as the geo build checks it. */
export async function readAgreements(geoDir: string): Promise<AgreementsFile> {
  const file = join(geoDir, 'agreements.json');
  return readValid(file, (v) => {
    const parsed = parseOrThrow(AgreementsFile, v, file);
    const problems = agreementProblems(parsed);
    if (problems.length > 0) throw new Error(`${file}: ${problems.slice(0, 5).join('; ')}`);
    return parsed;
  });
}

/** Load what the exporter needs; coverage only for the zones asked for, and only with excerpts. */
export async function readExportInputs(geoDir: string, dataDir: string, zones: readonly ZoneId[] | undefined, withCoverage: boolean): Promise<ExportInputs> {
  const zonesFile = join(geoDir, 'zones.geojson');
  const indexFile = join(dataDir, 'index.json');
  const zonesCollection = await readValid(zonesFile, (v) => parseOrThrow(ZonesCollection, v, zonesFile));
  const index = await readValid(indexFile, (v) => parseOrThrow(CoverageIndex, v, indexFile));
  if (!withCoverage) return { zones: zonesCollection, index };
  const coverage: Partial<Record<ZoneId, ZoneCoverage>> = {};
  for (const zone of zones ?? ZONE_IDS) {
    const count = index.per_zone[zone]?.pages;
    if (count === undefined) throw new InputError(`${indexFile}: per_zone has no entry for "${zone}"`);
    const pages = await Promise.all(
      Array.from({ length: count }, (_, n) => {
        const file = join(dataDir, pagePath(zone, n));
        return readValid(file, (v) => parseOrThrow(ZoneCoveragePage, v, file));
      }),
    );
    try {
      coverage[zone] = joinPages(zone, pages, join(dataDir, 'zones', zone));
    } catch (error) {
      throw new InputError(error instanceof Error ? error.message : String(error));
    }
  }
  return { zones: zonesCollection, index, coverage };
}
