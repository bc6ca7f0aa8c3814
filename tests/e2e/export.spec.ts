// Export from the viewer: the downloaded files are checked on disk by consumers that are not ours
// (check-geojson from npm, GDAL from Debian), the CSV byte for byte, and the GeoJSON imported back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { expect, test, type Page } from '@playwright/test';
import { citationRows, citationsCsv, CSV_COLUMNS } from '../../src/lib/export/index.ts';
import { CoverageIndex, parseOrThrow, ZONE_IDS } from '../../src/lib/schema.ts';
import { zonesInBounds } from '../../src/ui/export/scope.ts';
import { loadZones, mapSettled, openAtlas, overlayValues, readIndex, readZoneCoverage } from './atlas-page.ts';

const hasGdal = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasGdal) console.log('export.spec: GDAL checks skipped, `ogrinfo` is not installed (apt-get install gdal-bin)');

const tmp = mkdtempSync(join(tmpdir(), 'atlas-export-e2e-'));
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const index = parseOrThrow(CoverageIndex, JSON.parse(readFileSync(resolve('data/index.json'), 'utf8')), 'data/index.json');

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

interface LayerSummary {
  text: string;
  count: number;
  geometry: string;
  fields: Record<string, string>;
}

/** `ogrinfo -ro -al -so`: feature count, geometry type and field types of the one layer. */
function ogrSummary(file: string): LayerSummary {
  const text = run('ogrinfo', ['-ro', '-al', '-so', file]);
  const fields: Record<string, string> = {};
  const after = text.slice(text.indexOf('Data axis to CRS axis mapping'));
  for (const m of after.matchAll(/^(\w+): (\w+(?:\(\w+\))?) \(/gm)) if (m[1] && m[2]) fields[m[1]] = m[2];
  delete fields.Data;
  return { text, count: Number(/Feature Count: (\d+)/.exec(text)?.[1]), geometry: /Geometry: (.+)/.exec(text)?.[1] ?? '', fields };
}

/** ogr2ogr to GeoPackage and back; both summaries must match the original's. */
function gpkgRoundTrip(file: string, label: string): void {
  const gpkg = join(tmp, `${label}.gpkg`);
  const back = join(tmp, `${label}-back.geojson`);
  const toGpkg = spawnSync('ogr2ogr', ['-f', 'GPKG', gpkg, file], { encoding: 'utf8' });
  expect(toGpkg.status, toGpkg.stderr).toBe(0);
  expect(toGpkg.stderr).not.toMatch(/Warning|ERROR/);
  run('ogr2ogr', ['-f', 'GeoJSON', back, gpkg]);
  const before = ogrSummary(file);
  for (const other of [ogrSummary(gpkg), ogrSummary(back)]) {
    expect(other.count).toBe(before.count);
    expect(other.fields).toEqual(before.fields);
  }
}

async function openExportDialog(page: Page): Promise<void> {
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

/** Click a download button; save the file under its suggested name in the temp folder. */
async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(tmp, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

function maxDecimals(value: unknown): number {
  if (typeof value === 'number') return (String(value).split('.')[1] ?? '').length;
  return Array.isArray(value) ? Math.max(0, ...value.map(maxDecimals)) : 0;
}

interface Exported {
  type: string;
  bbox: number[];
  crs?: unknown;
  features: { id: string; bbox: number[]; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[];
}

/** Read the download and validate it with check-geojson (throws on any issue). */
function readExport(path: string): Exported {
  const text = readFileSync(path, 'utf8');
  check(text);
  return JSON.parse(text) as Exported;
}

test('exports all four zones as GeoJSON that check-geojson and GDAL accept', async ({ page }) => {
  await openAtlas(page);
  await openExportDialog(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/export-dialog.png' });
  const path = await download(page, 'export-geojson');
  expect(path.endsWith('/deescalation-zones-2017.geojson')).toBe(true);
  await expect(page.getByTestId('export-status')).toContainText('deescalation-zones-2017.geojson');

  const exported = readExport(path);
  expect(exported.features.map((f) => f.id)).toEqual([...ZONE_IDS]);
  expect(exported.crs).toBeUndefined();
  expect(exported.bbox).toHaveLength(4);
  expect(maxDecimals(exported.features.map((f) => f.geometry.coordinates))).toBeLessThanOrEqual(6);
  for (const f of exported.features) {
    expect(f.geometry.type).toBe('MultiPolygon');
    expect(f.properties.id).toBe(f.id);
    expect(f.properties.geometry_parts).toBe('core+partial');
    expect(f.properties.excerpts).toBeUndefined();
  }

  test.skip(!hasGdal, 'ogrinfo is not installed');
  const summary = ogrSummary(path);
  console.log(`ogrinfo -ro -al -so ${path}\n${summary.text}`);
  expect(summary.count).toBe(4);
  expect(summary.geometry).toBe('Multi Polygon');
  expect(summary.fields).toMatchObject({ id: 'String', name_ar: 'String', name_en: 'String', lifecycle: 'String(JSON)', area_km2: 'Real' });
  expect(summary.fields.excerpts).toBeUndefined();
  gpkgRoundTrip(path, 'all');
});

test('exports the selected zone with its linked excerpts and core only', async ({ page }) => {
  await openAtlas(page);
  await page.locator('nav button[data-zone="idlib"]').click();
  await openExportDialog(page);
  await page.getByTestId('scope-selected').check();
  await page.getByTestId('with-excerpts').check();
  await page.getByTestId('core-only').check();
  const path = await download(page, 'export-geojson');
  expect(path.endsWith('/deescalation-zones-2017-idlib-core-excerpts.geojson')).toBe(true);

  const exported = readExport(path);
  expect(exported.features.map((f) => f.id)).toEqual(['idlib']);
  const props = exported.features[0]?.properties ?? {};
  expect(props.geometry_parts).toBe('core');
  const excerpts = props.excerpts as { id: string; text: string; places: string[] }[];
  expect(excerpts).toHaveLength(index.per_zone.idlib?.excerpts ?? -1);
  expect(excerpts.length).toBeGreaterThan(0);
  for (const e of excerpts) expect(e.places.length).toBeGreaterThan(0);

  test.skip(!hasGdal, 'ogrinfo is not installed');
  const summary = ogrSummary(path);
  console.log(`ogrinfo -ro -al -so ${path}\n${summary.text}`);
  expect(summary.count).toBe(1);
  expect(summary.geometry).toBe('Multi Polygon');
  expect(summary.fields.excerpts).toBe('String(JSON)');
  gpkgRoundTrip(path, 'idlib');
});

test('exports the zones the current view shows', async ({ page }) => {
  await openAtlas(page);
  await page.locator('nav button[data-zone="eastern-ghouta"]').click();
  await mapSettled(page);
  const bounds = await page.evaluate(() => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number];
  });
  const expected = zonesInBounds(loadZones(), bounds, false);
  expect(expected).toContain('eastern-ghouta');
  expect(expected).not.toContain('idlib');
  await openExportDialog(page);
  await page.getByTestId('scope-view').check();
  const path = await download(page, 'export-geojson');
  expect(readExport(path).features.map((f) => f.id)).toEqual(expected);
  expect(path.endsWith(`/deescalation-zones-2017-${expected.join('-')}.geojson`)).toBe(true);
});

test('downloads the selected zone excerpts as CSV with BOM, header and Arabic intact', async ({ page }) => {
  await openAtlas(page);
  await openExportDialog(page);
  await expect(page.getByTestId('export-csv')).toBeDisabled();
  await page.keyboard.press('Escape');
  await page.locator('nav button[data-zone="idlib"]').click();
  await openExportDialog(page);
  const path = await download(page, 'export-csv');
  expect(path.endsWith('/deescalation-zones-2017-idlib-citations.csv')).toBe(true);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.slice(1, text.indexOf('\r\n'))).toBe(CSV_COLUMNS.join(','));
  expect(text).toContain(readIndex().attribution);
  expect(text).toMatch(/[\u0621-\u064a]{3,}/);
  const coverage = readZoneCoverage('idlib');
  expect(text).toBe(citationsCsv(citationRows('idlib', coverage), readIndex().attribution));
});

test('a file exported by the viewer imports back and draws the same four zones', async ({ page }) => {
  await openAtlas(page);
  await openExportDialog(page);
  const path = await download(page, 'export-geojson');
  await page.keyboard.press('Escape');
  await page.getByTestId('import-input').setInputFiles(path);
  await expect(page.getByTestId('overlay-list')).toContainText('deescalation-zones-2017.geojson');
  await mapSettled(page);
  await expect.poll(async () => [...new Set(await overlayValues(page, 'id'))].sort()).toEqual([...ZONE_IDS].sort());
});
