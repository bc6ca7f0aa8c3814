// Reading the coverage: zone → excerpts, excerpt → map, place → excerpts, the article in context,
// the general coverage and the list view, checked against the committed data/ files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { array } from 'valibot';
import { ArticleText, PAGE_SIZE, parseOrThrow, PlaceUse, type ZoneCoverage } from '../../src/lib/schema.ts';
import { clickLonLat, INSIDE_CORE, mapSettled, openAtlas, readZoneCoverage, renderedValues, shownByDefault } from './atlas-page.ts';

function readData<T>(path: string, parse: (value: unknown, where: string) => T): T {
  const file = resolve('data', path);
  return parse(JSON.parse(readFileSync(file, 'utf8')), file);
}
const zoneFile = (zone: 'idlib' | 'north-homs' | 'eastern-ghouta' | 'south' | 'general'): ZoneCoverage => readZoneCoverage(zone);
const idlib = zoneFile('idlib');
const general = zoneFile('general');
const places = readData('places.json', (v, w) => parseOrThrow(array(PlaceUse), v, w));
/** Seed 002: no outlet, and readers' comments kept apart. */
const SEED_002 = 'b151e34ab78e';
const article002 = readData(`articles/${SEED_002}.json`, (v, w) => parseOrThrow(ArticleText, v, w));
const excerpt002 = idlib.excerpts.find((e) => e.article_id === SEED_002);
/** The first piece of evidence linking that excerpt to Idlib, as the ingest wrote it. */
const evidence002 = excerpt002?.links.find((l) => l.zone === 'idlib')?.evidence[0];

async function openIdlib(page: Page): Promise<void> {
  await openAtlas(page);
  await clickLonLat(page, INSIDE_CORE.idlib.lonLat);
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'idlib');
  await expect(page.getByTestId('zone-panel').locator('article.excerpt')).toHaveCount(shownByDefault(idlib).length);
}

test('clicking a zone lists its excerpts with outlet, date, strength and the linking names marked', async ({ page }) => {
  await openIdlib(page);
  const panel = page.getByTestId('zone-panel');
  const cards = panel.locator('article.excerpt');
  for (const card of await cards.all()) {
    await expect(card.getByTestId('outlet')).not.toBeEmpty();
    await expect(card.getByTestId('date')).not.toBeEmpty();
    await expect(card.locator('[data-strength]').first()).toBeVisible();
    await expect(card.locator('blockquote[lang="ar"][dir="rtl"] mark').first()).toBeVisible();
  }
  // Oldest first: the December 2016 article leads.
  await expect(cards.first().locator('time')).toHaveAttribute('datetime', '2016-12-16');
  const seed = panel.locator(`[data-excerpt="${excerpt002?.id}"]`);
  await expect(seed.getByTestId('outlet')).toHaveText(/مصدر غير معروف/);
  await expect(seed.locator('mark').first()).toHaveText(evidence002?.surface ?? '');
  await expect(seed.locator('time')).not.toHaveText('2017-09-29');
  await expect(seed.locator('.row [data-strength="core-place"]')).toBeVisible();
  await mapSettled(page);
  await panel.getByTestId('coverage').scrollIntoViewIfNeeded();
  // The panel opened under the pointer (the click on the map); move it away so no excerpt is hovered.
  await page.mouse.move(640, 20);
  await expect.poll(() => renderedValues(page, ['excerpt-places'], 'place_id')).toEqual([]);
  await page.screenshot({ path: 'tests/e2e/screenshots/coverage-ar.png' });
});

test('"why linked" lists the evidence: words, place, rule and strength', async ({ page }) => {
  await openIdlib(page);
  const seed = page.getByTestId('zone-panel').locator(`[data-excerpt="${excerpt002?.id}"]`);
  const evidence = seed.getByTestId('evidence');
  await expect(evidence).toBeHidden();
  await seed.locator('summary').click();
  await expect(evidence).toBeVisible();
  const item = evidence.locator('li').first();
  await expect(item.locator('.surface')).toHaveText(evidence002?.surface ?? '');
  await expect(item).toContainText('إدلب');
  await expect(item).toContainText('محافظة تقع كلها داخل المنطقة');
  await expect(item.locator('[data-strength="core-place"]')).toBeVisible();
});

