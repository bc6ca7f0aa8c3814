// Import into the viewer: each kind of bad file gets its own message in the interface language,
// good files are drawn as overlays (chosen with the file input or dropped on the map), and the page
// stays usable while a file is checked.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Position } from 'geojson';
import { loadZones, mapSettled, openAtlas, overlayValues } from './atlas-page.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-import-e2e-'));
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeCase(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const polygon = (ring: Position[], properties: Record<string, unknown> = {}): object => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const collection = (...features: object[]): string => JSON.stringify({ type: 'FeatureCollection', features });

/** The outer ring of Idlib's core, as the geo build wrote it. */
function idlibRing(): Position[] {
  const core = loadZones().features.find((f) => f.properties.zone === 'idlib' && f.properties.part === 'core');
  const geometry = core?.geometry;
  if (!geometry) throw new Error('geo/zones.geojson has no Idlib core');
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  if (!ring) throw new Error('Idlib core has no ring');
  return ring;
}

async function choose(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(path);
}

/** The alert shows the checker's error with this code, and the text names the file. */
async function expectError(page: Page, code: string, file: string, text: string): Promise<void> {
  const message = page.getByTestId('import-alert').getByTestId('import-message');
  await expect(message).toHaveAttribute('data-code', code);
  await expect(message).toContainText(file);
  await expect(message).toContainText(text);
}

test.beforeEach(async ({ page }) => {
  await openAtlas(page);
  // The data tools (import panel and the map's file drop) arrive as a chunk once the map is idle.
  await expect(page.getByTestId('data-tools')).toBeVisible();
});

test('a file that is not JSON is refused as not JSON', async ({ page }) => {
  await choose(page, writeCase('broken.geojson', '{"type": "FeatureCollection", "features": ['));
  await expectError(page, 'not-json', 'broken.geojson', 'ليس ملف JSON صالحاً');
  await mapSettled(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/import-error.png' });
  // The Arabic message carries none of the engine's English words.
  const arabic = (await page.getByTestId('import-alert').getByTestId('import-message').innerText()).replace('broken.geojson', '').replace('JSON', '');
  expect(arabic).not.toMatch(/[A-Za-z]/);
  await page.getByTestId('lang-toggle').click();
  await expectError(page, 'not-json', 'broken.geojson', 'not JSON');
});

test('JSON that is not GeoJSON is refused with what is wrong', async ({ page }) => {
  await choose(page, writeCase('list.json', JSON.stringify({ name: 'towns', items: [1, 2] })));
  await expectError(page, 'not-geojson', 'list.json', 'ليس GeoJSON');
});

test('a file of points only is refused for its geometry type', async ({ page }) => {
  const point = (lon: number, lat: number): object => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } });
  await choose(page, writeCase('points.geojson', collection(point(36.63, 35.93), point(36.4, 33.57))));
  await expectError(page, 'wrong-geometry', 'points.geojson', 'Point');
  await expectError(page, 'wrong-geometry', 'points.geojson', 'مضلعات');
});

test('latitude-first coordinates are refused as swapped', async ({ page }) => {
  const swapped = idlibRing().map(([x = 0, y = 0]) => [y, x]);
  await choose(page, writeCase('swapped.geojson', collection(polygon(swapped))));
  await expectError(page, 'swapped-coordinates', 'swapped.geojson', 'الإحداثيات معكوسة');
});

test('areas far outside the region are refused with their bounding box', async ({ page }) => {
  const paris = [[2.2, 48.8], [2.5, 48.8], [2.5, 48.95], [2.2, 48.95], [2.2, 48.8]];
  await choose(page, writeCase('paris.geojson', collection(polygon(paris))));
  await expectError(page, 'outside-region', 'paris.geojson', 'بعيدة عن سوريا');
  await expectError(page, 'outside-region', 'paris.geojson', '2.2, 48.8, 2.5, 48.95');
});

test('a self-intersecting polygon is warned about and still drawn', async ({ page }) => {
  // Lopsided on purpose: a perfectly symmetric bow tie has a net (signed) area of 0, and MapLibre's
  // tiler drops rings of no area, so it would be listed but not drawn.
  const bowTie = [[36.2, 34.2], [37.4, 35.2], [37.4, 34.2], [36.2, 34.6], [36.2, 34.2]];
  await choose(page, writeCase('bow-tie.geojson', collection(polygon(bowTie, { name: 'bow tie' }))));
  const warning = page.getByTestId('import-status').getByTestId('import-message');
  await expect(warning).toHaveAttribute('data-code', 'self-intersection');
  await expect(warning).toContainText('تتقاطع حدودها مع نفسها');
  await expect(page.getByTestId('import-alert')).toBeEmpty();
  await expect(page.getByTestId('overlay-list')).toContainText('bow-tie.geojson');
  await mapSettled(page);
  await expect.poll(() => overlayValues(page, 'name')).toContain('bow tie');
});

