// Search, filters, copy link, cite and the downloads of a result set, against the sample corpus's build.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Ajv } from 'ajv';
import { openAtlas, readZoneCoverage, shownByDefault } from './atlas-page.ts';

const tmp = mkdtempSync(join(tmpdir(), 'e2e-search-'));
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).first().click()]);
  const path = join(tmp, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox');
  await box.fill(query);
  await expect(page.getByTestId('result-count')).toBeVisible();
}

const query = (page: Page): URLSearchParams => new URL(page.url()).searchParams;
/** The number of results shown (in Latin or Arabic-Indic digits). */
const count = async (page: Page): Promise<number> =>
  Number(((await page.getByTestId('result-count').textContent()) ?? '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\D+/g, ''));

test('the search box is a labelled searchbox that finds «بالغوطة» and «والغوطة» from «غوطة», marked in the text', async ({ page }) => {
  await openAtlas(page);
  const box = page.getByRole('searchbox', { name: 'ابحث في التغطية' });
  await expect(box).toBeVisible();
  // The index is fetched on first use of the box, not before.
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  expect(fetched.filter((p) => p.includes('/data/search/'))).toEqual([]);
  await box.fill('غوطة');
  await expect(page.getByTestId('result-count')).toContainText('2');
  expect(fetched).toContain('/data/search/index.json');
  const marks = await page.getByTestId('search-results').locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m).toMatch(/غوطة/);
  expect(marks).toContain('والغوطة');
  // Marked as text and <mark> elements: the card's text is the excerpt's own.
  expect(await page.getByTestId('search-results').locator('blockquote mark').first().evaluate((m) => m.childElementCount)).toBe(0);
  await expect.poll(() => query(page).get('q')).toBe('غوطة');
});

test('a link with q= opens the results; English place names find their Arabic mentions, in English', async ({ page }) => {
  await page.goto('/?lang=en&q=Idlib');
  await expect(page.getByTestId('result-count')).toHaveText(/Results: [1-9]/);
  await expect(page.getByRole('searchbox', { name: 'Search the coverage' })).toHaveValue('Idlib');
  const marks = await page.getByTestId('search-results').locator('mark').allTextContents();
  expect(marks.some((m) => /إدلب|ادلب/.test(m))).toBe(true);
});

test('new results take over the cards in place: those not yet redrawn are hidden, then all show the new query', async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent('التصعيد')}&strength=general`);
  const list = page.getByTestId('search-results');
  await expect(list.locator('li:not([data-stale]) > article')).toHaveCount(10);
  // Seen as the new results are written (before any paint): which cards are still the old ones, and shown or not.
  const written = page.evaluate(() => {
    const panel = document.querySelector('[data-testid="search-panel"]')!;
    return new Promise<{ stale: boolean; skipped: boolean }[]>((done) => {
      new MutationObserver((_, observer) => {
        if (panel.getAttribute('data-query') !== 'المعارضة') return;
        observer.disconnect();
        done([...panel.querySelectorAll('[data-testid="search-results"] > li')].map((li) => ({ stale: li.hasAttribute('data-stale'), skipped: getComputedStyle(li).contentVisibility === 'hidden' })));
      }).observe(panel, { attributes: true, attributeFilter: ['data-query'] });
    });
  });
  await page.getByRole('searchbox').fill('المعارضة');
  const cards = await written;
  const total = await count(page);
  expect(total).toBeGreaterThan(2);
  expect(cards.length).toBe(Math.min(total, 10));
  expect(cards.filter((c) => c.stale).length).toBeGreaterThan(0);
  for (const c of cards) expect(c.skipped).toBe(c.stale);
  await expect(list.locator('li[data-stale]')).toHaveCount(0);
  await expect(list.locator('li > article')).toHaveCount(Math.min(total, 10));
  for (const card of await list.locator('li > article').all()) expect((await card.locator('mark').allTextContents()).some((m) => m.includes('المعارضة'))).toBe(true);
});

/** What the reader sees of the cards: the positions in view, and those of them blank (stale). */
interface InView {
  inView: number[];
  blank: number[];
}

/**
 * Frame by frame, from the moment the results for `query` are written until no card is stale: the
 * cards in view (inside the window and the scrolling column) and those of them that are blank (stale).
 * Armed before `type` is called; also gives the cards in view before it.
 */
async function watchCards(page: Page, query: string, type: () => Promise<void>): Promise<{ before: number[]; frames: InView[] }> {
  // Armed in the page first, so the results cannot be written before the observer is there.
  await page.evaluate((q) => {
    const panel = document.querySelector('[data-testid="search-panel"]')!;
    const column = panel.closest('.side')!;
    const look = (): InView => {
      const box = column.getBoundingClientRect();
      const cards = [...panel.querySelectorAll('[data-testid="search-results"] > li')].map((li, i) => ({ li, i, r: li.getBoundingClientRect() }));
      const inView = cards.filter(({ r }) => r.bottom > Math.max(box.top, 0) && r.top < Math.min(box.bottom, innerHeight));
      return { inView: inView.map((c) => c.i), blank: inView.filter((c) => c.li.hasAttribute('data-stale')).map((c) => c.i) };
    };
    const before = look().inView;
    (window as unknown as { cardsSeen: Promise<unknown> }).cardsSeen = new Promise((done) => {
      new MutationObserver((_, observer) => {
        if (panel.getAttribute('data-query') !== q) return;
        observer.disconnect();
        const frames = [look()];
        const step = (): void => {
          frames.push(look());
          if (panel.querySelector('[data-testid="search-results"] > li[data-stale]') && frames.length < 600) requestAnimationFrame(step);
          else done({ before, frames });
        };
        requestAnimationFrame(step);
      }).observe(panel, { attributes: true, attributeFilter: ['data-query'] });
    });
  }, query);
  await type();
  return (await page.evaluate(() => (window as unknown as { cardsSeen: Promise<unknown> }).cardsSeen)) as { before: number[]; frames: InView[] };
}

test('new results show no blank card where the reader is looking: the cards in view are redrawn first', async ({ page }) => {
  const list = page.getByTestId('search-results');
  const box = page.getByRole('searchbox');
  // A tall window shows several cards under the box: all of them are redrawn at once.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.goto(`/?q=${encodeURIComponent('التصعيد')}&strength=general`);
  await expect(list.locator('li:not([data-stale]) > article')).toHaveCount(10);
  await box.focus();
  await box.press('End');
  // One input event (as a paste or an input method gives), so the cards before are those of «التصعيد».
  const typed = await watchCards(page, 'التصعيد خفض', () => page.keyboard.insertText(' خفض'));
  expect(typed.before.length).toBeGreaterThan(2);
  expect(typed.frames[0]!.inView.length).toBeGreaterThan(2);
  for (const f of typed.frames) expect(f.blank).toEqual([]);
  await expect(list.locator('li[data-stale]')).toHaveCount(0);

  // Scrolled down to the sixth card (the box out of view), a query put into the box redraws those cards first.
  await page.setViewportSize({ width: 1280, height: 800 });
  await list.locator('li').nth(5).evaluate((li) => li.scrollIntoView({ block: 'start' }));
  const scrolled = await watchCards(page, 'المعارضة', () =>
    box.evaluate((input: HTMLInputElement) => {
      input.value = 'المعارضة';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }),
  );
  expect(Math.min(...scrolled.before)).toBeGreaterThanOrEqual(4);
  expect(Math.min(...scrolled.frames[0]!.inView)).toBeGreaterThanOrEqual(4);
  for (const f of scrolled.frames) expect(f.blank).toEqual([]);
  await expect(list.locator('li[data-stale]')).toHaveCount(0);
});

test('a quoted phrase matches word after word only', async ({ page }) => {
  await openAtlas(page);
  await searchFor(page, '"خفض التصعيد"');
  const phrase = Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]);
  await searchFor(page, '"التصعيد خفض"');
  await expect(page.getByTestId('result-count')).toContainText('0');
  expect(phrase).toBeGreaterThan(0);
});

test('weaker links are behind a visible switch; each filter is a chip in the address that removes it', async ({ page }) => {
  await openAtlas(page);
  await searchFor(page, 'أستانا');
  const count = async (): Promise<number> => Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]);
  const strong = await count();
  const panel = page.getByTestId('search-panel');
  await expect(panel.getByTestId('weak-switch')).not.toBeChecked();
  await panel.getByTestId('weak-switch').check();
  await expect.poll(() => query(page).get('strength')).toBe('general');
  // The address is written before the worker's new answer is painted: wait for the count itself.
  await expect.poll(count).toBeGreaterThan(strong);
  const all = await count();
  await expect(panel.locator('[data-chip="strength"]')).toBeVisible();

  await panel.getByText('إضافة مرشّح').click();
  await panel.getByTestId('filter-zone').selectOption('idlib');
  await expect.poll(() => query(page).get('fzone')).toBe('idlib');
  await expect(panel.locator('[data-chip="zone"]')).toBeVisible();
  await expect.poll(count).toBeLessThan(all);
  const idlib = await count();
  await panel.getByTestId('filter-inside').check();
  await expect.poll(() => query(page).get('inside')).toBe('1');
  expect(await count()).toBeLessThanOrEqual(idlib);
  await panel.getByTestId('filter-outlet').selectOption('بلدي نيوز');
  await expect.poll(() => query(page).get('outlet')).toBe('بلدي نيوز');
  await panel.getByTestId('filter-from').fill('2017-09-01');
  await panel.getByTestId('filter-from').dispatchEvent('change');
  await expect.poll(() => query(page).get('from')).toBe('2017-09-01');
  await expect(panel.locator('[data-chip="dates"]')).toBeVisible();

  // The address holds them all: a reload shows the same set (once the last filter's answer is painted).
  await expect.poll(async () => {
    const a = await count();
    await page.waitForTimeout(400);
    return a === (await count()) ? a : -1;
  }).not.toBe(-1);
  const before = await count();
  await page.reload();
  await expect(page.getByTestId('result-count')).toBeVisible();
  await expect.poll(count).toBe(before);
  for (const chip of ['dates', 'outlet', 'inside', 'zone', 'strength']) {
    await page.getByTestId('search-panel').locator(`[data-chip="${chip}"] button`).click();
  }
  await expect(page.getByTestId('search-panel').locator('[data-chip]')).toHaveCount(0);
  await expect.poll(count).toBe(strong);
  expect([...query(page).keys()].filter((k) => ['fzone', 'from', 'to', 'outlet', 'strength', 'inside'].includes(k))).toEqual([]);
});

test('a zone list shows partial-place links and stronger by default; the switch shows governorate-only ones', async ({ page }) => {
  await page.goto('/?zone=idlib');
  const panel = page.getByTestId('zone-panel');
  await expect(panel.locator('article[data-excerpt]').first()).toBeVisible();
  const strengths = await panel.locator('article[data-excerpt] .badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-strength')));
  expect(strengths).not.toContain('governorate-only');
  const idlib = readZoneCoverage('idlib');
  const strong = shownByDefault(idlib).length;
  await expect(panel.locator('article[data-excerpt]')).toHaveCount(strong);
  await expect(panel.getByTestId('weak-switch')).not.toBeChecked();
  // The sample's links change with the linking: the hidden count is shown exactly when there are weaker ones.
  await expect(panel.getByTestId('weak-hidden')).toHaveCount(idlib.excerpts.length > strong ? 1 : 0);
  await panel.getByTestId('weak-switch').check();
  await expect(panel.locator('article[data-excerpt]')).toHaveCount(idlib.excerpts.length);
});

test('copy link gives an address that opens the excerpt in its zone; cite copies the citation and downloads valid CSL-JSON', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?zone=idlib');
  const card = page.getByTestId('zone-panel').locator('article[data-excerpt]').first();
  const id = await card.getAttribute('data-excerpt');
  await card.getByTestId('copy-link').click();
  await expect(card.getByRole('status')).toHaveText('نُسخ');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const params = new URL(link).searchParams;
  expect(params.get('zone')).toBe('idlib');
  expect(params.get('excerpt')).toBe(id);
  await page.goto(link);
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'idlib');
  await expect(page.locator(`[data-testid="zone-panel"] article[data-excerpt="${id}"]`)).toBeInViewport();

  const again = page.locator(`[data-testid="zone-panel"] article[data-excerpt="${id}"]`);
  await again.getByTestId('cite').click();
  const text = await again.getByTestId('citation-text').inputValue();
  expect(text).toContain('اطُّلع عليه في');
  expect(text).toContain(`excerpt=${id}`);
  await again.getByTestId('copy-citation').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  const path = await download(page, 'download-csl');
  const items = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const schema = JSON.parse(readFileSync('tests/fixtures/csl/csl-data-items.schema.json', 'utf8')) as object;
  const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
  expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  expect((items as { id: string }[])[0]!.id).toBe(id);
});

test('the search results download as CSV with BOM and Arabic intact, and as GeoJSON that GDAL reads', async ({ page }) => {
  await openAtlas(page);
  await searchFor(page, 'أستانا');
  const shown = Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]);
  const csvPath = await download(page, 'results-csv');
  const bytes = readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv.slice(1, csv.indexOf('\r\n'))).toBe('excerpt_id,article_id,zone,strength,place_ids,places_ar,places_en,outlet,date,title,url,start,end,text,attribution');
  expect(csv).toContain('أستانا');
  expect(csv).toContain('GeoNames');

  const geoPath = await download(page, 'results-geojson');
  const collection = JSON.parse(readFileSync(geoPath, 'utf8')) as { features: unknown[]; attribution: string; metadata: { query: string } };
  expect(collection.features).toHaveLength(shown);
  expect(collection.attribution).toContain('GeoNames');
  expect(decodeURIComponent(collection.metadata.query)).toContain('أستانا');
  const gdal = spawnSync('ogrinfo', ['-ro', '-al', '-so', geoPath], { encoding: 'utf8' });
  test.skip(gdal.error !== undefined, 'ogrinfo is not installed');
  expect(gdal.status, gdal.stderr).toBe(0);
  expect(gdal.stdout).toContain(`Feature Count: ${shown}`);
  writeFileSync(join(tmp, 'seen.txt'), gdal.stdout);
});
