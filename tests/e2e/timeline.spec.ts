import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './atlas-page.ts';

async function zoneStates(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    const ids = ['idlib', 'north-homs', 'eastern-ghouta', 'south'];
    return Object.fromEntries(ids.map((id) => [id, String(map.getFeatureState({ source: 'zones', id })['state'])]));
  });
}

async function openAt(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('timeline')).toBeVisible({ timeout: 30_000 });
}

test('a day in the URL draws each zone as it stood and says so', async ({ page }) => {
  await openAt(page, '?lang=en&date=2018-04-20');
  const states = page.getByTestId('timeline-states');
  await expect(states.locator('[data-zone="eastern-ghouta"]')).toHaveAttribute('data-state', 'ended');
  await expect(states.locator('[data-zone="north-homs"]')).toContainText('under offensive');
  await expect.poll(() => zoneStates(page)).toEqual({ idlib: 'lines-agreed', 'north-homs': 'under-offensive', 'eastern-ghouta': 'ended', south: 'lines-agreed' });
});

test('arrow keys move a day the way the language reads, Page Up and Page Down a month', async ({ page }) => {
  await openAt(page, '?date=2017-05-05');
  const slider = page.getByRole('slider');
  await slider.focus();
  // Arabic: time runs right to left, so the left arrow moves on.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', '2017-05-06');
  await expect(page.getByTestId('timeline-states').locator('[data-zone="idlib"]')).toHaveAttribute('data-state', 'in-force');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', '2017-05-05');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', '2017-06-05');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', '2017-04-05');
  await expect(page).toHaveURL(/[?&]date=2017-04-05/);
  await page.getByTestId('lang-toggle').click();
  // The English strings arrive as a chunk of their own: press only once the page reads left to right.
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', '2017-04-06');
  await page.keyboard.press('End');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', '2018-12-31');
});

test('a click on the axis sets the day; later days lie to the left in Arabic and to the right in English', async ({ page }) => {
  await openAtlas(page);
  const slider = page.getByRole('slider');
  const timeline = page.getByTestId('timeline');
  await expect(slider).toBeVisible({ timeout: 30_000 });
  /** Click at `fraction` of the axis's width from its left edge and return the day it set. */
  const clickAt = async (fraction: number): Promise<string> => {
    const box = await slider.boundingBox();
    if (!box) throw new Error('no slider box');
    const before = (await timeline.getAttribute('data-date')) ?? '';
    await page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
    await expect(timeline).not.toHaveAttribute('data-date', before);
    return (await timeline.getAttribute('data-date')) ?? '';
  };
  const leftAr = await clickAt(0.2);
  const rightAr = await clickAt(0.8);
  expect(leftAr > rightAr).toBe(true);
  await page.getByTestId('lang-toggle').click();
  await expect(slider).toHaveAttribute('aria-label', 'Date shown on the map');
  const leftEn = await clickAt(0.35);
  const rightEn = await clickAt(0.9);
  expect(leftEn < rightEn).toBe(true);
});

test('a drag moves the day, and back returns to the day before it', async ({ page }) => {
  await openAt(page, '?lang=en&date=2017-07-09');
  const slider = page.getByRole('slider');
  const box = await slider.boundingBox();
  if (!box) throw new Error('no slider box');
  await page.waitForTimeout(1100);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = await page.getByTestId('timeline').getAttribute('data-date');
  expect(dragged && dragged > '2017-07-09').toBe(true);
  await page.goBack();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', '2017-07-09');
  await page.goForward();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', dragged ?? '');
});

test('play moves the day on and pause stops it', async ({ page }) => {
  await openAt(page, '?lang=en&date=2017-05-01');
  await page.getByTestId('timeline-play').click();
  await expect.poll(async () => ((await page.getByTestId('timeline').getAttribute('data-date')) ?? '') > '2017-05-20', { timeout: 10_000 }).toBe(true);
  await page.getByTestId('timeline-play').click();
  const stopped = await page.getByTestId('timeline').getAttribute('data-date');
  await page.waitForTimeout(700);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-date', stopped ?? '');
});

test('the timeline passes axe in both languages', async ({ page }) => {
  for (const lang of ['ar', 'en']) {
    await openAt(page, `?lang=${lang}&date=2017-09-20`);
    const result = await new AxeBuilder({ page }).include('[data-testid="timeline"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
