// "Save map as image" and print: a PNG at twice the map's CSS size framed with title, legend, date,
// scale bar and attribution; print shows that picture in place of the live map beside the open panel.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { IDLE_MARK } from './atlas-page.ts';

const tmp = mkdtempSync(join(tmpdir(), 'e2e-image-'));
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const lang of ['ar', 'en'] as const) {
  test(`(${lang}) saves the map as a PNG at twice its size, with bands for the title, legend, scale and attribution`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&from=2017-05-01&to=2017-12-31`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
    const box = await page.locator('.map-area').boundingBox();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('save-image').click()]);
    expect(file.suggestedFilename()).toBe('deescalation-zones-2017-map.png');
    const path = join(tmp, `map-${lang}.png`);
    await file.saveAs(path);
    const size = pngSize(readFileSync(path));
    expect(size.width).toBe(Math.round(box!.width * 2));
    // The map at 2x plus the bands above (title, date) and below (legend, scale, attribution).
    expect(size.height).toBeGreaterThan(Math.round(box!.height * 2) + 200);
    // The map went back to the screen's resolution.
    expect(await page.evaluate(() => (window as unknown as { __atlas: { map: { getPixelRatio(): number } } }).__atlas.map.getPixelRatio())).toBe(1);
  });
}

test('print shows the picture of the map in place of the live map, beside the open panel', async ({ page }) => {
  await page.goto('/?zone=idlib');
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByTestId('print').click();
  const picture = page.locator('.map-area img.print-map');
  await expect(picture).toBeAttached({ timeout: 60_000 });
  await expect(picture).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(picture).toBeVisible();
  await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
  await expect(page.getByTestId('zone-panel')).toBeVisible();
  await expect(page.locator('.side')).toBeHidden();
  await page.screenshot({ path: 'tests/e2e/screenshots/print-ar.png', fullPage: true });
});
