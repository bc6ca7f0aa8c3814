// How the zone panel writes things: counts in the plural form the language asks for, the sub-district
// lists behind a disclosure so the excerpts come soon, and an outlet and its date kept apart.
import { expect, test } from '@playwright/test';
import { openAtlas, readZoneCoverage } from './atlas-page.ts';

const idlibCount = readZoneCoverage('idlib').excerpts.length;
const homsCount = readZoneCoverage('north-homs').excerpts.length;

test('excerpt counts use Arabic plural forms and English singular/plural', async ({ page }) => {
  expect([idlibCount, homsCount].every((n) => n >= 3 && n <= 10), 'the sample data has 3 to 10 excerpts in these zones').toBe(true);
  await openAtlas(page);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  const count = page.getByTestId('coverage').locator('.count');
  await expect(count).toHaveText(`(${idlibCount} مقتطفات)`);
  await page.locator('#zone-list button[data-zone="north-homs"]').click();
  await expect(count).toHaveText(`(${homsCount} مقتطفات)`);
  await page.getByTestId('lang-toggle').click();
  await expect(count).toHaveText(`(${homsCount} excerpts)`);
});

test('the sub-districts are behind a disclosure that says how many, and open on request', async ({ page }) => {
  await openAtlas(page);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  const panel = page.getByTestId('zone-panel');
  const lists = panel.getByTestId('sub-districts');
  await expect(lists.first()).toBeVisible();
  for (const list of await lists.all()) {
    await expect(list).not.toHaveAttribute('open');
    await expect(list.locator('li').first()).toBeHidden();
  }
  const core = panel.locator('[data-part="core"]').getByTestId('sub-districts');
  await expect(core.locator('summary')).toHaveText(/^\d+ (ناحية|نواحٍ|ناحيةً)$|^ناحيتان$|^ناحية واحدة$/);
  await core.locator('summary').click();
  await expect(core.locator('li').first()).toBeVisible();
  await expect(core.locator('li code').first()).toHaveText(/^SY\d+$/);
});

test('an outlet and its date are set apart by a spaced dot', async ({ page }) => {
  await openAtlas(page);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  const meta = page.getByTestId('zone-panel').locator('article.excerpt .meta').first();
  await expect(meta).toBeVisible();
  expect(await meta.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim())).toMatch(/\S · \S/);
});
