// Crowded views: all Syria on a phone (northern Homs between Hama and Homs) and Eastern Ghouta at a
// desktop zoom. A zone's name is always drawn; no town's dot may sit under it (a dot under «ريف حمص
// الشمالي» read as part of the name), and every town still has its dot wherever there is room.
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas } from './atlas-page.ts';

const TOWN_LAYERS = ['place-dots', 'minor-place-dots', 'place-labels', 'minor-place-labels'];

/** Towns whose drawn dot lies under a zone's name, as "name ← town". */
async function dotsUnderZoneNames(page: Page): Promise<string[]> {
  return page.evaluate((candidates) => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const layers = candidates.filter((id) => map.getLayer(id));
    const seen = new Set<string>();
    const under: string[] = [];
    for (const town of map.queryRenderedFeatures({ layers })) {
      if (town.geometry.type !== 'Point') continue;
      const lonLat = town.geometry.coordinates as [number, number];
      const key = `${lonLat[0]},${lonLat[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const p = map.project(lonLat);
      const zones = map.queryRenderedFeatures([[p.x - 2, p.y - 2], [p.x + 2, p.y + 2]], { layers: ['zone-labels'] });
      for (const zone of zones) under.push(`${String(zone.properties['short_en'])} ← ${String(town.properties['name_en'])}`);
    }
    return under;
  }, TOWN_LAYERS);
}

const townCount = (page: Page): Promise<number> =>
  page.evaluate((candidates) => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    return map.queryRenderedFeatures({ layers: candidates.filter((id) => map.getLayer(id)) }).length;
  }, TOWN_LAYERS);

for (const view of [
  { name: 'all Syria on a phone', size: { width: 390, height: 844 }, path: '/' },
  { name: 'Eastern Ghouta on a desktop', size: { width: 1280, height: 800 }, path: '/?zone=eastern-ghouta' },
]) {
  for (const lang of ['ar', 'en']) {
    test(`${view.name} (${lang}): no town dot under a zone's name, and towns still drawn`, async ({ page }) => {
      await page.setViewportSize(view.size);
      await openAtlas(page, `${view.path}${view.path.includes('?') ? '&' : '?'}lang=${lang}`);
      await mapSettled(page);
      await page.screenshot({ path: `tests/e2e/screenshots/crowding-${view.size.width}-${lang}.png` });
      expect(await dotsUnderZoneNames(page)).toEqual([]);
      expect(await townCount(page)).toBeGreaterThan(15);
    });
  }
}
