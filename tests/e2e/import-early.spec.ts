// A file dropped on the map before it is idle (while the map's code is still arriving, before the data
// tools are fetched) is kept and imported once they are there: nothing is lost, nothing throws, and the
// browser does not open the file in place of the atlas.
import { expect, test } from '@playwright/test';
import { IDLE_MARK, mapSettled, overlayValues } from './atlas-page.ts';

const AREA = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'early area' }, geometry: { type: 'Polygon', coordinates: [[[36.3, 33.45], [36.6, 33.45], [36.6, 33.65], [36.3, 33.65], [36.3, 33.45]]] } }],
});

test('a file dropped before the map is idle is imported once the data tools arrive', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Hold the map's code, so the page is up but the map is not (as on a slow connection).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/atlas-map-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const mapArea = page.locator('main.map-area');
  await expect(mapArea).toBeVisible();
  expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, IDLE_MARK)).toBe(0);
  await expect(page.getByTestId('data-tools')).toHaveCount(0);

  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'early.geojson', { type: 'application/geo+json' }));
    return transfer;
  }, AREA);
  await mapArea.dispatchEvent('dragover', { dataTransfer });
  const kept = await mapArea.evaluate((element, transfer) => {
    const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    element.dispatchEvent(drop);
    return drop.defaultPrevented;
  }, dataTransfer);
  // The drop was taken by the page (a drop left to the browser opens the file instead of the atlas).
  expect(kept).toBe(true);

  release();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
  await expect(page.getByTestId('overlay-list')).toContainText('early.geojson');
  await expect(page.getByTestId('import-status')).toContainText('أُضيفت الطبقة');
  await mapSettled(page);
  await expect.poll(() => overlayValues(page, 'name')).toContain('early area');
  expect(errors).toEqual([]);
});
