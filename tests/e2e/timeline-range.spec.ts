// The timeline's coverage charts and its brush: the range is the lists' from= and to=, made by a drag or
// from the keyboard, narrowing the zone list, one history entry per change.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseOrThrow } from '../../src/lib/schema.ts';
import { CoverageMonths } from '../../src/lib/time-schema.ts';
import { readZoneCoverage, shownByDefault } from './atlas-page.ts';

const monthsFile = resolve('data/months.json');
const months = parseOrThrow(CoverageMonths, JSON.parse(readFileSync(monthsFile, 'utf8')), monthsFile).months;

const query = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

async function openAt(page: Page, search: string): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByTestId('timeline-brush')).toBeVisible({ timeout: 30_000 });
}

/** The idlib list's default excerpts dated inside [from, to]. */
function idlibWithin(from: string, to: string): string[] {
  const coverage = readZoneCoverage('idlib');
  const dates = new Map(coverage.articles.map((a) => [a.id, a.date]));
  return shownByDefault(coverage)
    .filter((e) => {
      const d = dates.get(e.article_id);
      return d !== null && d !== undefined && d >= from && d <= to;
    })
    .map((e) => e.id);
}

test("each zone's chart sums that zone's excerpts per month in data/months.json", async ({ page }) => {
  await openAt(page, '?lang=en');
  for (const zone of ['idlib', 'north-homs', 'eastern-ghouta', 'south']) {
    const total = Object.values(months[zone] ?? {}).reduce((a, b) => a + b, 0);
    await expect(page.locator(`[data-testid="timeline-brush"] path[data-zone="${zone}"]`)).toHaveAttribute('data-total', String(total));
  }
  const idlib = page.locator('[data-testid="timeline-brush"] path[data-zone="idlib"]');
  expect(((await idlib.getAttribute('d')) ?? '').length).toBeGreaterThan(20);
});

for (const lang of ['ar', 'en'] as const) {
  test(`a drag over the charts narrows the zone list to its days (${lang}); back and forward step through the ranges`, async ({ page }) => {
    await openAt(page, `?lang=${lang}&zone=idlib`);
    const panel = page.getByTestId('zone-panel');
    await expect(panel.locator('article[data-excerpt]').first()).toBeVisible();
    const all = await panel.locator('article[data-excerpt]').count();
    const brush = page.getByTestId('timeline-brush');
    let box = (await brush.boundingBox())!;
    // A range around September 2017 (the seeds' busiest month): where it lies depends on the direction.
    const left = lang === 'ar' ? 0.3 : 0.35;
    const right = lang === 'ar' ? 0.66 : 0.7;
    await page.mouse.move(box.x + box.width * left, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * ((left + right) / 2), box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width * right, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => query(page).get('from')).not.toBeNull();
    const from = query(page).get('from')!;
    const to = query(page).get('to')!;
    expect(from < to).toBe(true);
    expect(from <= '2017-09-29' && to >= '2017-09-20').toBe(true);
    await expect(page.getByTestId('timeline-coverage')).toHaveAttribute('data-from', from);
    const expected = idlibWithin(from, to);
    expect(expected.length).toBeLessThan(all);
    await expect(panel.locator('article[data-excerpt]')).toHaveCount(expected.length);
    // The search filters show the same range as their date chip.
    await expect(page.locator('[data-chip="dates"]')).toBeVisible();

    // A second drag, further on in time, is a second history entry.
    const later = lang === 'ar' ? [0.15, 0.25] : [0.75, 0.85];
    box = (await brush.boundingBox())!; // the range's line above the charts may have moved them
    await page.mouse.move(box.x + box.width * later[0]!, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * later[1]!, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => query(page).get('from')).not.toBe(from);
    expect(query(page).get('from')! > to).toBe(true);
    await page.goBack();
    await expect.poll(() => query(page).get('from')).toBe(from);
    await expect(page.getByTestId('timeline-coverage')).toHaveAttribute('data-to', to);
    await expect(panel.locator('article[data-excerpt]')).toHaveCount(expected.length);
    await page.goBack();
    await expect.poll(() => query(page).get('from')).toBeNull();
    await expect(page.getByTestId('timeline-coverage')).toHaveAttribute('data-from', '');
    await expect(panel.locator('article[data-excerpt]')).toHaveCount(all);
    await page.goForward();
    await expect.poll(() => query(page).get('to')).toBe(to);
  });

  test(`from the keyboard a range is made around the day and each edge moves by day and month (${lang})`, async ({ page }) => {
    await openAt(page, `?lang=${lang}&date=2017-09-20&zone=idlib`);
    await page.getByTestId('timeline-range-around').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => `${query(page).get('from')} ${query(page).get('to')}`).toBe('2017-08-20 2017-10-20');
    const start = page.getByTestId('timeline-range-from');
    await start.focus();
    // On in time: the left arrow in Arabic, the right arrow in English.
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => query(page).get('from')).toBe('2017-08-21');
    await page.keyboard.press('PageUp');
    await expect.poll(() => query(page).get('from')).toBe('2017-09-21');
    const end = page.getByTestId('timeline-range-to');
    await end.focus();
    // A month back would pass the start: the end stops there.
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('to')).toBe('2017-09-21');
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => query(page).get('to')).toBe('2017-09-22');
    await expect(end).toHaveAttribute('aria-valuetext', /2017/);
    const panel = page.getByTestId('zone-panel');
    await expect(panel.locator('article[data-excerpt]')).toHaveCount(idlibWithin('2017-09-21', '2017-09-22').length);
    await page.getByTestId('timeline-range-clear').click();
    await expect.poll(() => query(page).get('from')).toBeNull();
    await expect(page.getByTestId('timeline-range-around')).toBeVisible();
  });
}

test('the charts and the range pass axe in both languages', async ({ page }) => {
  for (const lang of ['ar', 'en']) {
    await openAt(page, `?lang=${lang}&date=2017-09-20&from=2017-08-01&to=2017-10-15`);
    await expect(page.getByTestId('timeline-range-from')).toBeAttached();
    await expect(page.locator('[data-testid="timeline-brush"] .selection')).toHaveAttribute('width', /\d/);
    const result = await new AxeBuilder({ page }).include('[data-testid="timeline"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
