// The reading panel (general coverage, a place's excerpts) as a shareable, keyboard- and
// screen-reader-friendly selection: URL restore and history, focus in and out, what the live region
// says, and the bottom sheet at phone width.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectBottomSheet, IDLE_MARK, mapSettled } from './atlas-page.ts';

/** adm1:SY07 in data/places.json: the Idlib governorate, named by several excerpts. */
const IDLIB_GOV = { id: 'adm1:SY07', ar: 'إدلب', en: 'Idlib' };

async function openAt(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 30_000 });
}

const param = (page: Page, key: string): string | null => new URL(page.url()).searchParams.get(key);

test('a shared URL restores the general coverage and the list view', async ({ page }) => {
  await openAt(page, '?lang=en&coverage=general&view=list');
  const panel = page.getByTestId('reading-panel');
  await expect(panel).toHaveAttribute('data-view', 'general');
  await expect(panel.locator('h2')).toHaveText('General coverage');
  await expect(panel.locator('article.excerpt').first()).toBeVisible();
  await expect(page.getByTestId('list-toggle')).toHaveText('Hide the list');
  await expect(page.getByTestId('coverage-list').locator('[data-list-zone="general"] h3 button')).toHaveAttribute('aria-pressed', 'true');
  expect(param(page, 'coverage')).toBe('general');
  expect(param(page, 'view')).toBe('list');
});

test('the list view goes in and out of the URL without adding history entries', async ({ page }) => {
  await openAt(page, '?zone=south');
  const start = await page.evaluate(() => history.length);
  const toggle = page.getByTestId('list-toggle');
  await toggle.click();
  await expect(page.getByTestId('coverage-list')).toBeVisible();
  await expect.poll(() => param(page, 'view')).toBe('list');
  expect(param(page, 'zone'), 'the selection stays in the URL').toBe('south');
  await toggle.click();
  await expect(page.getByTestId('coverage-list')).toHaveCount(0);
  await expect.poll(() => param(page, 'view')).toBeNull();
  expect(await page.evaluate(() => history.length)).toBe(start);
});

test('back and forward step through the general coverage like any other selection', async ({ page }) => {
  await openAt(page, '?lang=en');
  const start = await page.evaluate(() => history.length);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'idlib');
  await page.getByTestId('general-entry').click();
  const reading = page.getByTestId('reading-panel');
  await expect(reading).toHaveAttribute('data-view', 'general');
  expect(param(page, 'coverage')).toBe('general');
  expect(param(page, 'zone')).toBeNull();
  await page.locator('#zone-list button[data-zone="south"]').click();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'south');
  expect(await page.evaluate(() => history.length)).toBe(start + 3);

  await page.goBack();
  await expect(reading).toHaveAttribute('data-view', 'general');
  await expect(page.getByTestId('zone-panel')).toHaveCount(0);
  await expect(page.getByTestId('general-entry')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'idlib');
  await expect(reading).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('zone-panel')).toHaveCount(0);
  await expect(reading, 'no panel before anything was selected').toHaveCount(0);
  await page.goForward();
  await page.goForward();
  await expect(reading).toHaveAttribute('data-view', 'general');
  expect(param(page, 'coverage')).toBe('general');
});

test('the reading panel focuses its heading, keeps focus on an excerpt shown on the map, and gives focus back on close', async ({ page }) => {
  await openAt(page);
  const entry = page.getByTestId('general-entry');
  await entry.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('reading-panel');
  await expect(panel).toHaveAttribute('data-view', 'general');
  await expect(panel.locator('h2#reading-title')).toBeFocused();
  await expect(panel.locator('h2#reading-title')).toHaveAttribute('data-panel-heading', '');

  // Selecting one of its excerpts keeps the same panel; focus stays on the button pressed.
  const show = panel.locator('article.excerpt').first().getByRole('button', { name: 'اعرض على الخريطة' });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  expect(param(page, 'excerpt')).not.toBeNull();
  await expect(show).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(entry, 'focus returns to the entry that opened the panel').toBeFocused();
});

