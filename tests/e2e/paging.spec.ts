// Paged coverage: a zone opens with its first page only, "show more" fetches the next page (keyboard,
// both languages), a place fetches just the pages places.json lists, and a shared excerpt link is
// resolved through its article file to the one page holding it; a zone under the pointer has its
// first page fetched before the click.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { array } from 'valibot';
import { ArticleText, PAGE_SIZE, parseOrThrow, PlaceUse } from '../../src/lib/schema.ts';
import { openAtlas, readZoneCoverage } from './atlas-page.ts';

const general = readZoneCoverage('general');
const places = parseOrThrow(array(PlaceUse), JSON.parse(readFileSync(resolve('data/places.json'), 'utf8')), 'data/places.json');
/** The last excerpt of the general coverage: on its second page. */
const deep = general.excerpts[general.excerpts.length - 1]!;
const deepArticle = parseOrThrow(ArticleText, JSON.parse(readFileSync(resolve(`data/articles/${deep.article_id}.json`), 'utf8')), 'article');

/** Paths under /data/zones/ the page asked for, from now on. */
function zoneRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/data/zones/')) seen.push(path.slice(path.indexOf('/data/') + 6));
  });
  return seen;
}

test('the general coverage opens with its first page; "show more" is reached by keyboard and fetches the next', async ({ page }) => {
  expect(general.excerpts.length).toBeGreaterThan(PAGE_SIZE);
  const requests = zoneRequests(page);
  await openAtlas(page);
  await page.getByTestId('general-entry').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('reading-panel');
  await expect(panel.locator('article.excerpt')).toHaveCount(PAGE_SIZE);
  expect(requests).toEqual(['zones/general/0.json']);
  const more = panel.getByTestId('show-more');
  const left = general.excerpts.length - PAGE_SIZE;
  await expect(more).toHaveText(`عرض المزيد (بقي ${left})`);
  await more.focus();
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.locator('article.excerpt')).toHaveCount(general.excerpts.length);
  expect(requests).toEqual(['zones/general/0.json', 'zones/general/1.json']);
  await expect(panel.locator(`[data-excerpt="${deep.id}"]`)).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/paging-general-ar.png' });
});

test('in English the button says how many excerpts are left', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('general-entry').click();
  const more = page.getByTestId('reading-panel').getByTestId('show-more');
  await expect(more).toHaveText(`Show more (${general.excerpts.length - PAGE_SIZE} left)`);
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/e2e/screenshots/paging-more-en.png' });
});

test('with a filter set, "show more" counts only the excerpts the filter keeps, on pages not fetched too', async ({ page }) => {
  const to = '2017-09-14';
  const dates = new Map(general.articles.map((a) => [a.id, a.date]));
  const keeps = (e: { article_id: string }): boolean => {
    const date = dates.get(e.article_id) ?? null;
    return date !== null && date <= to;
  };
  const first = general.excerpts.slice(0, PAGE_SIZE).filter(keeps).length;
  const left = general.excerpts.filter(keeps).length - first;
  // The sample's second page is all later than the filter: the unfiltered count would say 13.
  expect(left).not.toBe(general.excerpts.length - PAGE_SIZE);
  expect(first).toBeGreaterThanOrEqual(6);
  await openAtlas(page, `/?to=${to}`);
  await page.getByTestId('general-entry').click();
  const panel = page.getByTestId('reading-panel');
  await expect(panel.locator('article.excerpt')).toHaveCount(first);
  if (left > 0) await expect(panel.getByTestId('show-more')).toHaveText(`عرض المزيد (بقي ${left})`);
  else await expect(panel.getByTestId('show-more')).toHaveCount(0);
});

test('a shared excerpt link is found through its article file and the page it names', async ({ page }) => {
  const at = deepArticle.locations.find((l) => l.excerpt_id === deep.id);
  expect(at).toEqual({ excerpt_id: deep.id, zone: 'general', page: 1 });
  const requests = zoneRequests(page);
  await page.goto(`/?excerpt=${deep.id}`);
  const card = page.getByTestId('reading-panel').locator(`[data-excerpt="${deep.id}"]`);
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/selected/);
  expect([...requests].sort()).toEqual(['zones/general/0.json', 'zones/general/1.json']);
});

test('a place panel fetches only the pages places.json lists for it', async ({ page }) => {
  // A place named only on the second page of the general coverage: page 0 is not needed.
  const place = places.find((p) => p.pages.length === 1 && p.pages[0]!.page > 0 && p.excerpt_ids.length > 1);
  if (!place) throw new Error('data/places.json: no place whose excerpts are all on one page after the first');
  const requests = zoneRequests(page);
  await page.goto(`/?place=${encodeURIComponent(place.place_id)}`);
  const panel = page.getByTestId('reading-panel');
  await expect(panel.locator('article.excerpt')).toHaveCount(place.excerpt_ids.length);
  expect(requests).toEqual(place.pages.map((p) => `zones/${p.zone}/${p.page}.json`));
});

test('a zone under the pointer has its first page fetched before the click, and only that page', async ({ page }) => {
  const requests = zoneRequests(page);
  await openAtlas(page);
  expect(requests).toEqual([]);
  await page.locator('#zone-list button[data-zone="idlib"]').hover();
  await expect.poll(() => [...requests]).toEqual(['zones/idlib/0.json']);
  await page.locator('#zone-list button[data-zone="idlib"]').click();
  await expect(page.getByTestId('zone-panel').locator('article.excerpt').first()).toBeVisible();
  expect(requests).toEqual(['zones/idlib/0.json']);
});
