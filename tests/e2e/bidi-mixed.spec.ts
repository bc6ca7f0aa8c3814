// Arabic with digits in the English (left-to-right) interface: «4 مناطق» must read with the 4 first,
// that is drawn to the right of the word, wherever the text is shown (excerpt, why it was linked).
import { expect, test, type Page } from '@playwright/test';

const PHRASE = '4 مناطق';

/** For every visible occurrence of the phrase: is the digit drawn to the right of the word that follows it? */
async function occurrences(page: Page): Promise<{ where: string; digitRight: boolean }[]> {
  return page.evaluate((phrase) => {
    const out: { where: string; digitRight: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const digit = range.getBoundingClientRect();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 3);
        const letter = range.getBoundingClientRect();
        if (digit.width === 0 || letter.width === 0 || Math.abs(digit.top - letter.top) > 4) continue; // hidden or wrapped
        out.push({ where: node.parentElement?.className || node.parentElement?.tagName || '', digitRight: digit.left > letter.left });
      }
    }
    return out;
  }, PHRASE);
}

for (const lang of ['en', 'ar'] as const) {
  test(`«${PHRASE}» keeps its order in the ${lang === 'en' ? 'English' : 'Arabic'} interface (excerpts and why they were linked, in a zone and in general coverage)`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.locator('nav button[data-zone="eastern-ghouta"]').click();
    const panel = page.getByTestId('zone-panel');
    await expect(panel.locator('article.excerpt').first()).toBeVisible();
    for (const why of await panel.locator('details.why summary').all()) await why.click();
    await expect.poll(async () => (await occurrences(page)).length).toBeGreaterThan(1);
    const inPanel = await occurrences(page);
    expect(inPanel.filter((o) => !o.digitRight)).toEqual([]);
    // General coverage too.
    await page.getByTestId('general-entry').click();
    await expect(page.getByTestId('reading-panel').locator('article.excerpt').first()).toBeVisible();
    const general = await occurrences(page);
    expect(general.filter((o) => !o.digitRight)).toEqual([]);
  });
}
