// The screenshot set a reader's first hour goes through, at desktop (1280x800) and phone (390x844)
// widths in Arabic and English: first load, a zone open, an excerpt on the map, the article reader, the
// list view. Each step checks what it shows before the picture is taken (tests/e2e/screenshots/screens-*).
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas, renderedValues } from './atlas-page.ts';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const SHOW_ON_MAP = { ar: 'اعرض على الخريطة', en: 'Show on the map' } as const;

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: `tests/e2e/screenshots/screens-${name}.png` });

for (const size of SIZES) {
  for (const lang of ['ar', 'en'] as const) {
    test(`screens at ${size.name} width in ${lang}: first load, zone, excerpt on the map, article, list`, async ({ page }) => {
      test.setTimeout(120_000);
      const name = (step: string): string => `${size.name}-${lang}-${step}`;
      await page.setViewportSize({ width: size.width, height: size.height });
      await openAtlas(page, `/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await mapSettled(page);
      expect((await renderedValues(page, ['zone-labels'], 'zone')).length).toBeGreaterThan(0);
      await shot(page, name('1-first-load'));

      await page.locator('nav button[data-zone="eastern-ghouta"]').click();
      const panel = page.getByTestId('zone-panel');
      await expect(panel).toHaveAttribute('data-zone', 'eastern-ghouta');
      const card = panel.locator('article.excerpt').first();
      await expect(card).toBeVisible();
      await mapSettled(page);
      await shot(page, name('2-zone'));

      const show = card.getByRole('button', { name: SHOW_ON_MAP[lang] });
      await show.click();
      await expect(show).toHaveAttribute('aria-pressed', 'true');
      // The map outlines the excerpt's zone and moves to its places once the panel has painted.
      await expect.poll(() => renderedValues(page, ['excerpt-zone-outline'], 'zone')).toContain('eastern-ghouta');
      await mapSettled(page);
      await shot(page, name('3-excerpt-on-map'));

      await card.getByTestId('read-in-context').click();
      const reader = page.getByTestId('article-reader');
      await expect(reader).toBeVisible();
      await expect(reader.getByTestId('excerpt-in-article')).toBeInViewport();
      await shot(page, name('4-article'));
      await page.keyboard.press('Escape');
      await expect(reader).toBeHidden();

      await page.getByTestId('list-toggle').click();
      await expect(page.getByTestId('coverage-list').locator('h3')).toHaveCount(5);
      await mapSettled(page);
      await shot(page, name('5-list'));
    });
  }
}