test('the skip-the-map link lands on the reading panel heading', async ({ page }) => {
  await openAt(page, '?place=foreign:astana');
  await expect(page.getByTestId('reading-panel').locator('h2')).toHaveText('أستانا');
  await page.getByTestId('skip-map').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reading-title')).toBeFocused();
});

test('after a zone panel gives way to the general coverage, closing it gives focus back to the general entry', async ({ page }) => {
  await openAt(page);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  await expect(page.getByTestId('zone-panel')).toBeVisible();
  const entry = page.getByTestId('general-entry');
  await entry.click();
  const panel = page.getByTestId('reading-panel');
  await expect(panel.locator('#reading-title')).toBeFocused();
  await panel.getByRole('button', { name: 'إغلاق لوحة القراءة' }).click();
  await expect(panel).toHaveCount(0);
  await expect(entry, 'the general entry opened this panel, not the zone button before it').toBeFocused();
});

/** Every text the live region shows, in order, from page load on. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = seen;
    const observer = new MutationObserver(() => {
      const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? null;
      if (text !== null && text !== seen[seen.length - 1]) seen.push(text);
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });
}
const announced = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);

for (const lang of ['ar', 'en'] as const) {
  test(`the live region says "Loading…" and then the place's name, never its id (${lang})`, async ({ page }) => {
    await recordAnnouncements(page);
    await openAt(page, `?lang=${lang}&place=${IDLIB_GOV.id}`);
    const live = page.getByTestId('announcer');
    const expected = lang === 'ar' ? `حُدِّد المكان: ${IDLIB_GOV.ar}` : `Selected place: ${IDLIB_GOV.en}`;
    await expect(live).toHaveText(expected);
    const said = (await announced(page)).filter((text) => text !== '');
    expect(said).toEqual([lang === 'ar' ? 'جارٍ التحميل…' : 'Loading…', expected]);
  });
}

test('the live region names a selected excerpt by its article title and the general coverage by name', async ({ page }) => {
  await openAt(page, '?lang=en&zone=idlib');
  const card = page.getByTestId('zone-panel').locator('article.excerpt').first();
  await expect(card).toBeVisible();
  const id = await card.getAttribute('data-excerpt');
  // The title's own text, without the mark for an inferred title.
  const title = await card.locator('h4').evaluate((el) => el.firstChild?.textContent ?? '');
  expect(id).toBeTruthy();
  expect(title.length).toBeGreaterThan(0);
  await card.getByRole('button', { name: 'Show on the map' }).click();
  const live = page.getByTestId('announcer');
  await expect(live).toHaveText(`Selected excerpt: ${title}`);

  // A shared link to the excerpt: its zone file is fetched first, then the title is said.
  await recordAnnouncements(page);
  await openAt(page, `?lang=en&excerpt=${id}`);
  await expect(live).toHaveText(`Selected excerpt: ${title}`);
  expect((await announced(page)).some((text) => text.includes(id ?? '?'))).toBe(false);

  await page.getByTestId('general-entry').click();
  await expect(live).toHaveText('General coverage opened');
});

for (const lang of ['ar', 'en'] as const) {
  test(`phone width (${lang}): the general coverage panel is a bottom sheet under a usable map`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openAt(page, `?lang=${lang}&coverage=general`);
    const panel = page.getByTestId('reading-panel');
    await expect(panel.locator('article.excerpt').first()).toBeVisible();
    const sheet = await expectBottomSheet(page, panel, 0.4);
    await page.screenshot({ path: `tests/e2e/screenshots/a11y-general-phone-${lang}.png` });
    const handle = panel.locator('.handle');
    await expect(handle).toBeVisible();
    await handle.click();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    expect((await panel.boundingBox())?.height ?? 0).toBeGreaterThan(sheet.height);
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`axe (${lang}): the general coverage panel open, at desktop and phone width`, async ({ page }) => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
      await page.setViewportSize(viewport);
      await openAt(page, `?lang=${lang}&coverage=general`);
      await expect(page.getByTestId('reading-panel').locator('article.excerpt').first()).toBeVisible();
      await mapSettled(page);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(serious, `${viewport.width}px`).toEqual([]);
    }
  });
}
