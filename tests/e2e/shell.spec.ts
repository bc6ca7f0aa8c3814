// The shell around the map: shareable URL, back/forward, keyboard-only use, the live region, phone size.
import { expect, test, type Page } from '@playwright/test';
import { clickLonLat, expectBottomSheet, IDLE_MARK, INSIDE_CORE, loadZones, mapSettled } from './atlas-page.ts';

const zones = loadZones();
const props = (id: string) => {
  const found = zones.features.find((f) => f.properties.zone === id)?.properties;
  if (!found) throw new Error(`no zone ${id} in geo/zones.geojson`);
  return found;
};

async function openAt(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
}

async function mapView(page: Page): Promise<{ zoom: number; lon: number; lat: number }> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lon: c.lng, lat: c.lat };
  });
}

test('a shared URL restores the language, the map view and the selected zone', async ({ page }) => {
  await openAt(page, '?lang=en&map=8.5/35.6/36.7&zone=idlib');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toHaveAttribute('data-zone', 'idlib');
  await expect(panel.locator('h2')).toHaveText(props('idlib').name_en);
  await mapSettled(page);
  const view = await mapView(page);
  expect(view.zoom).toBeCloseTo(8.5, 2);
  expect(view.lat).toBeCloseTo(35.6, 3);
  expect(view.lon).toBeCloseTo(36.7, 3);
  expect(new URL(page.url()).searchParams.get('zone')).toBe('idlib');
  expect(new URL(page.url()).searchParams.get('map')).toBe('8.5/35.6/36.7');
});

test('a URL without a view fits the map to the shared zone', async ({ page }) => {
  await openAt(page, '?zone=south');
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'south');
  await expect.poll(async () => new URL(page.url()).searchParams.get('map'), { timeout: 15_000 }).not.toBeNull();
  const view = await mapView(page);
  expect(view.zoom).toBeGreaterThan(7);
  expect(view.lat).toBeGreaterThan(32);
  expect(view.lat).toBeLessThan(33.6);
});

test('back and forward step through selections; panning replaces the entry', async ({ page }) => {
  await openAt(page);
  const start = await page.evaluate(() => history.length);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  await page.locator('#zone-list button[data-zone="south"]').click();
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toHaveAttribute('data-zone', 'south');
  expect(await page.evaluate(() => history.length)).toBe(start + 2);
  await mapSettled(page);
  await page.evaluate(() => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    map.panBy([60, 40], { duration: 0 });
  });
  await mapSettled(page);
  expect(await page.evaluate(() => history.length), 'a map move adds no history entry').toBe(start + 2);

  await page.goBack();
  await expect(panel).toHaveAttribute('data-zone', 'idlib');
  expect(new URL(page.url()).searchParams.get('zone')).toBe('idlib');
  await page.goBack();
  await expect(panel).toHaveCount(0);
  await page.goForward();
  await expect(panel).toHaveAttribute('data-zone', 'idlib');
  await page.goForward();
  await expect(panel).toHaveAttribute('data-zone', 'south');
});