test('"read in context" opens the article with the excerpt marked and the comments collapsed apart', async ({ page }) => {
  expect(excerpt002, 'seed 002 has an excerpt linked to Idlib').toBeDefined();
  expect(article002.comments.length).toBeGreaterThan(0);
  await openIdlib(page);
  await page.getByTestId('zone-panel').locator(`[data-excerpt="${excerpt002?.id}"]`).getByTestId('read-in-context').click();
  const reader = page.getByTestId('article-reader');
  await expect(reader).toBeVisible();
  await expect(reader.getByTestId('excerpt-in-article')).toHaveText(excerpt002?.text ?? '');
  await expect(reader.getByTestId('excerpt-in-article')).toBeInViewport();
  const comments = reader.getByTestId('comments');
  await expect(comments).not.toHaveAttribute('open');
  await expect(comments.locator('summary')).toHaveText(`تعليقات القرّاء (${article002.comments.length})`);
  await expect(comments.locator('li').first()).toBeHidden();
  await expect(reader.getByTestId('article-body')).not.toContainText(article002.comments[0]?.text ?? '');
  await page.screenshot({ path: 'tests/e2e/screenshots/coverage-article.png' });
  await comments.locator('summary').click();
  await expect(comments.locator('li')).toHaveCount(article002.comments.length);
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(page.getByTestId('zone-panel')).toBeVisible();
});

test('hovering an excerpt outlines the governorate it names and its zone; selecting it fits the map', async ({ page }) => {
  await openIdlib(page);
  await mapSettled(page);
  const seed = page.getByTestId('zone-panel').locator(`[data-excerpt="${excerpt002?.id}"]`);
  await seed.hover();
  // The governorate it names is an area: outlined, never a dot at its centre.
  await expect.poll(() => renderedValues(page, ['excerpt-governorate-outline'], 'pcode')).toContain('SY07');
  expect(await renderedValues(page, ['excerpt-places'], 'place_id')).not.toContain('adm1:SY07');
  await expect.poll(() => renderedValues(page, ['excerpt-zone-outline'], 'zone')).toContain('idlib');
  // This excerpt's places lie in the zone already fitted: look elsewhere first, so its fit has to move.
  await page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.jumpTo({ center: [38.3, 34.8], zoom: 5.4 }));
  await mapSettled(page);
  const before = await page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.getZoom());
  await seed.getByRole('button', { name: 'اعرض على الخريطة' }).click();
  await expect(seed.getByRole('button', { name: 'اعرض على الخريطة' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'idlib');
  await page.mouse.move(5, 400);
  // The map moves once the panel has painted: wait for the move, then for it to end.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.getZoom())).not.toBe(before);
  await mapSettled(page);
  expect(await renderedValues(page, ['excerpt-governorate-outline'], 'pcode')).toContain('SY07');
  await page.screenshot({ path: 'tests/e2e/screenshots/coverage-excerpt.png' });
});

