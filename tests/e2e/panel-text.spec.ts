// How the zone panel writes things: counts in the plural form the language asks for, the sub-district
// lists behind a disclosure so the excerpts come soon, and an outlet and its date kept apart.
import { expect, test } from '@playwright/test';
import { openAtlas, readZoneCoverage } from './atlas-page.ts';

/** The Arabic count of excerpts as a grammar would write it (written out here, not taken from the code). */
function arabicCount(n: number): string {
  if (n === 0) return 'لا مقتطفات';
  if (n === 1) return 'مقتطف واحد';
  if (n === 2) return 'مقتطفان';
  const tail = n % 100;
  if (tail >= 3 && tail <= 10) return `${n} مقتطفات`;
  if (tail >= 11) return `${n} مقتطفاً`;
  return `${n} مقتطف`;
}

test('excerpt counts use Arabic plural forms and English singular/plural', async ({ page }) => {
  await openAtlas(page);
  const count = page.getByTestId('coverage').locator('.count');
  const zones = ['idlib', 'north-homs', 'south', 'eastern-ghouta'] as const;
  const totals = zones.map((zone) => readZoneCoverage(zone).excerpts.length);
  for (const [i, zone] of zones.entries()) {
    await page.locator(`#zone-list button[data-zone="${zone}"]`).click();
    await expect(count).toHaveText(`(${arabicCount(totals[i] ?? 0)})`);
  }
  await page.getByTestId('lang-toggle').click();
  const last = totals.at(-1) ?? 0;
  await expect(count).toHaveText(`(${last} ${last === 1 ? 'excerpt' : 'excerpts'})`);
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
