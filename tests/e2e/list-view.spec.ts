// The list view: its button says what a press does, the legend stays, and the map is refitted to the
// narrower space so the selected zone (or the four zones) stays whole in view.
import { expect, test, type Page } from '@playwright/test';
import { IDLE_MARK, loadZones, mapSettled, openAtlas } from './atlas-page.ts';
import { zoneBounds } from '../../src/lib/zone-info.ts';

/** Whether the box west-south-east-north lies wholly inside the map's canvas. */
async function inView(page: Page, [w, s, e, n]: [number, number, number, number]): Promise<boolean> {
  return page.evaluate(
    ({ sw, ne }) => {
      const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
      const a = map.project(sw as [number, number]);
      const b = map.project(ne as [number, number]);
      const c = map.getCanvas();
      return a.x >= 0 && b.x <= c.clientWidth && b.y >= 0 && a.y <= c.clientHeight;
    },
    { sw: [w, s], ne: [e, n] },
  );
}

test('the list button says "hide" while the list is shown, and the legend stays', async ({ page }) => {
  await openAtlas(page);
  const toggle = page.getByTestId('list-toggle');
  await expect(toggle).toHaveText('عرض القائمة');
  await toggle.click();
  await expect(page.getByTestId('coverage-list')).toBeVisible();
  await expect(toggle).toHaveText('إخفاء القائمة');
  await expect(page.locator('#legend-title')).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveText('عرض القائمة');
});

test('opening the list view refits the map so the selected south stays whole', async ({ page }) => {
  await page.goto('/?zone=south');
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
  await mapSettled(page);
  const south = zoneBounds(loadZones(), 'south');
  expect(south).not.toBeNull();
  if (!south) return;
  expect(await inView(page, south)).toBe(true);
  await page.getByTestId('list-toggle').click();
  await expect(page.getByTestId('coverage-list')).toBeVisible();
  await mapSettled(page);
  await expect.poll(() => inView(page, south)).toBe(true);
});

test('opening the list view with nothing selected keeps the four zones in view', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('list-toggle').click();
  await expect(page.getByTestId('coverage-list')).toBeVisible();
  await mapSettled(page);
  const [w, s, e, n] = loadZones().bbox ?? [0, 0, 0, 0];
  await expect.poll(() => inView(page, [w, s, e, n])).toBe(true);
});
