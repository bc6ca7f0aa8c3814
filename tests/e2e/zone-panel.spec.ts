import { booleanPointInPolygon, point } from '@turf/turf';
import { expect, test } from '@playwright/test';
import { ZONE_IDS } from '../../src/lib/schema.ts';
import { clickLonLat, INSIDE_CORE, loadZones, mapSettled, openAtlas } from './atlas-page.ts';

const zones = loadZones();

test('each test point lies inside its zone core in geo/zones.geojson', () => {
  for (const id of ZONE_IDS) {
    const core = zones.features.find((f) => f.properties.zone === id && f.properties.part === 'core');
    expect(core, `${id} has a core`).toBeDefined();
    if (!core) continue;
    const inside = booleanPointInPolygon(point(INSIDE_CORE[id].lonLat), core.geometry as Parameters<typeof booleanPointInPolygon>[1]);
    expect(inside, `${INSIDE_CORE[id].name} inside ${id} core`).toBe(true);
  }
});

for (const id of ZONE_IDS) {
  test(`clicking ${id} on the map opens its panel with its Arabic and English names`, async ({ page }) => {
    const props = zones.features.find((f) => f.properties.zone === id)?.properties;
    expect(props).toBeDefined();
    if (!props) return;
    await openAtlas(page);
    await clickLonLat(page, INSIDE_CORE[id].lonLat);
    const panel = page.getByTestId('zone-panel');
    await expect(panel).toHaveAttribute('data-zone', id);
    await expect(panel.locator('h2')).toHaveText(props.name_ar);
    await expect(page.getByTestId('zone-name-en')).toHaveText(props.name_en);
    await expect(panel.getByTestId('coverage')).toBeVisible();
    await page.getByTestId('lang-toggle').click();
    await expect(panel.locator('h2')).toHaveText(props.name_en);
    await expect(page.getByTestId('zone-name-ar')).toHaveText(props.name_ar);
  });
}

test('the panel lists timeline, parts with areas, and closes with Escape', async ({ page }) => {
  await openAtlas(page);
  await clickLonLat(page, INSIDE_CORE.south.lonLat);
  const panel = page.getByTestId('zone-panel');
  await expect(panel.locator('time').first()).toBeVisible();
  await expect(panel.locator('[data-part="core"]')).toContainText('كم²');
  await expect(panel.locator('[data-part="excluded"]')).toBeVisible();
  await mapSettled(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/selected-zone.png' });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('the zone list selects a zone from the keyboard and the close button closes it', async ({ page }) => {
  await openAtlas(page);
  const button = page.locator('nav button[data-zone="eastern-ghouta"]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'eastern-ghouta');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'إغلاق لوحة المنطقة' }).click();
  await expect(page.getByTestId('zone-panel')).toHaveCount(0);
});
