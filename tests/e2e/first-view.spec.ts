// The first view: framed on the four zones, a compact attribution that leaves the map clear, and a load
// that asks for nothing the site lacks and warns about nothing.
import { expect, test } from '@playwright/test';
import { loadZones, mapSettled, openAtlas } from './atlas-page.ts';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

test('a load requests no missing file and logs no warning about images', async ({ page }) => {
  const failed: string[] = [];
  const warnings: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (/could not be loaded/i.test(message.text())) warnings.push(message.text());
  });
  await openAtlas(page);
  await mapSettled(page);
  expect(failed, 'no request fails (favicon included)').toEqual([]);
  expect(warnings).toEqual([]);
});

for (const size of SIZES) {
  test(`the opening view frames the four zones (${size.name})`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAtlas(page);
    await mapSettled(page);
    const [west, south, east, north] = loadZones().bbox ?? [0, 0, 0, 0];
    const box = await page.evaluate(
      ({ sw, ne }) => {
        const { map } = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas;
        const a = map.project(sw as [number, number]);
        const b = map.project(ne as [number, number]);
        const canvas = map.getCanvas();
        return { x0: a.x, y0: b.y, x1: b.x, y1: a.y, w: canvas.clientWidth, h: canvas.clientHeight };
      },
      { sw: [west, south], ne: [east, north] },
    );
    for (const [v, max] of [[box.x0, box.w], [box.x1, box.w], [box.y0, box.h], [box.y1, box.h]] as const) {
      expect(v, 'every zone is inside the view').toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(max);
    }
    // The zones fill the view along one side (all Syria left them a sliver of its western edge).
    const share = Math.max((box.x1 - box.x0) / box.w, (box.y1 - box.y0) / box.h);
    expect(share).toBeGreaterThan(0.7);
  });

  test(`the attribution is one compact button until opened (${size.name})`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAtlas(page);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toHaveClass(/maplibregl-compact/);
    const closed = await attribution.boundingBox();
    expect(closed?.height ?? 99, 'one line at most').toBeLessThanOrEqual(30);
    expect(closed?.width ?? 99).toBeLessThanOrEqual(30);
    await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toBeHidden();
    await attribution.locator('.maplibregl-ctrl-attrib-button').click();
    await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
    await expect(attribution).toContainText('OCHA');
  });
}

test('on a phone the side strip shows it scrolls, and the expanded sheet lies above the zoom buttons and the attribution', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, '/');
  const side = page.locator('.side');
  const [scrolls, cue] = await side.evaluate((el) => [el.scrollHeight > el.clientHeight, getComputedStyle(el, '::after').position]);
  expect(scrolls).toBe(true);
  expect(cue, 'a sticky fade marks the bottom edge').toBe('sticky');
  // The strip makes way for the zone's sheet (it comes back when the sheet closes).
  await page.locator('nav button[data-zone="south"]').click();
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toBeVisible();
  await panel.locator('.handle').click();
  await expect(panel.locator('.handle')).toHaveAttribute('aria-expanded', 'true');
  await mapSettled(page);
  const sheet = await panel.boundingBox();
  if (!sheet) throw new Error('no sheet');
  // Wherever a map control overlaps the sheet, the sheet is what is on top.
  for (const selector of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-attrib']) {
    const box = await page.locator(selector).boundingBox();
    if (!box || box.y + box.height <= sheet.y) continue;
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="zone-panel"]') !== null, {
      x: box.x + box.width / 2,
      y: Math.max(box.y, sheet.y) + 2,
    });
    expect(top, `${selector} is under the sheet`).toBe(true);
  }
});

test('the first load fetches only the zone file the map draws; the full one comes after idle and fills the panel', async ({ page }) => {
  await openAtlas(page);
  const zoneFile = /\/(zones(?:-map)?)-[\w-]+\.geojson$/;
  const timing = () =>
    page.evaluate((source) => {
      const pattern = new RegExp(source);
      const idle = performance.getEntriesByName('atlas:map-idle')[0]?.startTime ?? NaN;
      return performance
        .getEntriesByType('resource')
        .flatMap((r) => {
          const name = pattern.exec(new URL(r.name).pathname)?.[1];
          return name ? [{ name, afterIdle: r.startTime >= idle }] : [];
        });
    }, zoneFile.source);
  await expect.poll(timing).toEqual([
    { name: 'zones-map', afterIdle: false },
    { name: 'zones', afterIdle: true },
  ]);
  await page.locator('nav button[data-zone="south"]').click();
  const panel = page.getByTestId('zone-panel');
  await expect(panel.locator('time').first()).toBeVisible();
  await expect(panel.locator('[data-part="core"]')).toContainText('كم²');
});
