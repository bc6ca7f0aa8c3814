// Timeline benchmark, on a build of the viewer against a synthetic corpus of about 10k excerpts (see
// panel-corpus.ts): a day moved with the arrow key → the timeline, the zones' states and the map's
// feature states updated and a frame painted after them, under 4x CPU throttling (Chromium DevTools
// protocol), timed in the page with performance.now(): median and p95 (goal p95 ≤ 100 ms). The
// software-rendered WebGL frame itself is not counted (100-170 ms a frame on these machines).
// BENCH_CLICK_ARTICLES (default 1800, about 10k excerpts), BENCH_MOVES (default 60) and BENCH_DIST
// (default dist-bench-timeline) change the run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildWithCorpus } from './panel-corpus.ts';
import { serveDir } from './static-server.ts';

const MARK = 'atlas:map-idle';
const ARTICLES = Number(process.env['BENCH_CLICK_ARTICLES'] ?? 1800);
const MOVES = Number(process.env['BENCH_MOVES'] ?? 60);
const DIST = process.env['BENCH_DIST'] ?? 'dist-bench-timeline';
const GOAL_P95_MS = 100;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (at - lo);
}

/** One arrow press: from the keydown (capture phase) until the new day is on the timeline and in the map's feature state, then a painted frame. */
async function move(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __timelineBench?: Promise<number> };
    w.__timelineBench = new Promise<number>((resolve) => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      const before = timeline?.getAttribute('data-date') ?? '';
      document.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          const check = (): void => {
            const now = timeline?.getAttribute('data-date') ?? '';
            const { map } = (window as unknown as { __atlas: { map: { getFeatureState(f: object): Record<string, unknown> } } }).__atlas;
            const state = map.getFeatureState({ source: 'zones', id: 'idlib' })['state'];
            if (now !== before && typeof state === 'string' && state !== 'none') {
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            } else setTimeout(check, 0);
          };
          queueMicrotask(check);
        },
        { capture: true, once: true },
      );
    });
  });
  await page.keyboard.press('ArrowLeft');
  return page.evaluate(() => (window as unknown as { __timelineBench: Promise<number> }).__timelineBench);
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-timeline-'));
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ARGS });
  try {
    const build = buildWithCorpus(tmp, ARTICLES, DIST);
    console.log(`timeline corpus: ${build.articles} articles, ${build.excerpts} excerpts`);
    const served = await serveDir(build.dist);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(300_000);
      await page.goto(`${served.origin}/?date=2017-05-01`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 120_000 });
      await page.locator('[data-testid="timeline"][data-date="2017-05-01"]').waitFor();
      await page.waitForFunction(() => {
        const { map } = (window as unknown as { __atlas: { map: { getFeatureState(f: object): Record<string, unknown> } } }).__atlas;
        return map.getFeatureState({ source: 'zones', id: 'idlib' })['state'] === 'not-yet';
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.getByRole('slider').focus();
      const times: number[] = [];
      for (let i = 0; i < MOVES; i++) times.push(await move(page));
      const p95 = quantile(times, 0.95);
      console.log(`day moved by the arrow key → timeline, states and map feature state updated and painted, 4x CPU throttling, ${times.length} moves:`);
      console.log(`  median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms  (goal p95 ≤ ${GOAL_P95_MS} ms) ${p95 <= GOAL_P95_MS ? 'OK' : 'OVER'}`);
      await context.close();
    } finally {
      served.server.close();
    }
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
