// Screenshots of the timeline and the map at four days, on a desktop and a phone, in Arabic and English
// (tests/e2e/screenshots/, not committed): each is looked at by a person; the test checks what it can.
import { expect, test } from '@playwright/test';

const DAYS = ['2017-05-10', '2017-09-20', '2018-04-20', '2018-08-10'] as const;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const ENDED_ON: Record<string, number> = { '2017-05-10': 0, '2017-09-20': 0, '2018-04-20': 1, '2018-08-10': 3 };

for (const [device, viewport] of Object.entries(SIZES)) {
  for (const lang of ['ar', 'en'] as const) {
    test(`timeline at four days: ${device}, ${lang}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const day of DAYS) {
        await page.goto(`/?lang=${lang}&date=${day}`);
        const timeline = page.getByTestId('timeline');
        await expect(timeline).toHaveAttribute('data-date', day, { timeout: 30_000 });
        await expect(timeline.locator('[data-state="ended"]')).toHaveCount(ENDED_ON[day] ?? 0);
        await page.waitForFunction(() => {
          const atlas = (window as unknown as { __atlas?: { map: { loaded(): boolean; isMoving(): boolean } } }).__atlas;
          return atlas !== undefined && atlas.map.loaded() && !atlas.map.isMoving();
        });
        await page.waitForTimeout(600);
        await page.screenshot({ path: `tests/e2e/screenshots/timeline-${day}-${device}-${lang}.png` });
      }
    });
  }
}
