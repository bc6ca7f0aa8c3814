// The Arabic interface is Arabic throughout: the map's buttons, the legend's account of how the lines
// were drawn (which stays inside its column), the zone timeline's sources and notes; and nothing a
// reader sees cites one of the project's own files.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './atlas-page.ts';

const ARABIC = /[\u0600-\u06FF]/;
const OUR_FILE = /\b[\w-]+\.(?:json|geojson|tsv|csv|ts|svelte)\b/;

async function buttonNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-attrib-button'].map((s) => {
      const b = document.querySelector(s);
      return `${b?.getAttribute('title')}|${b?.getAttribute('aria-label')}`;
    }),
  );
}

test('the zoom and sources buttons are named in the interface language, and follow a switch', async ({ page }) => {
  await openAtlas(page);
  expect(await buttonNames(page)).toEqual(['تكبير|تكبير', 'تصغير|تصغير', 'مصادر الخريطة|مصادر الخريطة']);
  await expect(page.getByRole('button', { name: 'تكبير' })).toBeVisible();
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(() => buttonNames(page)).toEqual(['Zoom in|Zoom in', 'Zoom out|Zoom out', 'Map sources|Map sources']);
  await page.getByTestId('lang-toggle').click();
  await expect.poll(() => buttonNames(page)).toEqual(['تكبير|تكبير', 'تصغير|تصغير', 'مصادر الخريطة|مصادر الخريطة']);
});

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`how the lines were drawn is in Arabic and stays inside the side column (${size.name})`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAtlas(page);
    const legend = page.getByTestId('legend');
    if (!(await legend.evaluate((d) => (d as HTMLDetailsElement).open))) await legend.locator('summary').first().click();
    const method = page.getByTestId('how-drawn');
    await method.locator('summary').click();
    const paragraphs = method.locator('p');
    await expect(paragraphs.first()).toBeVisible();
    const texts = await paragraphs.evaluateAll((ps) => ps.map((p) => ({ lang: p.getAttribute('lang'), text: p.textContent ?? '' })));
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.lang).toBe('ar');
      expect(t.text).toMatch(ARABIC);
      expect(t.text).not.toMatch(OUR_FILE);
    }
    const overflow = await method.evaluate((el) => {
      const column = el.closest('.side') as HTMLElement;
      const edge = column.getBoundingClientRect();
      const outside = [...el.querySelectorAll('p')].filter((p) => {
        const box = p.getBoundingClientRect();
        return box.left < edge.left - 0.5 || box.right > edge.right + 0.5 || p.scrollWidth > p.clientWidth + 1;
      }).length;
      return { outside, scroll: column.scrollWidth - column.clientWidth };
    });
    expect(overflow).toEqual({ outside: 0, scroll: 0 });
  });
}

test('the zone timeline gives its sources and notes in Arabic and cites none of our files', async ({ page }) => {
  await openAtlas(page);
  await page.locator('nav button[data-zone="idlib"]').click();
  const panel = page.getByTestId('zone-panel');
  const sources = panel.locator('.source');
  await expect(sources.first().locator('cite')).toBeVisible();
  const rows = await sources.evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', english: el.querySelectorAll('[lang="en"]').length })));
  expect(rows.length).toBeGreaterThan(2);
  for (const row of rows) {
    expect(row.english).toBe(0);
    expect(row.text).toMatch(ARABIC);
  }
  expect(await panel.innerText()).not.toMatch(OUR_FILE);
});

/** Three or more Latin words in a row: an English sentence or phrase, not a name or a code. */
const LATIN_WORDS = /[A-Za-z]+(?:[\s,;:'’()/-]+[A-Za-z]+){2,}/;

for (const zone of ['idlib', 'north-homs', 'eastern-ghouta', 'south']) {
  test(`the ${zone} panel in Arabic, sub-district notes and lifecycle open, has no English sentence`, async ({ page }) => {
    await openAtlas(page);
    await page.locator(`nav button[data-zone="${zone}"]`).click();
    const panel = page.getByTestId('zone-panel');
    // The lifecycle's Arabic sources come with the agreements file: wait until they are in.
    await expect(panel.locator('.source cite').first()).toBeVisible();
    await expect(panel.locator('.source [lang="en"]')).toHaveCount(0);
    for (const details of await panel.getByTestId('sub-districts').all()) await details.locator('summary').click();
    await expect(panel.locator('[data-testid="sub-districts"] li').first()).toBeVisible();
    // Notes are in Arabic; the English names beside the Arabic ones (lang="en") are the only Latin kept.
    await expect(panel.locator('small[lang="en"]')).toHaveCount(0);
    const notes = await panel.locator('[data-testid="sub-districts"] small').allTextContents();
    for (const note of notes) expect(note).toMatch(ARABIC);
    const found = await panel.evaluate((root, pattern) => {
      const latin = new RegExp(pattern);
      const names = '.en[lang="en"], [data-testid="zone-name-en"], code';
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(names) || parent.closest('[hidden], style, script')) continue;
        const text = node.textContent ?? '';
        if (latin.test(text)) out.push(text.trim());
      }
      return out;
    }, LATIN_WORDS.source);
    expect(found).toEqual([]);
  });
}
