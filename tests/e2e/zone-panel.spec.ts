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

test('the map highlights the zone under the pointer in the list, else the focused one, and a click keeps it steady', async ({ page }) => {
  await openAtlas(page);
  const hoverOf = (zone: string): Promise<boolean> =>
    page.evaluate((id) => {
      const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
      return map.getFeatureState({ source: 'zones', id })['hover'] === true;
    }, zone);
  await page.locator('nav button[data-zone="idlib"]').focus();
  await expect.poll(() => hoverOf('idlib')).toBe(true);
  const south = page.locator('nav button[data-zone="south"]');
  await south.hover();
  await expect.poll(() => hoverOf('south')).toBe(true);
  expect(await hoverOf('idlib')).toBe(false);
  // Record every hover change the click makes: focus leaves idlib for south under the pointer, and the
  // highlight must not blink (each blink is a redraw of the whole map).
  await page.evaluate(() => {
    const w = window as unknown as { __atlas: { map: import('maplibre-gl').Map }; __hoverChanges: string[] };
    w.__hoverChanges = [];
    const { map } = w.__atlas;
    const original = map.setFeatureState.bind(map);
    map.setFeatureState = (feature, state) => {
      if ('hover' in state) w.__hoverChanges.push(`${String(feature.id)}=${String(state['hover'])}`);
      return original(feature, state);
    };
  });
  await south.click();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'south');
  await mapSettled(page);
  expect(await page.evaluate(() => (window as unknown as { __hoverChanges: string[] }).__hoverChanges)).toEqual([]);
  // The panel took the focus; once the pointer leaves the list, nothing is highlighted.
  await page.getByRole('banner').hover();
  await expect.poll(() => hoverOf('south')).toBe(false);
});
