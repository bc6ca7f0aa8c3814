// The viewer's export offers what the CLI does for time: the zones on a day (each feature's state and
// standing agreements, read back by GDAL) and the agreements as JSON and CSV, byte for byte the CLI's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { expect, test, type Page } from '@playwright/test';
import { ZONE_IDS } from '../../src/lib/schema.ts';

const hasGdal = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'atlas-export-time-e2e-'));
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `npm run -s export -- ARGS` run directly; returns stdout. */
function cli(args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/export-cli.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`export ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(tmp, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

type Props = { state?: string; agreements?: { id: string }[] };
const statesOf = (text: string): Record<string, [string | undefined, string[]]> =>
  Object.fromEntries(
    (JSON.parse(text) as { features: { id: string; properties: Props }[] }).features.map((f) => [f.id, [f.properties.state, (f.properties.agreements ?? []).map((a) => a.id)]]),
  );

/** Each feature's `state` as GDAL reads it (ogrinfo -al), by zone id. */
function gdalStates(file: string): Record<string, string> {
  const r = spawnSync('ogrinfo', ['-ro', '-al', '-geom=NO', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status, r.stderr).toBe(0);
  const out: Record<string, string> = {};
  for (const block of r.stdout.split(/\nOGRFeature/).slice(1)) {
    const id = /^\s*id \(String\) = (.+)$/m.exec(block)?.[1];
    const state = /^\s*state \(String\) = (.+)$/m.exec(block)?.[1];
    if (id && state) out[id.trim()] = state.trim();
  }
  return out;
}

test("the timeline's day is offered and the GeoJSON then gives each zone its state and agreements that day, as the CLI's --at (GDAL reads them)", async ({ page }) => {
  await page.goto('/?date=2018-04-20');
  await expect(page.getByTestId('timeline')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-on-day')).toBeChecked();
  await expect(page.getByTestId('export-day')).toHaveValue('2018-04-20');
  const path = await download(page, 'export-geojson');
  expect(path.endsWith('/deescalation-zones-2017-2018-04-20.geojson')).toBe(true);
  const text = readFileSync(path, 'utf8');
  check(text);
  const expected = statesOf(cli(['--at', '2018-04-20']));
  expect(statesOf(text)).toEqual(expected);
  expect(expected['eastern-ghouta']?.[0]).toBe('ended');
  expect(expected['north-homs']?.[0]).toBe('under-offensive');
  test.skip(!hasGdal, 'GDAL (ogrinfo) is not installed');
  expect(gdalStates(path)).toEqual(Object.fromEntries(ZONE_IDS.map((z) => [z, expected[z]![0]])));
});

test('from the keyboard in English: a day typed in, and the agreements as JSON and CSV, the same bytes as the CLI', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('export-open')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('export-open').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-day')).toBeDisabled();
  await page.getByTestId('export-on-day').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('export-on-day')).toBeChecked();
  await page.getByTestId('export-day').fill('2017-05-10');
  await page.getByTestId('export-geojson').focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const geo = join(tmp, file.suggestedFilename());
  await file.saveAs(geo);
  expect(geo.endsWith('-2017-05-10.geojson')).toBe(true);
  expect(statesOf(readFileSync(geo, 'utf8'))).toEqual(statesOf(cli(['--at', '2017-05-10'])));

  const outJson = join(tmp, 'cli-agreements.json');
  const outCsv = join(tmp, 'cli-agreements.csv');
  cli(['--agreements', '--out', outJson, '--csv', outCsv]);
  const json = await download(page, 'export-agreements-json');
  expect(json.endsWith('/deescalation-agreements.json')).toBe(true);
  expect(readFileSync(json, 'utf8')).toBe(readFileSync(outJson, 'utf8'));
  const rows = JSON.parse(readFileSync(json, 'utf8')) as { id: string; title_ar: string; provisions_en: string[] }[];
  expect(rows.length).toBeGreaterThan(8);
  expect(rows.every((r) => r.id && r.title_ar && r.provisions_en.length > 0)).toBe(true);
  const csv = await download(page, 'export-agreements-csv');
  expect(readFileSync(csv)).toEqual(readFileSync(outCsv));
  await expect(page.getByTestId('export-status')).toContainText('deescalation-agreements.csv');
});
