// A large import (24 MB, under the 25 MB limit) must not freeze the page: the file is checked in the
// import worker, and the main thread never receives or parses its geometry. The longest main-thread task
// from the choice to the drawn overlay is read from a PerformanceObserver('longtask').
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas, overlayValues } from './atlas-page.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-import-large-'));
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** About 24 MB: 120 detailed polygons (9,000 vertices each) spread over Syria's west, each with a name. */
function writeLargeFile(): string {
  const path = join(tmp, 'detailed-areas.geojson');
  const fd = openSync(path, 'w');
  writeSync(fd, '{"type":"FeatureCollection","features":[');
  const vertices = 9_000;
  for (let f = 0; f < 120; f++) {
    const cx = 35.9 + (f % 12) * 0.22;
    const cy = 32.6 + Math.floor(f / 12) * 0.36;
    const ring: string[] = [];
    for (let i = 0; i < vertices; i++) {
      const a = (2 * Math.PI * i) / vertices;
      const r = 0.08 + 0.01 * Math.sin(a * 37) + 0.004 * Math.sin(a * 211);
      ring.push(`[${(cx + r * Math.cos(a)).toFixed(6)},${(cy + r * Math.sin(a)).toFixed(6)}]`);
    }
    ring.push(ring[0] ?? '');
    const feature = `{"type":"Feature","properties":{"name":"area ${f + 1}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
    writeSync(fd, `${f > 0 ? ',' : ''}${feature}`);
  }
  writeSync(fd, ']}');
  closeSync(fd);
  return path;
}

/** Start recording long tasks; `longestTask` reads the longest since then, in ms. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

const longestTask = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __longest: number }).__longest);

/** The file's areas lie in this box (west, south, east, north), as writeLargeFile spreads them. */
const FILE_BOX: [number, number, number, number] = [35.8, 32.5, 38.52, 35.94];

/**
 * The longest task of the same move the import makes (to the file's box and back) with nothing
 * imported: what drawing the map alone costs on this machine now (software WebGL, shared cores).
 */
async function moveReference(page: Page): Promise<number> {
  await watchLongTasks(page);
  const view = await page.evaluate((box) => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const before = { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
    map.fitBounds(box, { padding: 40, maxZoom: 10, duration: 600 });
    return before;
  }, FILE_BOX);
  await mapSettled(page);
  await page.evaluate((view) => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.jumpTo(view), view);
  await mapSettled(page);
  return longestTask(page);
}

test('a 24 MB file is drawn without a main-thread task longer than 500 ms, or than 3 times a map move on a busy machine', async ({ page }) => {
  test.setTimeout(180_000);
  const path = writeLargeFile();
  const size = statSync(path).size;
  expect(size).toBeGreaterThan(23_000_000);
  expect(size).toBeLessThan(25_000_000);

  await openAtlas(page);
  await expect(page.getByTestId('data-tools')).toBeVisible();
  await mapSettled(page);
  const reference = await moveReference(page);
  await watchLongTasks(page);
  await page.getByTestId('import-input').setInputFiles(path);
  await expect(page.getByTestId('import-status')).toContainText('أُضيفت الطبقة', { timeout: 120_000 });
  await expect(page.getByTestId('overlay-list')).toContainText('detailed-areas.geojson');
  await expect(page.getByTestId('overlay-list')).toContainText('120');
  await mapSettled(page);
  await expect.poll(() => overlayValues(page, 'name'), { timeout: 30_000 }).toContain('area 1');
  await mapSettled(page);
  const longest = await longestTask(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/import-large.png' });
  console.log(`longest main-thread task while importing ${(size / 1e6).toFixed(1)} MB: ${Math.round(longest)} ms (the same map move alone: ${Math.round(reference)} ms)`);
  expect(longest).toBeLessThan(Math.max(500, 3 * reference));
});
