// The order of search results: most relevant first by default, newest or oldest first by a visible
// switch kept in the address as sort=, in both languages, against the sample corpus's build.
import { expect, test, type Page } from '@playwright/test';

const CASES = [
  { lang: 'ar', label: 'الترتيب', relevance: 'الأكثر صلة', newest: 'الأحدث أولاً', oldest: 'الأقدم أولاً', close: 'إغلاق نتائج البحث ومسح البحث' },
  { lang: 'en', label: 'Order', relevance: 'Most relevant', newest: 'Newest first', oldest: 'Oldest first', close: 'Close the results and clear the search' },
] as const;

/** The cards shown in `sort` order, once all of them are drawn: excerpt id and date of each, in order. */
async function cards(page: Page, sort: string): Promise<{ id: string; date: string }[]> {
  await expect(page.getByTestId('search-panel')).toHaveAttribute('data-sort', sort);
  const total = Number((await page.getByTestId('result-count').textContent())?.replace(/[^\d٠-٩]/g, '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  // A card still showing the previous order's excerpt (hidden until redrawn) is not one of them.
  const list = page.getByTestId('search-results').locator('li:not([data-stale]) > article[data-excerpt]');
  await expect(list).toHaveCount(Math.min(total, 10));
  await expect(page.getByTestId('search-results').locator('li[data-stale]')).toHaveCount(0);
  return list.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-excerpt') ?? '', date: e.querySelector('time')?.getAttribute('datetime') ?? '' })));
}

const sortParam = (page: Page): string | null => new URL(page.url()).searchParams.get('sort');

for (const c of CASES) {
  test(`(${c.lang}) results come most relevant first; the order switch shows the newest or the oldest first and is kept in the address`, async ({ page }) => {
    await page.goto(`/?lang=${c.lang}&q=${encodeURIComponent('إدلب')}&strength=general`);
    const sort = page.getByLabel(c.label, { exact: true });
    await expect(sort).toBeVisible();
    await expect(sort).toHaveValue('relevance');
    await expect(sort.locator('option:checked')).toHaveText(c.relevance);
    expect(sortParam(page)).toBeNull();
    const relevance = await cards(page, 'relevance');
    expect(relevance.length).toBeGreaterThan(2);

    // A citation opened on the first card does not stay open on the excerpt that takes its place.
    await page.getByTestId('search-results').getByTestId('cite').first().click();
    await expect(page.getByTestId('citation')).toHaveCount(1);

    await sort.selectOption({ label: c.newest });
    await expect.poll(() => sortParam(page)).toBe('newest');
    const newest = await cards(page, 'newest');
    expect(newest.map((x) => x.date)).toEqual([...newest.map((x) => x.date)].sort().reverse());
    expect(newest.map((x) => x.id)).not.toEqual(relevance.map((x) => x.id));
    if (newest[0]!.id !== relevance[0]!.id) await expect(page.getByTestId('citation')).toHaveCount(0);

    await sort.selectOption({ label: c.oldest });
    await expect.poll(() => sortParam(page)).toBe('oldest');
    const oldest = await cards(page, 'oldest');
    expect(oldest.map((x) => x.date)).toEqual([...oldest.map((x) => x.date)].sort());
    expect(oldest.map((x) => x.id)).not.toEqual(relevance.map((x) => x.id));
    expect(new Set(oldest.map((x) => x.id))).toEqual(new Set(relevance.map((x) => x.id)));

    // A link with sort= opens in that order; back to relevance, sort= leaves the address.
    await page.reload();
    await expect(page.getByLabel(c.label, { exact: true })).toHaveValue('oldest');
    expect((await cards(page, 'oldest')).map((x) => x.id)).toEqual(oldest.map((x) => x.id));
    await page.getByLabel(c.label, { exact: true }).selectOption('relevance');
    await expect.poll(() => sortParam(page)).toBeNull();
    expect((await cards(page, 'relevance')).map((x) => x.id)).toEqual(relevance.map((x) => x.id));
  });
}

for (const c of CASES) {
  test(`(${c.lang}) the order ends with the search: closed or emptied, the address keeps no sort= and a reload shows no search`, async ({ page }) => {
    await page.goto(`/?lang=${c.lang}&q=${encodeURIComponent('إدلب')}&sort=oldest`);
    await expect(page.getByLabel(c.label, { exact: true })).toHaveValue('oldest');
    await cards(page, 'oldest');

    // Closed by its button: q= and sort= leave the address together.
    await page.getByTestId('search-panel').getByRole('button', { name: c.close }).click();
    await expect(page.getByTestId('search-panel')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).search).not.toMatch(/[?&](q|sort)=/);
    await page.reload();
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page.getByTestId('search-panel')).toHaveCount(0);
    expect(sortParam(page)).toBeNull();

    // A new search starts most relevant first.
    await page.getByRole('searchbox').fill('إدلب');
    await expect(page.getByLabel(c.label, { exact: true })).toHaveValue('relevance');
    await page.getByLabel(c.label, { exact: true }).selectOption('newest');
    await expect.poll(() => sortParam(page)).toBe('newest');

    // Emptied by typing: once the address is written, neither key is left.
    await page.getByRole('searchbox').fill('');
    await expect(page.getByTestId('search-panel')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).search).not.toMatch(/[?&](q|sort)=/);
    await page.getByRole('searchbox').fill('إدلب');
    await expect(page.getByLabel(c.label, { exact: true })).toHaveValue('relevance');

    // A link left with sort= and no query opens no search and loses sort=.
    await page.goto(`/?lang=${c.lang}&sort=newest`);
    await expect(page.getByRole('searchbox')).toBeVisible();
    await page.getByRole('searchbox').focus();
    await expect.poll(() => sortParam(page)).toBeNull();
  });
}