test('clicking a named place on the map lists the excerpts that name it', async ({ page }) => {
  const town = places.filter((p) => p.kind === 'town' && p.point).sort((a, b) => b.count - a.count)[0];
  expect(town?.point).toBeTruthy();
  await openAtlas(page);
  await expect.poll(() => renderedValues(page, ['mentioned-places'], 'place_id')).toContain(town?.place_id);
  // The named places' circles lie under every label, so no town or zone name is hidden by one.
  const order = await page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.getLayersOrder());
  const labels = ['governorate-labels', 'place-labels', 'minor-place-labels', 'zone-labels', 'major-place-labels'].map((id) => order.indexOf(id));
  expect(labels.every((at) => at >= 0)).toBe(true);
  expect(order.indexOf('mentioned-places')).toBeLessThan(Math.min(...labels));
  await clickLonLat(page, town?.point ?? [0, 0]);
  const panel = page.getByTestId('reading-panel');
  await expect(panel).toHaveAttribute('data-view', `place:${town?.place_id}`);
  await expect(panel.locator('h2')).toHaveText(town?.name_ar ?? '');
  await expect(panel.locator('article.excerpt')).toHaveCount(town?.excerpt_ids.length ?? -1);
  await expect(panel.locator('article.excerpt mark').first()).toContainText(town?.name_ar ?? '');
});

test('general coverage is reachable and lists the excerpts linked to no zone', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('general-entry').click();
  const panel = page.getByTestId('reading-panel');
  await expect(panel).toHaveAttribute('data-view', 'general');
  // A page at a time: the first PAGE_SIZE cards, then the rest behind "show more".
  expect(general.excerpts.length).toBeGreaterThan(PAGE_SIZE);
  await expect(panel.locator('article.excerpt')).toHaveCount(PAGE_SIZE);
  await expect(panel.getByTestId('show-more')).toContainText(String(general.excerpts.length - PAGE_SIZE));
  await panel.getByTestId('show-more').click();
  await expect(panel.locator('article.excerpt')).toHaveCount(general.excerpts.length);
  await expect(panel.getByTestId('show-more')).toHaveCount(0);
  await expect(panel.locator('mark', { hasText: 'أنقرة' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'إغلاق لوحة القراءة' }).click();
  await expect(panel).toHaveCount(0);
});

test('the list view stays in step with the map and the panel', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('list-toggle').click();
  const list = page.getByTestId('coverage-list');
  await expect(list.locator('h3')).toHaveCount(5);
  await list.locator('[data-list-zone="south"] h3 button').click();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'south');
  await expect(list.locator('[data-list-zone="south"] article.excerpt')).toHaveCount(shownByDefault(zoneFile('south')).length);
  await mapSettled(page);
  // The map fitted the south; zoom out to all Syria, as a reader would, to click another zone.
  await page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.jumpTo({ center: [38.3, 34.8], zoom: 5.4 }));
  await mapSettled(page);
  await clickLonLat(page, INSIDE_CORE['north-homs'].lonLat);
  await expect(list.locator('[data-list-zone="north-homs"] h3 button')).toHaveAttribute('aria-pressed', 'true');
  const first = list.locator('[data-list-zone="north-homs"] article.excerpt').first();
  await first.getByRole('button', { name: 'اعرض على الخريطة' }).click();
  const id = await first.getAttribute('data-excerpt');
  await expect(page.getByTestId('zone-panel').locator(`[data-excerpt="${id}"] button[aria-pressed="true"]`)).toBeVisible();
  // The list re-flows under a resting pointer, and a hovered excerpt's focus wins over the selected one's.
  await page.mouse.move(640, 30);
  await expect.poll(() => renderedValues(page, ['excerpt-zone-outline'], 'zone')).toContain('north-homs');
});

test('in English the excerpt metadata, strengths and dates switch language', async ({ page }) => {
  await openIdlib(page);
  await page.getByTestId('lang-toggle').click();
  const seed = page.getByTestId('zone-panel').locator(`[data-excerpt="${excerpt002?.id}"]`);
  await expect(seed.getByTestId('outlet')).toHaveText(/outlet unknown/);
  await expect(seed.locator('time')).toHaveText('29 September 2017');
  await expect(seed.locator('.row [data-strength="core-place"]')).toContainText('place inside the zone');
  await expect(seed.locator('blockquote')).toHaveAttribute('dir', 'rtl');
  await seed.locator('summary').click();
  await expect(seed.getByTestId('evidence')).toContainText('a governorate lying wholly inside the zone');
  await mapSettled(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/coverage-en.png' });
});
