// The places the press named, on the map: one label per place (a town the basemap labels keeps the
// basemap's label), places abroad labelled, a governorate never a dot (its outline when an excerpt
// names it), and a legend entry that says what the orange circles are.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas, renderedValues } from './atlas-page.ts';

const NAMED = ['mentioned-places'];
const NAMED_LABELS = ['mentioned-place-labels', 'mentioned-minor-place-labels', 'mentioned-foreign-place-labels'];
const TOWN_LABELS = ['major-place-labels', 'place-labels', 'minor-place-labels'];

const places = JSON.parse(readFileSync(resolve('data/places.json'), 'utf8')) as { place_id: string; kind: string; name_ar: string; point: [number, number] | null }[];
const townIds = (file: string): string[] =>
  (JSON.parse(readFileSync(resolve(file), 'utf8')) as { features: { id: string }[] }).features.map((t) => t.id);
/** Towns the basemap labels from the opening zoom on, and all it labels (minor ones from zoom 7.5). */
const majorIds = new Set(townIds('geo/basemap/places.geojson'));
const basemapIds = new Set([...majorIds, ...townIds('geo/basemap/places-minor.geojson')]);

async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ({ center, zoom }) => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.jumpTo({ center, zoom }),
    { center, zoom },
  );
  await mapSettled(page);
}

/** Wait until the named places are drawn (they arrive once the map is idle). */
async function namedPlacesDrawn(page: Page): Promise<void> {
  await expect.poll(async () => (await renderedValues(page, NAMED, 'place_id')).length, { timeout: 20_000 }).toBeGreaterThan(0);
}

test('the sample names towns the basemap labels, a governorate and places abroad (the premise of these tests)', () => {
  expect(places.some((p) => p.kind === 'town' && basemapIds.has(p.place_id))).toBe(true);
  expect(places.some((p) => p.kind === 'adm1' && p.point)).toBe(true);
  expect(places.some((p) => p.kind === 'foreign')).toBe(true);
});

test('a named town the basemap labels has one label, and no governorate is drawn as a dot', async ({ page }) => {
  await openAtlas(page);
  // Central Syria at zoom 7: Homs, Hama and Idlib are all named by the sample and labelled by the basemap.
  await jumpTo(page, [36.7, 35.2], 7);
  await namedPlacesDrawn(page);
  const dots = await renderedValues(page, NAMED, 'place_id');
  expect(dots.filter((id) => id.startsWith('adm1:') || id.startsWith('adm2:')), 'governorates are areas, not dots').toEqual([]);
  const namedLabels = await renderedValues(page, NAMED_LABELS, 'place_id');
  expect(namedLabels.filter((id) => majorIds.has(id)), 'a town the basemap labels is not labelled a second time').toEqual([]);
  const townLabels = await renderedValues(page, TOWN_LABELS, 'name_ar');
  const all = [...townLabels, ...(await renderedValues(page, NAMED_LABELS, 'name_ar'))];
  for (const name of ['حمص', 'حماة', 'إدلب']) expect(all.filter((n) => n === name), `one label «${name}»`).toHaveLength(1);
});

test('places abroad are labelled when the map is zoomed out to show them', async ({ page }) => {
  await openAtlas(page);
  await jumpTo(page, [36, 36], 4.2);
  await namedPlacesDrawn(page);
  const labels = await renderedValues(page, ['mentioned-foreign-place-labels'], 'name_ar');
  expect(labels).toContain('أنقرة');
});

test('an excerpt naming a governorate outlines the governorate on the map', async ({ page }) => {
  const named = places.find((p) => p.place_id === 'adm1:SY07') as unknown as { excerpt_ids: string[] };
  await page.goto(`/?zone=idlib&excerpt=${named.excerpt_ids[0]}`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0);
  await expect.poll(() => renderedValues(page, ['excerpt-governorate-outline'], 'pcode'), { timeout: 20_000 }).toContain('SY07');
});

for (const lang of ['ar', 'en'] as const) {
  test(`the legend explains the orange circles (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('legend-places')).toContainText(lang === 'ar' ? 'أماكن سمّتها الصحافة' : 'Places the press named');
  });
}
