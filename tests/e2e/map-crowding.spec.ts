// Crowded views: all Syria on a phone (northern Homs between Hama and Homs) and Eastern Ghouta at a
// desktop zoom. A zone's name is always drawn; no town's dot may sit under it (a dot under «ريف حمص
// الشمالي» read as part of the name), every town still has its dot wherever there is room, and the city
// by a zone's name wins its place (the name moves aside): Homs on the phone, Douma at Eastern Ghouta.
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas } from './atlas-page.ts';

const TOWN_LAYERS = ['major-place-labels', 'place-labels', 'minor-place-labels'];

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

/** English names of the towns drawn (dot, and label where it has room). */
const drawnTowns = (page: Page): Promise<string[]> =>
  page.evaluate((candidates) => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    return map.queryRenderedFeatures({ layers: candidates.filter((id) => map.getLayer(id)) }).map((f) => String(f.properties['name_en']));
  }, TOWN_LAYERS);

/**
 * Pairs of placed symbols (labels and dots, a town's dot with another's label) whose boxes overlap, as
 * "layer / layer" with the overlap in px². MapLibre's own placement keeps every box apart except where a zone's name, always drawn, found no
 * free place; its collision grid (internal, read only here) holds the boxes it placed.
 */
const labelsOverlapping = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    type Box = { key: { bucketInstanceId: number; featureIndex: number }; x1: number; y1: number; x2: number; y2: number };
    type Placement = {
      collisionIndex: { grid: { query(x1: number, y1: number, x2: number, y2: number): Box[] } };
      retainedQueryData: Record<number, { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }>;
    };
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map & { style: { placement: Placement } } } }).__atlas;
    const placement = map.style.placement;
    const layer = (box: Box): string => {
      const data = placement.retainedQueryData[box.key.bucketInstanceId];
      return data ? (data.featureIndex.bucketLayerIDs[data.bucketIndex] ?? []).join(',') : '?';
    };
    const boxes = placement.collisionIndex.grid.query(-1e6, -1e6, 1e6, 1e6);
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.key.bucketInstanceId === b.key.bucketInstanceId && a.key.featureIndex === b.key.featureIndex) continue; // one town's dot and label
        const area = Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
        if (area > 4) overlaps.push(`${layer(a)} / ${layer(b)}: ${Math.round(area)} px² at ${Math.round(a.x1)},${Math.round(a.y1)}`);
      }
    }
    return overlaps;
  });

for (const view of [
  { name: 'all Syria on a phone', size: { width: 390, height: 844 }, path: '/', city: 'Homs' },
  { name: 'Eastern Ghouta on a desktop', size: { width: 1280, height: 800 }, path: '/?zone=eastern-ghouta', city: 'Douma' },
]) {
  for (const lang of ['ar', 'en']) {
    test(`${view.name} (${lang}): ${view.city} drawn, no town dot under a zone's name, and towns still drawn`, async ({ page }) => {
      await page.setViewportSize(view.size);
      await openAtlas(page, `${view.path}${view.path.includes('?') ? '&' : '?'}lang=${lang}`);
      await mapSettled(page);
      await page.screenshot({ path: `tests/e2e/screenshots/crowding-${view.size.width}-${lang}.png` });
      expect(await dotsUnderZoneNames(page)).toEqual([]);
      expect(await townCount(page)).toBeGreaterThan(15);
      expect(await drawnTowns(page), `${view.city} is drawn`).toContain(view.city);
      expect(await labelsOverlapping(page), 'no two labels pile up').toEqual([]);
    });
  }
}
