// Links to an excerpt: the address keeps the list the excerpt was chosen from (zone=, place= or
// coverage=general beside excerpt=), a shared link opens that list with the excerpt in view, and a
// well-formed id that is in no file is said to be missing.
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas, readZoneCoverage } from './atlas-page.ts';

const south = readZoneCoverage('south');
const idlib = readZoneCoverage('idlib');
/** A southern excerpt that is also in Idlib's list (before the fix, its link opened Idlib's panel). */
const shared = south.excerpts.filter((e) => idlib.excerpts.some((i) => i.id === e.id)).at(-1);
const params = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

test.beforeAll(() => {
  expect(shared, 'the data has a southern excerpt that is also in Idlib\'s list').toBeDefined();
});

test('"show on map" keeps the zone in the address and the zone pressed in the list', async ({ page }) => {
  await openAtlas(page);
  await page.locator('#zone-list button[data-zone="south"]').click();
  const panel = page.getByTestId('zone-panel');
  const card = panel.locator(`[data-excerpt="${shared?.id}"]`);
  await card.getByRole('button', { name: 'اعرض على الخريطة' }).click();
  await expect(card.getByRole('button', { name: 'اعرض على الخريطة' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => params(page).get('excerpt')).toBe(shared?.id);
  expect(params(page).get('zone')).toBe('south');
  await expect(panel).toHaveAttribute('data-zone', 'south');
  await expect(page.locator('#zone-list button[data-zone="south"]')).toHaveAttribute('aria-pressed', 'true');
});

test('a shared link to an excerpt opens its zone\'s panel with the excerpt in view', async ({ page }) => {
  await page.goto(`/?zone=south&excerpt=${shared?.id}`);
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toHaveAttribute('data-zone', 'south');
  const card = panel.locator(`[data-excerpt="${shared?.id}"]`);
  await expect(card).toHaveClass(/selected/);
  await mapSettled(page);
  await expect(card).toBeInViewport({ ratio: 0.5 });
  await expect(page.locator('#zone-list button[data-zone="south"]')).toHaveAttribute('aria-pressed', 'true');
});

test('back and forward return to the excerpt in the zone it was chosen in', async ({ page }) => {
  await openAtlas(page);
  await page.locator('#zone-list button[data-zone="south"]').click();
  const panel = page.getByTestId('zone-panel');
  await panel.locator(`[data-excerpt="${shared?.id}"]`).getByRole('button', { name: 'اعرض على الخريطة' }).click();
  await expect.poll(() => params(page).get('excerpt')).toBe(shared?.id);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  await expect(panel).toHaveAttribute('data-zone', 'idlib');
  await page.goBack();
  await expect(panel).toHaveAttribute('data-zone', 'south');
  expect(params(page).get('zone')).toBe('south');
  await expect(panel.locator(`[data-excerpt="${shared?.id}"]`)).toHaveClass(/selected/);
  await page.goForward();
  await expect(panel).toHaveAttribute('data-zone', 'idlib');
});

for (const lang of ['ar', 'en'] as const) {
  test(`an excerpt link with an unknown id says the excerpt was not found (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&excerpt=000000000000-001`);
    const alert = page.getByTestId('excerpt-missing');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(lang === 'ar' ? 'لم يُعثر' : 'not found');
    await expect(alert).toContainText('000000000000-001');
  });
}

test('an unknown excerpt in a zone link opens the zone and says the excerpt was not found', async ({ page }) => {
  await page.goto(`/?lang=en&zone=south&excerpt=${shared?.id.replace(/-\d+$/, '-999')}`);
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'south');
  await expect(page.getByTestId('excerpt-missing')).toContainText('not found');
});
