import { expect, test } from '@playwright/test';
import { ZONE_IDS } from '../../src/lib/schema.ts';
import { LABEL_LAYERS, openAtlas, renderedValues, ZONE_FILL_LAYERS } from './atlas-page.ts';

const SHOTS = 'tests/e2e/screenshots';

test('the map reaches idle and records the atlas:map-idle mark once', async ({ page }) => {
  await openAtlas(page);
  const marks = await page.evaluate(() => performance.getEntriesByName('atlas:map-idle').map((m) => m.startTime));
  expect(marks).toHaveLength(1);
  expect(marks[0]).toBeGreaterThan(0);
});

test('all four zones are rendered, with partial and excluded parts on their own layers', async ({ page }) => {
  await openAtlas(page);
  const zones = new Set(await renderedValues(page, ZONE_FILL_LAYERS, 'zone'));
  expect([...zones].sort()).toEqual([...ZONE_IDS].sort());
  const parts = new Set(await renderedValues(page, ZONE_FILL_LAYERS, 'part'));
  expect([...parts].sort()).toEqual(['core', 'excluded', 'partial']);
});

test('zone and town labels on the map carry Arabic names', async ({ page }) => {
  await openAtlas(page);
  const zoneLabels = await renderedValues(page, ['zone-labels'], 'short_ar');
  expect(zoneLabels).toHaveLength(4);
  const arabic = /[\u0600-\u06FF]/;
  for (const label of zoneLabels) expect(label).toMatch(arabic);
  const towns = await renderedValues(page, LABEL_LAYERS.filter((l) => l !== 'zone-labels'), 'name_ar');
  expect(towns.length).toBeGreaterThan(5);
  expect(towns.filter((name) => arabic.test(name)).length).toBe(towns.length);
});

test('no request leaves the page origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await openAtlas(page);
  await page.locator('nav button').first().click();
  await page.getByTestId('lang-toggle').click();
  await page.waitForTimeout(300);
  expect(urls.length).toBeGreaterThan(5);
  const foreign = urls.filter((url) => new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
});

test('the legend explains the three parts and the named places, and says the lines are approximate', async ({ page }) => {
  await openAtlas(page);
  const legend = page.getByTestId('legend');
  await expect(legend).toBeVisible();
  await expect(legend.locator('li')).toHaveCount(4);
  await expect(legend).toContainText('تقريبية');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames, CC BY 4.0');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('UN OCHA / UNCS via HDX and geoBoundaries');
});

test('opens in Arabic right to left and switches to English left to right', async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.screenshot({ path: `${SHOTS}/desktop-ar.png` });
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('legend')).toContainText('approximate');
  await page.screenshot({ path: `${SHOTS}/desktop-en.png` });
});