test('keyboard only: skip link, arrows in the zone list, Enter opens, Escape closes and returns focus', async ({ page }) => {
  await openAt(page);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-to-list')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#zone-list')).toBeFocused();
  await page.keyboard.press('Tab');
  const buttons = page.locator('#zone-list button');
  await expect(buttons.nth(0)).toBeFocused();
  await expect(buttons.nth(1)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowDown');
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(buttons.nth(3)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(buttons.nth(0), 'the arrows wrap around').toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const chosen = buttons.nth(2);
  await expect(chosen).toBeFocused();
  const id = await chosen.getAttribute('data-zone');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toHaveAttribute('data-zone', id ?? '');
  await expect(panel.locator('h2#zone-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'إغلاق لوحة المنطقة' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(chosen, 'focus returns to the zone button that opened the panel').toBeFocused();
  // Only the chosen zone is a tab stop now: Shift+Tab leaves the list in one step.
  await expect(chosen).toHaveAttribute('tabindex', '0');
});

test('focus is visible on the zone buttons', async ({ page }) => {
  await openAt(page);
  await page.locator('#zone-list button').first().focus();
  await page.keyboard.press('ArrowDown');
  const outline = await page.locator('#zone-list button').nth(1).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

test('the live region announces the selection in the interface language', async ({ page }) => {
  await openAt(page);
  const live = page.getByTestId('announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText('');
  await page.locator('#zone-list button[data-zone="eastern-ghouta"]').click();
  await expect(live).toHaveText(`حُدِّدت المنطقة: ${props('eastern-ghouta').name_ar}`);
  await page.getByTestId('lang-toggle').click();
  await expect(live).toHaveText(`Selected zone: ${props('eastern-ghouta').name_en}`);
  await page.keyboard.press('Escape');
  await expect(live).toHaveText('Selection cleared');
});

test('the map canvas is labelled in the interface language and the map can be skipped', async ({ page }) => {
  await openAt(page);
  await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', 'خريطة سوريا ومناطق خفض التصعيد الأربع');
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', 'Map of Syria and the four de-escalation zones');
  await page.locator('#zone-list button[data-zone="south"]').click();
  await page.getByTestId('skip-map').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#zone-title')).toBeFocused();
});

test('English mirrors the layout: side list on the left, map controls on the right', async ({ page }) => {
  await openAt(page);
  const sideX = async () => (await page.locator('#zone-list').boundingBox())?.x ?? NaN;
  const mapX = async () => (await page.locator('.maplibregl-canvas').boundingBox())?.x ?? NaN;
  expect(await sideX()).toBeGreaterThan(await mapX());
  await expect(page.locator('.maplibregl-ctrl-top-left .maplibregl-ctrl-zoom-in')).toHaveCount(1);
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await sideX()).toBeLessThan(await mapX());
  await expect(page.locator('.maplibregl-ctrl-top-right .maplibregl-ctrl-zoom-in')).toHaveCount(1);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  await mapSettled(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/shell-desktop-en.png' });
});

for (const lang of ['ar', 'en'] as const) {
  test(`phone width (${lang}): the panel is a bottom sheet and the map stays visible and clickable`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openAt(page, `?lang=${lang}`);
    await page.locator('#zone-list button[data-zone="south"]').click();
    const panel = page.getByTestId('zone-panel');
    await expect(panel).toBeVisible();
    const sheet = await expectBottomSheet(page, panel);
    await page.screenshot({ path: `tests/e2e/screenshots/shell-phone-${lang}.png` });
    // The sheet scrolls its own content.
    expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto')).toBe(true);
    // The map still takes clicks above the sheet: another zone, brought into view, opens in the sheet.
    await page.evaluate((center) => {
      const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
      map.jumpTo({ center, zoom: 8 });
    }, INSIDE_CORE['eastern-ghouta'].lonLat);
    await mapSettled(page);
    await clickLonLat(page, INSIDE_CORE['eastern-ghouta'].lonLat);
    await expect(panel).toHaveAttribute('data-zone', 'eastern-ghouta');
    const handle = panel.locator('.handle');
    await expect(handle).toBeVisible();
    await handle.click();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    expect((await panel.boundingBox())?.height ?? 0).toBeGreaterThan(sheet.height);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });
}

test('keyboard only: Tab from the panel heading reaches an excerpt; Enter opens its article; Escape closes only the article', async ({ page }) => {
  await openAt(page, '?zone=idlib');
  const panel = page.getByTestId('zone-panel');
  const read = panel.getByTestId('read-in-context').first();
  await expect(read).toBeVisible();
  await panel.locator('#zone-title').focus();
  for (let i = 0; i < 40 && !(await read.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(read).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-body')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-reader')).toBeHidden();
  await expect(panel, 'the zone panel stays open behind the article').toHaveAttribute('data-zone', 'idlib');
  await expect(read, 'focus returns to the button that opened the article').toBeFocused();
});