test('a symmetric bow tie, over Idlib or in the desert, is split at its crossing and both halves are drawn', async ({ page }) => {
  const tie = (w: number, s: number, e: number, n: number): Position[] => [[w, s], [e, n], [e, s], [w, n], [w, s]];
  const file = collection(polygon(tie(36.3, 35.6, 37.0, 36.2), { name: 'idlib tie' }), polygon(tie(38.6, 34.4, 39.6, 35.2), { name: 'desert tie' }));
  await choose(page, writeCase('ties.geojson', file));
  const warning = page.getByTestId('import-status').getByTestId('import-message');
  await expect(warning).toHaveAttribute('data-code', 'self-intersection');
  await expect(warning).toContainText('قُسّمت عند نقاط التقاطع');
  await mapSettled(page);
  // Inside the left and right triangles of each tie, the overlay is drawn.
  const inside: [number, number][] = [[36.45, 35.9], [36.85, 35.9], [38.8, 34.8], [39.4, 34.8]];
  const hits = await page.evaluate((points) => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const layers = map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('import-overlay-') && id.endsWith('-fill'));
    return points.map((p) => map.queryRenderedFeatures(map.project(p), { layers }).map((f) => String(f.properties['name'])));
  }, inside);
  expect(hits).toEqual([['idlib tie'], ['idlib tie'], ['desert tie'], ['desert tie']]);
});

test('a file of 0 bytes is refused as empty', async ({ page }) => {
  await choose(page, writeCase('empty.geojson', ''));
  await expectError(page, 'empty', 'empty.geojson', 'الملف فارغ (0 بايت)');
});

test('a 50 MB file is refused with its size while the page keeps responding', async ({ page }) => {
  // A valid FeatureCollection of exactly 50,000,000 bytes: one polygon and a long padding property.
  const path = join(tmp, 'big.geojson');
  const head = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[36.2,34.2],[37.2,34.2],[37.2,35.2],[36.2,34.2]]]},"properties":{"pad":"`;
  const tail = '"}}]}';
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  const chunk = 'x'.repeat(1_000_000);
  let left = 50_000_000 - head.length - tail.length;
  while (left > 0) {
    writeSync(fd, chunk.slice(0, Math.min(left, chunk.length)));
    left -= chunk.length;
  }
  writeSync(fd, tail);
  closeSync(fd);

  await choose(page, path);
  // The interface answers at once: the language switch works while the file is handled.
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('h1')).toHaveText("Atlas of Syria's 2017 de-escalation zones");
  await expectError(page, 'too-large', 'big.geojson', 'the file is 50.0 MB');
  await page.getByTestId('lang-toggle').click();
  await expectError(page, 'too-large', 'big.geojson', 'حجم الملف 50.0 ميغابايت');
});

test('a GeoJSON file dropped on the map is drawn as an overlay and can be removed', async ({ page }) => {
  const area = collection(
    polygon([[36.3, 33.45], [36.6, 33.45], [36.6, 33.65], [36.3, 33.65], [36.3, 33.45]], { name: 'my area' }),
  );
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'my-area.geojson', { type: 'application/geo+json' }));
    return transfer;
  }, area);
  const mapArea = page.locator('main.map-area');
  await mapArea.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-hint')).toBeVisible();
  await mapArea.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('drop-hint')).toHaveCount(0);
  await expect(page.getByTestId('overlay-list')).toContainText('my-area.geojson');
  await expect(page.getByTestId('import-status')).toContainText('أُضيفت الطبقة');
  await mapSettled(page);
  await expect.poll(() => overlayValues(page, 'name')).toContain('my area');
  await page.screenshot({ path: 'tests/e2e/screenshots/import-overlay.png' });

  await page.getByRole('button', { name: 'إزالة الطبقة: my-area.geojson' }).click();
  await expect(page.getByTestId('overlay-list')).toHaveCount(0);
  await mapSettled(page);
  expect(await overlayValues(page, 'name')).toEqual([]);
});

test('when the checker cannot be fetched the file fails with that reason, and the next file fetches it again', async ({ page }) => {
  const area = writeCase('area.geojson', collection(polygon([[36.3, 33.45], [36.6, 33.45], [36.6, 33.65], [36.3, 33.65], [36.3, 33.45]])));
  // The checker's chunk is unreachable, as it would be offline after a new deployment.
  const checker = '**/assets/check-file-*.js';
  await page.route(checker, (route) => route.abort('internetdisconnected'));
  await choose(page, area);
  await expectError(page, 'unreadable', 'area.geojson', 'أداة الفحص لم تُحمَّل');
  await expect(page.getByTestId('overlay-list')).toHaveCount(0);

  await page.unroute(checker);
  await choose(page, area);
  await expect(page.getByTestId('import-status')).toContainText('أُضيفت الطبقة');
  await expect(page.getByTestId('overlay-list')).toContainText('area.geojson');
});

test('the file input is reachable from the keyboard', async ({ page }) => {
  const input = page.getByTestId('import-input');
  await page.getByTestId('export-open').focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
});
