import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AgreementsFile } from '../../src/lib/agreements/schema.ts';
import { parseOrThrow } from '../../src/lib/schema.ts';
import { AgreementUses } from '../../src/lib/time-schema.ts';
import { mapSettled, openAtlas } from './atlas-page.ts';

const file = resolve('geo/agreements.json');
const agreements = parseOrThrow(AgreementsFile, JSON.parse(readFileSync(file, 'utf8')), file);
const byId = (id: string) => {
  const found = agreements.agreements.find((a) => a.id === id);
  if (!found) throw new Error(`no agreement ${id}`);
  return found;
};

async function outlinedZones(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
    return ['idlib', 'north-homs', 'eastern-ghouta', 'south'].filter((id) => map.getFeatureState({ source: 'zones', id })['outlined'] === true);
  });
}

test('a zone panel lists the agreements that made, changed and ended the zone, by date', async ({ page }) => {
  await openAtlas(page);
  await page.locator('nav button[data-zone="eastern-ghouta"]').click();
  const section = page.getByTestId('zone-agreements');
  await expect(section.locator('li[data-agreement]')).toHaveCount(6);
  const ids = await section.locator('li[data-agreement]').evaluateAll((items) => items.map((li) => li.getAttribute('data-agreement')));
  expect(ids).toEqual(['astana-memorandum', 'cairo-ghouta', 'ghouta-faylaq-2017', 'harasta-2018', 'ghouta-faylaq-2018', 'douma-2018']);
  await expect(section.locator('li[data-agreement="douma-2018"]')).toContainText('أنهى المنطقة');
  await section.locator('li[data-agreement="cairo-ghouta"] summary').click();
  await expect(section.locator('li[data-agreement="cairo-ghouta"] details li').first()).toHaveText(byId('cairo-ghouta').provisions[0]!.ar);
});

test('the lifecycle sources are in the reader language and never show a file name', async ({ page }) => {
  await openAtlas(page);
  await page.locator('nav button[data-zone="idlib"]').click();
  const panel = page.getByTestId('zone-panel');
  await expect(panel.locator('cite').first()).toHaveText(/مذكرة/);
  await expect(panel).not.toContainText('.json');
  await page.getByTestId('lang-toggle').click();
  await expect(panel.locator('cite').first()).toHaveText(/Memorandum/);
  await expect(panel).not.toContainText('.json');
});

test('an agreement opens its own panel with its URL, outlines its zones, and back returns to the zone', async ({ page }) => {
  await openAtlas(page);
  await page.locator('nav button[data-zone="south"]').click();
  await page.getByTestId('zone-agreements').getByRole('button', { name: byId('southwest-ceasefire').title_ar }).click();
  const panel = page.getByTestId('agreement-panel');
  await expect(panel).toHaveAttribute('data-agreement', 'southwest-ceasefire');
  await expect(page).toHaveURL(/[?&]agreement=southwest-ceasefire/);
  await expect(panel.locator('h2')).toHaveText(byId('southwest-ceasefire').title_ar);
  await expect(panel.locator('h2')).toBeFocused();
  await expect(panel.getByTestId('text-published')).toHaveAttribute('data-published', 'false');
  await expect(panel).toContainText('الولايات المتحدة');
  await expect(panel.locator('a[hreflang]')).toHaveCount(byId('southwest-ceasefire').sources.length);
  await expect.poll(() => outlinedZones(page)).toEqual(['south']);
  await page.goBack();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'south');
  await expect.poll(() => outlinedZones(page)).toEqual([]);
  await page.goForward();
  await expect(page.getByTestId('agreement-panel')).toHaveAttribute('data-agreement', 'southwest-ceasefire');
});

test('a shared agreement link opens the panel in English with every zone of the memorandum outlined', async ({ page }) => {
  await page.goto('/?lang=en&agreement=astana-memorandum');
  const panel = page.getByTestId('agreement-panel');
  await expect(panel.locator('h2')).toHaveText(byId('astana-memorandum').title_en);
  await expect(panel.getByTestId('text-published')).toHaveAttribute('data-published', 'true');
  await expect(panel).toContainText('Where sources disagree');
  await expect(panel.locator('.zones button')).toHaveCount(4);
  await expect.poll(() => outlinedZones(page)).toEqual(['idlib', 'north-homs', 'eastern-ghouta', 'south']);
  await mapSettled(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/agreement-en.png' });
  await panel.locator('.zones button', { hasText: 'Idlib' }).click();
  await expect(page.getByTestId('zone-panel')).toHaveAttribute('data-zone', 'idlib');
});

test('an unknown agreement id says so', async ({ page }) => {
  await page.goto('/?agreement=no-such-deal');
  await expect(page.getByTestId('agreement-panel').getByRole('alert')).toHaveText('لا يوجد اتفاق بهذا المعرّف.');
});

test('the agreement panel passes axe in both languages, with and without its reporting', async ({ page }) => {
  for (const [lang, id] of [['ar', 'sochi-memorandum'], ['en', 'sochi-memorandum'], ['ar', 'astana-6-idlib'], ['en', 'astana-6-idlib']]) {
    await page.goto(`/?lang=${lang}&agreement=${id}`);
    await expect(page.getByTestId('agreement-panel').locator('h2')).toBeVisible();
    await expect(page.getByTestId('agreement-panel').locator('dl')).toBeVisible();
    await expect(page.getByTestId('agreement-reporting').locator('article[data-excerpt], p').first()).toBeVisible();
    const result = await new AxeBuilder({ page }).include('[data-testid="agreement-panel"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('an agreement panel lists the excerpts that report on it, by zone, in both languages', async ({ page }) => {
  const usesFile = resolve('data/agreement-excerpts.json');
  const uses = parseOrThrow(AgreementUses, JSON.parse(readFileSync(usesFile, 'utf8')), usesFile);
  const reported = uses[0];
  if (!reported) throw new Error('the sample data has no agreement reported on');
  await page.goto(`/?agreement=${reported.agreement}`);
  const section = page.getByTestId('agreement-reporting');
  await expect(section).toHaveAttribute('data-count', String(reported.excerpt_ids.length), { timeout: 30_000 });
  const ids = await section.locator('article[data-excerpt]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-excerpt')));
  expect([...ids].sort()).toEqual([...reported.excerpt_ids].sort());
  await expect(section.locator('h4').first()).toContainText('في تغطية');
  // A card opens its excerpt in the zone's list.
  await section.locator('article[data-excerpt]').first().locator('button[aria-pressed]').click();
  await expect(page).toHaveURL(new RegExp(`[?&]excerpt=${ids[0]}`));
  await page.goBack();
  await page.getByTestId('lang-toggle').click();
  await expect(section.locator('h3')).toContainText('Reporting on it');
  // One the sample never reports on says so.
  const quiet = agreements.agreements.find((a) => !uses.some((u) => u.agreement === a.id))!;
  await page.goto(`/?lang=en&agreement=${quiet.id}`);
  await expect(page.getByTestId('agreement-reporting')).toContainText('No excerpt of the coverage reports on this agreement.', { timeout: 30_000 });
});
