// The about panel names the corpus the build shows, with its article count and date range from index.json.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas } from './atlas-page.ts';

const index = JSON.parse(readFileSync(new URL('../../data/index.json', import.meta.url), 'utf8')) as {
  articles: number;
  generated_from: string;
  per_zone: Record<string, { first: string | null; last: string | null }>;
};
const firsts = Object.values(index.per_zone).flatMap((z) => (z.first ? [z.first] : [])).sort();
const lasts = Object.values(index.per_zone).flatMap((z) => (z.last ? [z.last] : [])).sort();
const name = index.generated_from.split('/').at(-1)!;

test('the about panel says which corpus it shows, its article count and date range, in Arabic and English', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAtlas(page);
  const note = page.getByTestId('corpus-note');
  await expect(note).toContainText(name);
  await expect(note).toContainText('مجموعة المقالات');
  await expect(note.locator('time').first()).toHaveAttribute('datetime', firsts[0]!);
  await expect(note.locator('time').last()).toHaveAttribute('datetime', lasts.at(-1)!);
  await page.getByTestId('about-panel').screenshot({ path: 'test-results/corpus-note-ar.png' });
  await page.goto('/?lang=en');
  await expect(note).toContainText(`Articles: ${index.articles.toLocaleString('en')}`);
  await expect(note.locator('time').first()).toHaveText(/\d{4}/);
  await page.getByTestId('about-panel').screenshot({ path: 'test-results/corpus-note-en.png' });
});
