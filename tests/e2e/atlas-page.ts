// Helpers the end-to-end tests share: waiting for the map, asking it what it drew, clicking a place.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { parseOrThrow, ZonesCollection, type ZoneId } from '../../src/lib/schema.ts';
import { CoverageIndex, ZoneCoveragePage, type ZoneCoverage } from '../../src/lib/schema.ts';
import { joinPages, pagePath } from '../../src/lib/coverage/pages.ts';
import type { ZoneKey } from '../../src/lib/coverage/order.ts';

export const IDLE_MARK = 'atlas:map-idle';
export const ZONE_FILL_LAYERS = ['zones-core', 'zones-partial', 'zones-excluded'];
export const LABEL_LAYERS = ['zone-labels', 'major-place-labels', 'place-labels'];

/** A town inside each zone's core, used to click the zone. */
export const INSIDE_CORE: Record<ZoneId, { name: string; lonLat: [number, number] }> = {
  idlib: { name: 'between Idlib and Saraqib (clear of the city, which coverage names as a place)', lonLat: [36.76, 35.84] },
  'north-homs': { name: 'Rastan', lonLat: [36.72, 34.93] },
  'eastern-ghouta': { name: 'Douma', lonLat: [36.4, 33.57] },
  south: { name: 'Daraa countryside', lonLat: [36.1, 32.75] },
};

/** The committed zones, validated as the viewer validates them. */
export function loadZones(): ZonesCollection {
  const file = resolve('geo/zones.geojson');
  return parseOrThrow(ZonesCollection, JSON.parse(readFileSync(file, 'utf8')), file);
}

export async function openAtlas(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
}

/** Ids of the features the map rendered on the given layers (a property of each feature). */
export async function renderedValues(page: Page, layers: string[], property: string): Promise<string[]> {
  return page.evaluate(
    ({ layers, property }) => {
      const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
      return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[property]));
    },
    { layers, property },
  );
}

/** Click the map at a longitude/latitude, after the map is idle. */
export async function clickLonLat(page: Page, lonLat: [number, number]): Promise<void> {
  const point = await page.evaluate((lonLat) => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const p = map.project(lonLat);
    return { x: p.x, y: p.y };
  }, lonLat);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  expect(box, 'the map canvas is on the page').not.toBeNull();
  if (!box) return;
  expect(point.x).toBeGreaterThan(0);
  expect(point.x).toBeLessThan(box.width);
  expect(point.y).toBeGreaterThan(0);
  expect(point.y).toBeLessThan(box.height);
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/** Wait until the map has no pending work (after a resize, a click, a language switch). */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const atlas = (window as unknown as { __atlas?: { map: import('maplibre-gl').Map } }).__atlas;
    return atlas !== undefined && atlas.map.loaded() && !atlas.map.isMoving();
  });
}

/** Values of `property` on the features drawn by every imported overlay's fill layer. */
export async function overlayValues(page: Page, property: string): Promise<string[]> {
  return page.evaluate((property) => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => id.startsWith('import-overlay-') && id.endsWith('-fill'));
    if (layers.length === 0) return [];
    return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[property]));
  }, property);
}

/** A zone's whole coverage as the ingest wrote it under data/: every page the index counts, joined. */
/** data/index.json as the build serves it. */
export function readIndex(): CoverageIndex {
  return parseOrThrow(CoverageIndex, JSON.parse(readFileSync(resolve('data', 'index.json'), 'utf8')), 'data/index.json');
}

/** The excerpts of a zone's list shown by default: links of strength partial-place and above (all of the general coverage). */
export function shownByDefault(coverage: ZoneCoverage): ZoneCoverage['excerpts'] {
  if (coverage.zone === 'general') return coverage.excerpts;
  const weak = ['governorate-only', 'general'];
  return coverage.excerpts.filter((e) => e.links.some((l) => l.zone === coverage.zone && !weak.includes(l.strength)));
}

export function readZoneCoverage(zone: ZoneKey): ZoneCoverage {
  const read = (path: string): unknown => JSON.parse(readFileSync(resolve('data', path), 'utf8'));
  const index = parseOrThrow(CoverageIndex, read('index.json'), 'data/index.json');
  const count = index.per_zone[zone]?.pages ?? 1;
  const pages = Array.from({ length: count }, (_, n) => parseOrThrow(ZoneCoveragePage, read(pagePath(zone, n)), `data/${pagePath(zone, n)}`));
  return joinPages(zone, pages, `data/zones/${zone}`);
}

/**
 * At phone size (375 x 740), `panel` must be a bottom sheet: full width, at the bottom, at most `maxShare`
 * of the height, under a map that keeps a usable height, and nothing wider than the screen. Returns the
 * sheet's box.
 */
export async function expectBottomSheet(page: Page, panel: Locator, maxShare = 1): Promise<{ height: number }> {
  await mapSettled(page);
  const sheet = await panel.boundingBox();
  const canvas = await page.locator('.maplibregl-canvas').boundingBox();
  if (!sheet || !canvas) throw new Error('the panel or the map canvas is not on screen');
  expect(sheet.x).toBeCloseTo(0, 0);
  expect(sheet.width).toBeCloseTo(375, 0);
  expect(sheet.y + sheet.height).toBeCloseTo(740, 0);
  expect(sheet.height, 'the sheet leaves the map its share of the screen').toBeLessThanOrEqual(740 * maxShare + 1);
  expect(canvas.height, 'the map keeps a usable height').toBeGreaterThan(150);
  expect(canvas.y + canvas.height, 'the map sits above the sheet').toBeLessThanOrEqual(sheet.y + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  return sheet;
}

/**
 * Where MapLibre placed each label of `layer` (a zone's name moves aside for a city): its box in page
 * coordinates, from the placement's collision grid (internal, read only by the tests), with the
 * properties of the feature drawn there.
 */
export async function placedLabels(page: Page, layer: string): Promise<{ x1: number; y1: number; x2: number; y2: number; properties: Record<string, unknown> }[]> {
  return page.evaluate((layer) => {
    type Box = { key: { bucketInstanceId: number }; x1: number; y1: number; x2: number; y2: number };
    type Placement = {
      collisionIndex: { grid: { query(x1: number, y1: number, x2: number, y2: number): Box[] }; screenRightBoundary: number; gridRightBoundary: number };
      retainedQueryData: Record<number, { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }>;
    };
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map & { style: { placement: Placement } } } }).__atlas;
    const { collisionIndex, retainedQueryData } = map.style.placement;
    // The grid reaches past the screen on every side by the same padding.
    const pad = collisionIndex.gridRightBoundary - collisionIndex.screenRightBoundary;
    const canvas = map.getCanvas().getBoundingClientRect();
    return collisionIndex.grid.query(-1e6, -1e6, 1e6, 1e6).flatMap((box) => {
      const data = retainedQueryData[box.key.bucketInstanceId];
      if (!data?.featureIndex.bucketLayerIDs[data.bucketIndex]?.includes(layer)) return [];
      const [x1, y1, x2, y2] = [box.x1 - pad, box.y1 - pad, box.x2 - pad, box.y2 - pad];
      const hit = map.queryRenderedFeatures([(x1 + x2) / 2, (y1 + y2) / 2], { layers: [layer] })[0];
      return [{ x1: canvas.left + x1, y1: canvas.top + y1, x2: canvas.left + x2, y2: canvas.top + y2, properties: { ...(hit?.properties ?? {}) } }];
    });
  }, layer);
}
