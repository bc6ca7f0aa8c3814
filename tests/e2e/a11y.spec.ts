// axe-core over the whole page: no serious or critical violation in either language, with and without
// a selected zone, at desktop and phone width.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { IDLE_MARK, mapSettled } from './atlas-page.ts';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } } as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

for (const lang of ['ar', 'en'] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const zone of [null, 'idlib'] as const) {
      test(`axe: ${lang}, ${size}, ${zone ? `zone ${zone} selected` : 'nothing selected'}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/?lang=${lang}${zone ? `&zone=${zone}` : ''}`);
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
        if (zone) await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', zone);
        await mapSettled(page);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }
}

test('axe: English, desktop, with the list view open', async ({ page }) => {
  await page.goto('/?lang=en&zone=south');
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
  const toggle = page.getByTestId('list-toggle');
  test.skip((await toggle.count()) === 0, 'no list view in this build');
  await toggle.click();
  await mapSettled(page);
  expect(await seriousViolations(page)).toEqual([]);
});

for (const lang of ['ar', 'en'] as const) {
  test(`axe: ${lang}, an excerpt's article open in context, then a place's excerpts`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&zone=idlib`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
    const read = page.getByTestId('zone-panel').getByTestId('read-in-context').first();
    await expect(read).toBeVisible();
    await read.click();
    await expect(page.getByTestId('article-body')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('article-reader')).toBeHidden();
    await page.goto(`/?lang=${lang}&place=foreign:astana`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
    await expect(page.getByTestId('reading-panel').locator('[data-excerpt]').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
