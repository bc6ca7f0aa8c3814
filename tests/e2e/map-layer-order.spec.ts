// Zone names stay readable over an excerpt's focus: the blue outline of its zones and governorates, its
// blue points and the orange circles of the places the press named are drawn below every label layer.
// Checked in the style's layer order and on the rendered map: the pixels of each zone name's letters
// are the same with those layers drawn and with them hidden.
import { expect, test, type Page } from '@playwright/test';
import { mapSettled, openAtlas, placedLabels } from './atlas-page.ts';
import { ZONE_COLOURS } from '../../src/lib/zone-info.ts';

const UNDER_NAMES = ['excerpt-governorate-outline', 'excerpt-zone-outline', 'mentioned-places', 'excerpt-places'];
const LABELS = ['governorate-labels', 'place-labels', 'minor-place-labels', 'zone-labels', 'major-place-labels'];
const SHOW_ON_MAP = { ar: 'اعرض على الخريطة', en: 'Show on the map' } as const;

const layerOrder = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.getStyle().layers.map((l) => l.id));

/** Each drawn zone name's box on the page (where it was placed), with its zone. */
const zoneNames = async (page: Page): Promise<{ zone: string; x: number; y: number; width: number; height: number }[]> =>
  (await placedLabels(page, 'zone-labels')).map((b) => ({ zone: String(b.properties['zone']), x: b.x1, y: b.y1, width: b.x2 - b.x1, height: b.y2 - b.y1 }));

/** Wait until the map has stopped and its view stays the same over half a second (the excerpt's fit has run). */
async function viewStill(page: Page): Promise<void> {
  const view = (): Promise<string> =>
    page.evaluate(() => {
      const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
      return map.isMoving() || !map.loaded() ? 'moving' : `${map.getZoom()} ${map.getCenter().toArray().join(' ')}`;
    });
  let last = '';
  await expect
    .poll(async () => {
      const now = await view();
      const still = now !== 'moving' && now === last;
      last = now;
      return still;
    }, { intervals: [500] })
    .toBe(true);
}

async function setShown(page: Page, layers: string[], shown: boolean): Promise<void> {
  await page.evaluate(
    ({ layers, shown }) => {
      const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
      for (const id of layers) map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
    },
    { layers, shown },
  );
  await mapSettled(page);
  await page.waitForTimeout(300);
}

/**
 * The letters of a zone's name are the pixels near its colour with the focus hidden (`b`) that change
 * once the names are drawn transparent (`c`; the zone's own edge does not); returns how many of them
 * `a`, with the focus drawn, draws otherwise.
 */
async function changedLetterPixels(page: Page, a: Buffer, b: Buffer, c: Buffer, colour: string): Promise<{ letters: number; changed: number }> {
  return page.evaluate(
    async ({ a, b, c, colour }) => {
      const pixels = async (base64: string): Promise<ImageData> => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [with_, without, bare] = [await pixels(a), await pixels(b), await pixels(c)];
      const target = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      const distance = (d: Uint8ClampedArray, i: number, c: number[]): number =>
        Math.hypot(d[i]! - c[0]!, d[i + 1]! - c[1]!, d[i + 2]! - c[2]!);
      let letters = 0;
      let changed = 0;
      for (let i = 0; i < without.data.length; i += 4) {
        const here = [without.data[i]!, without.data[i + 1]!, without.data[i + 2]!];
        if (distance(without.data, i, target) > 70 || distance(bare.data, i, here) <= 40) continue;
        letters++;
        if (distance(with_.data, i, here) > 30) changed++;
      }
      return { letters, changed };
    },
    { a: a.toString('base64'), b: b.toString('base64'), c: c.toString('base64'), colour },
  );
}

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${size.name}: an excerpt's outline and points and the named places' circles lie under the zone names`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAtlas(page, '/?lang=ar&zone=eastern-ghouta');
    const card = page.getByTestId('zone-panel').locator('article.excerpt').first();
    // The memorandum's excerpt names the four zones: all four are outlined.
    await card.getByRole('button', { name: SHOW_ON_MAP.ar }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.queryRenderedFeatures({ layers: ['excerpt-zone-outline'] }).length))
      .toBeGreaterThan(0);
    await viewStill(page);

    const order = await layerOrder(page);
    const lowestLabel = Math.min(...LABELS.map((id) => order.indexOf(id)).filter((i) => i >= 0));
    for (const id of UNDER_NAMES) {
      expect(order.indexOf(id), `${id} is in the style`).toBeGreaterThanOrEqual(0);
      expect.soft(order.indexOf(id), `${id} is drawn below the labels`).toBeLessThan(lowestLabel);
    }

    const names = await zoneNames(page);
    expect(names.length).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(300);
    const shots = async (): Promise<Buffer[]> =>
      Promise.all(names.map((n) => page.screenshot({ clip: { x: n.x, y: n.y, width: n.width, height: n.height } })));
    const shown = await shots();
    await page.screenshot({ path: `tests/e2e/screenshots/layer-order-${size.name}.png` });
    await setShown(page, UNDER_NAMES, false);
    const hidden = await shots();
    // The names drawn transparent (still placed, so no other label takes their room): what is left in the zone's colour is its edge.
    await page.evaluate(() => (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map.setPaintProperty('zone-labels', 'text-opacity', 0));
    await mapSettled(page);
    await page.waitForTimeout(300);
    const bare = await shots();
    for (const [i, name] of names.entries()) {
      const colour = ZONE_COLOURS[name.zone as keyof typeof ZONE_COLOURS];
      const { letters, changed } = await changedLetterPixels(page, shown[i]!, hidden[i]!, bare[i]!, colour);
      expect(letters, `${name.zone}: its name's letters are found`).toBeGreaterThan(40);
      expect(changed, `${name.zone}: letters covered by the focus or the named places`).toBeLessThanOrEqual(Math.ceil(letters * 0.01));
    }
  });
}
