// On a phone (390 x 844) the map stays the main thing once an excerpt is shown: the zone strip and the
// timeline make way for the bottom sheet, the map keeps at least 45 % of the screen, and the excerpt's
// places lie in the part of the map a reader sees. In the list view the list already shows the excerpt:
// no sheet repeats it.
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas } from './atlas-page.ts';

const PHONE = { width: 390, height: 844 };
const SHOW_ON_MAP = { ar: 'اعرض على الخريطة', en: 'Show on the map' } as const;

/** The map canvas's height not covered by the header or a bottom sheet, and its top and bottom on the screen. */
async function visibleMap(page: Page): Promise<{ top: number; bottom: number; height: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
    const header = document.querySelector('.top')!.getBoundingClientRect();
    let bottom = Math.min(canvas.bottom, window.innerHeight);
    for (const sheet of document.querySelectorAll('.app > .panel')) {
      const box = sheet.getBoundingClientRect();
      if (box.height > 0 && getComputedStyle(sheet).display !== 'none') bottom = Math.min(bottom, box.top);
    }
    const top = Math.max(canvas.top, header.bottom);
    return { top, bottom, height: Math.max(0, bottom - top) };
  });
}

/** Screen points (page coordinates) of the places in Syria the focused excerpt draws, from the map's own source (places abroad are not fitted). */
async function focusPoints(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(async () => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const source = map.getSource('excerpt-places') as import('maplibre-gl').GeoJSONSource;
    const data = (await source.getData()) as GeoJSON.FeatureCollection<GeoJSON.Point>;
    const canvas = map.getCanvas().getBoundingClientRect();
    return data.features.filter((f) => f.properties?.['foreign'] !== true).map((f) => {
      const p = map.project(f.geometry.coordinates as [number, number]);
      return { x: canvas.left + p.x, y: canvas.top + p.y };
    });
  });
}

async function expectExcerptInView(page: Page): Promise<void> {
  await expect.poll(async () => (await focusPoints(page)).length).toBeGreaterThan(0);
  await mapSettled(page);
  const view = await visibleMap(page);
  expect(view.height, 'the map keeps at least 45 % of the screen').toBeGreaterThanOrEqual(0.45 * PHONE.height);
  for (const p of await focusPoints(page)) {
    expect(p.x, 'a place of the excerpt is inside the map').toBeGreaterThanOrEqual(0);
    expect(p.x).toBeLessThanOrEqual(PHONE.width);
    expect(p.y, 'a place of the excerpt is below the top of the visible map').toBeGreaterThanOrEqual(view.top);
    expect(p.y, 'a place of the excerpt is above the sheet').toBeLessThanOrEqual(view.bottom);
  }
}

for (const lang of ['ar', 'en'] as const) {
  test(`phone (${lang}): with an excerpt shown from a zone's sheet the map keeps 45 % of the screen and shows its places`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openAtlas(page, `/?lang=${lang}`);
    await page.locator('nav button[data-zone="eastern-ghouta"]').click();
    const panel = page.getByTestId('zone-panel');
    const card = panel.locator('article.excerpt').first();
    await expect(card).toBeVisible();
    await expect(page.locator('.side'), 'the zone strip makes way for the sheet').toBeHidden();
    await card.getByRole('button', { name: SHOW_ON_MAP[lang] }).click();
    await expectExcerptInView(page);
    // The card brought into view shows its title below the sheet's sticky handle.
    const handle = await panel.locator('.handle').boundingBox();
    const title = await page.locator(`[id="${await card.getAttribute('aria-labelledby')}"]`).boundingBox();
    expect(handle && title && title.y >= handle.y + handle.height - 1, 'the title is not under the handle').toBe(true);
    // The handle still makes the sheet taller; closing it brings the zone strip and the timeline back.
    await panel.locator('.handle').click();
    await expect(panel.locator('.handle')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.locator('.side')).toBeVisible();
    await expect(page.getByTestId('timeline')).toBeVisible();
  });

  test(`phone list view (${lang}): an excerpt shown on the map appears once, in the list, and the map keeps 45 % of the screen`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openAtlas(page, `/?lang=${lang}`);
    await page.getByTestId('list-toggle').click();
    const list = page.getByTestId('coverage-list');
    await list.locator('h3 button').first().click();
    const card = list.locator('article.excerpt').first();
    await expect(card).toBeVisible();
    const id = await card.getAttribute('data-excerpt');
    expect(id).toBeTruthy();
    await card.getByRole('button', { name: SHOW_ON_MAP[lang] }).click();
    await expect(card.getByRole('button', { name: SHOW_ON_MAP[lang] })).toHaveAttribute('aria-pressed', 'true');
    await expectExcerptInView(page);
    // Only one copy of the excerpt is on screen: the list's.
    const shown = await page.evaluate((id) => {
      return [...document.querySelectorAll(`article.excerpt[data-excerpt="${id}"]`)].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
      }).length;
    }, id);
    expect(shown).toBe(1);
    await page.screenshot({ path: `tests/e2e/screenshots/phone-list-excerpt-${lang}.png` });
  });
}

test('phone: opening the list view with an excerpt shown keeps its places in view, and the excerpt once on screen', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openAtlas(page, '/?lang=en');
  await page.locator('nav button[data-zone="eastern-ghouta"]').click();
  const card = page.getByTestId('zone-panel').locator('article.excerpt').first();
  await card.getByRole('button', { name: SHOW_ON_MAP.en }).click();
  await expectExcerptInView(page);
  const id = await card.getAttribute('data-excerpt');
  await page.getByTestId('list-toggle').click();
  await expect(page.getByTestId('coverage-list')).toBeVisible();
  await expect(page.getByTestId('zone-panel')).toBeHidden();
  await expectExcerptInView(page);
  const copies = page.locator(`article.excerpt[data-excerpt="${id}"]`);
  await expect(copies.filter({ visible: true })).toHaveCount(1);
});

for (const lang of ['ar', 'en'] as const) {
  test(`phone (${lang}): at first load the four zone buttons are in sight in the strip above the map`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openAtlas(page, `/?lang=${lang}`);
    await expect(page.getByTestId('timeline')).toBeVisible(); // the strip's tools have arrived too
    const strip = await page.locator('.side').boundingBox();
    if (!strip) throw new Error('no strip');
    const buttons = page.locator('nav button[data-zone]');
    await expect(buttons).toHaveCount(4);
    for (const button of await buttons.all()) {
      const box = await button.boundingBox();
      expect(box && box.y >= strip.y && box.y + box.height <= strip.y + strip.height, 'the button lies inside the strip').toBe(true);
    }
  });
}
