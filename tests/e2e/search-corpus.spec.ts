// Search and filters on real coverage: ../shared/corpus/ant-2018 (TREC news records) ingested at test
// time into a temporary folder, the viewer built against it (ATLAS_DATA) and served on a port of its
// own. Only counts and the shape of what is shown are checked: no corpus text is written here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { IDLE_MARK } from './atlas-page.ts';
import { serveDir } from '../bench/static-server.ts';

const CORPUS = resolve('../shared/corpus/ant-2018');
test.skip(!existsSync(CORPUS), `${CORPUS} is not there`);
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let tmp = '';
let served: { server: Server; origin: string } | null = null;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${r.status}: ${r.stderr.split('\n').slice(-5).join(' / ')}`);
}

test.beforeAll(async () => {
  test.setTimeout(1_200_000);
  tmp = mkdtempSync(join(tmpdir(), 'e2e-ant-2018-'));
  run(process.execPath, ['--import', 'tsx', 'src/pipeline/ingest-cli.ts', CORPUS, '--out', join(tmp, 'data'), '--quiet']);
  run('npx', ['vite', 'build', '--outDir', join(tmp, 'dist'), '--emptyOutDir', '--logLevel', 'error'], { ...process.env, ATLAS_DATA: join(tmp, 'data') });
  served = await serveDir(join(tmp, 'dist'));
});

test.afterAll(() => {
  served?.server.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${served!.origin}/${query}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, IDLE_MARK, { timeout: 60_000 });
  await expect(page.getByTestId('result-count')).toBeVisible({ timeout: 90_000 });
}

const count = async (page: Page): Promise<number> => Number((await page.getByTestId('result-count').textContent())?.replace(/\D+/g, ''));

test('(ar) «إدلب» finds excerpts across outlets, marked in the text, with counts per zone', async ({ page }) => {
  await open(page, '?lang=ar&q=إدلب');
  const n = await count(page);
  expect(n).toBeGreaterThan(20);
  const marks = await page.getByTestId('search-results').locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m).toMatch(/[اإأ]دلب/);
  expect(Number(await page.locator('.per-zone [data-zone="idlib"] bdi').textContent())).toBeGreaterThan(0);
  // The weaker links are behind the switch.
  await page.getByTestId('weak-switch').check();
  await expect.poll(() => count(page)).toBeGreaterThanOrEqual(n);
});

test('(en) an English place name finds its Arabic mentions; zone, outlet and date filters narrow them as chips', async ({ page }) => {
  await open(page, '?lang=en&q=Idlib&strength=general');
  const all = await count(page);
  expect(all).toBeGreaterThan(20);
  const panel = page.getByTestId('search-panel');
  await panel.getByText('Add a filter').click();
  const outlets = await panel.getByTestId('filter-outlet').locator('option').count();
  expect(outlets).toBeGreaterThan(2);
  await panel.getByTestId('filter-outlet').selectOption({ index: 1 });
  await expect(panel.locator('[data-chip="outlet"]')).toBeVisible();
  const one = await count(page);
  expect(one).toBeLessThan(all);
  await panel.locator('[data-chip="outlet"] button').click();
  await panel.getByTestId('filter-from').fill('2018-04-01');
  await panel.getByTestId('filter-from').dispatchEvent('change');
  await panel.getByTestId('filter-to').fill('2018-04-30');
  await panel.getByTestId('filter-to').dispatchEvent('change');
  await expect(panel.locator('[data-chip="dates"]')).toBeVisible();
  const april = await count(page);
  expect(april).toBeLessThanOrEqual(all);
  // Every card redrawn for the filtered results (none still hidden with an unfiltered excerpt).
  await expect(page.getByTestId('search-results').locator('li[data-stale]')).toHaveCount(0);
  for (const time of await page.getByTestId('search-results').locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))) {
    expect(time! >= '2018-04-01' && time! <= '2018-04-30').toBe(true);
  }
  await panel.getByTestId('filter-zone').selectOption('idlib');
  await expect(panel.locator('[data-chip="zone"]')).toBeVisible();
  expect(await count(page)).toBeLessThanOrEqual(april);
  expect(new URL(page.url()).searchParams.get('fzone')).toBe('idlib');
});
