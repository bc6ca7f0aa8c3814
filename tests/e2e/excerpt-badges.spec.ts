// Each excerpt card says which zone (or general coverage) each of its links is about, so the same
// excerpt read in a zone's panel and in a place's panel does not seem to say two different things.
import { expect, test, type Locator } from '@playwright/test';
import { loadZones, openAtlas } from './atlas-page.ts';

const ID = '2642ac252f54-006';
const names = new Map(loadZones().features.map((f) => [f.properties.zone, f.properties.short_ar]));

async function badges(card: Locator): Promise<{ about: string; strength: string | null }[]> {
  return card.locator('.row > .badge').evaluateAll((els) =>
    els.map((el) => ({ about: el.querySelector('.about')?.textContent?.trim() ?? '', strength: el.getAttribute('data-strength') })),
  );
}

test('in a zone panel the badge names that zone and its link strength', async ({ page }) => {
  await openAtlas(page);
  await page.locator('nav button[data-zone="idlib"]').click();
  const card = page.getByTestId('zone-panel').locator(`[data-excerpt="${ID}"]`);
  await expect(card).toBeVisible();
  expect(await badges(card)).toEqual([{ about: names.get('idlib'), strength: 'core-place' }]);
});

test('in a place panel the card names the place, and each zone link with its own strength', async ({ page }) => {
  await page.goto('/?place=gn:169577');
  const card = page.getByTestId('reading-panel').locator(`[data-excerpt="${ID}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('excerpt-place')).toHaveText('حمص');
  expect(await badges(card)).toEqual([
    { about: names.get('idlib'), strength: 'core-place' },
    { about: names.get('north-homs'), strength: 'general' },
    { about: names.get('eastern-ghouta'), strength: 'zone-named' },
    { about: names.get('south'), strength: 'zone-named' },
  ]);
});

test('in English the badges name the zones in English', async ({ page }) => {
  await page.goto('/?lang=en&place=gn:169577');
  const card = page.getByTestId('reading-panel').locator(`[data-excerpt="${ID}"]`);
  await expect(card.getByTestId('excerpt-place')).toHaveText('Homs');
  await expect(card.locator('.row > .badge').first()).toContainText('Idlib');
});
