// Panel benchmark, on builds of the viewer against synthetic corpora (see panel-corpus.ts):
//  1. zone click → panel painted with its first excerpt, under 4x CPU throttling (Chromium DevTools
//     protocol), timed in the page with performance.now(): median and p95 (goal p95 ≤ 100 ms); the
//     pointer hovers the zone's button until the map is idle again, then presses;
//  2. the first load's bytes (every response until `atlas:map-idle`) with 100 articles and with 10k,
//     and how far apart they are (goal ≤ 5 %).
// BENCH_CLICK_ARTICLES (default 1800, about 10k excerpts), BENCH_LARGE_ARTICLES (default 10000) and
// BENCH_ROUNDS (default 6 rounds over the four zones) change the sizes; BENCH_DIST (default dist-bench)
// names the build folders, so that several runs can go at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { kb, launchChromium, MAP_IDLE_MARK, openIdle, quantile } from './browser.ts';
import { ZONE_IDS } from '../../src/lib/schema.ts';
import { buildWithCorpus, type BenchBuild } from './panel-corpus.ts';
import { serveDir } from './static-server.ts';

const CLICK_ARTICLES = Number(process.env['BENCH_CLICK_ARTICLES'] ?? 1800);
const LARGE_ARTICLES = Number(process.env['BENCH_LARGE_ARTICLES'] ?? 10_000);
const SMALL_ARTICLES = 100;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 6);
const DIST = process.env['BENCH_DIST'] ?? 'dist-bench';
const GOALS = { p95Ms: 100, bytesPct: 5 };

/** Wait until the map stopped moving and nothing is left to draw (fits after a selection animate). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const atlas = (window as unknown as { __atlas?: { map: { loaded(): boolean; isMoving(): boolean } } }).__atlas;
    return atlas !== undefined && atlas.map.loaded() && !atlas.map.isMoving();
  }, undefined, { timeout: 300_000 });
}

/**
 * Arm the page for one click on `zone`: the first click event (capture phase) starts the clock; it stops
 * when that zone's panel holds an excerpt and a frame has been painted after it (rAF, then a task).
 */
function arm(zone: string): void {
  const selector = `[data-testid="zone-panel"][data-zone="${zone}"] [data-excerpt]`;
  const panelSelector = `[data-testid="zone-panel"][data-zone="${zone}"]`;
  const w = window as unknown as { __panelBench?: Promise<[number, number, number]> };
  w.__panelBench = new Promise<[number, number, number]>((resolve, reject) => {
    // No named inner functions: the bundler would wrap them in a helper the page does not have.
    let t0 = NaN;
    let panelAt = NaN;
    document.addEventListener(
      'click',
      () => {
        t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (Number.isNaN(panelAt) && document.querySelector(panelSelector)) panelAt = performance.now() - t0;
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          const inDom = performance.now() - t0;
          requestAnimationFrame(() => setTimeout(() => resolve([panelAt, inDom, performance.now() - t0]), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      },
      { capture: true, once: true },
    );
    setTimeout(() => reject(new Error(`no excerpt of ${zone} in its panel within 300 s`)), 300_000);
  });
}

interface Click {
  zone: string;
  ms: number;
  /** Until the excerpt was in the DOM, before the paint. */
  domMs: number;
  /** Until the panel itself (header, timeline, areas) was in the DOM. */
  panelMs: number;
  cold: boolean;
}

async function clickTimes(browser: Browser, origin: string): Promise<Click[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  await openIdle(page, `${origin}/`);
  await settle(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const clicks: Click[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const zone of ZONE_IDS) {
      // The pointer rests on the button before it presses, as a hand does: the map's hover highlight of
      // the zone (a redraw) is done before the click, which is timed from the press on.
      const button = page.locator(`#zone-list button[data-zone="${zone}"]`);
      await button.hover({ timeout: 300_000 });
      await settle(page);
      await page.evaluate(arm, zone);
      // Generous timeouts: a slow panel keeps the page busy long after the click; it is measured, not failed.
      await button.click({ timeout: 300_000 });
      const [panelMs, domMs, ms] = await page.evaluate(() => (window as unknown as { __panelBench: Promise<[number, number, number]> }).__panelBench);
      clicks.push({ zone, ms, domMs, panelMs, cold: !seen.has(zone) });
      seen.add(zone);
      await settle(page);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="zone-panel"]').waitFor({ state: 'detached', timeout: 300_000 });
      await settle(page);
    }
  }
  await context.close();
  return clicks;
}

interface Load {
  bytes: number;
  files: { url: string; bytes: number }[];
}

/** Bytes of every response whose request started before the map was idle (workers' requests included). */
async function firstLoad(browser: Browser, origin: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  await openIdle(page, `${origin}/`);
  const idleAt = await page.evaluate((mark) => performance.timeOrigin + (performance.getEntriesByName(mark)[0]?.startTime ?? 0), MAP_IDLE_MARK);
  await page.waitForTimeout(500);
  const files: Load['files'] = [];
  for (const request of finished) {
    if (request.timing().startTime > idleAt) continue;
    const sizes = await request.sizes();
    files.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  }
  await context.close();
  files.sort((a, b) => b.bytes - a.bytes);
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files };
}


function describe(build: BenchBuild): string {
  return `${build.articles} articles, ${build.excerpts} excerpts (ingest ${(build.ingestMs / 1000).toFixed(1)} s, build ${(build.buildMs / 1000).toFixed(1)} s)`;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-panel-'));
  const browser = await launchChromium();
  try {
    const clickBuild = buildWithCorpus(tmp, CLICK_ARTICLES, DIST);
    console.log(`click corpus: ${describe(clickBuild)}`);
    const served = await serveDir(clickBuild.dist);
    let clicks: Click[];
    try {
      clicks = await clickTimes(browser, served.origin);
    } finally {
      served.server.close();
    }
    const all = clicks.map((c) => c.ms);
    const warm = clicks.filter((c) => !c.cold).map((c) => c.ms);
    const cold = clicks.filter((c) => c.cold);
    const p95 = quantile(all, 0.95);
    console.log(`zone click → panel painted with its first excerpt, 4x CPU throttling, ${clicks.length} clicks over ${ZONE_IDS.length} zones:`);
    console.log(`  all:  median ${quantile(all, 0.5).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms  (goal p95 ≤ ${GOALS.p95Ms} ms) ${p95 <= GOALS.p95Ms ? 'OK' : 'OVER'}`);
    const dom = clicks.map((c) => c.domMs);
    const shell = clicks.map((c) => c.panelMs);
    console.log(`  panel itself in the DOM (before its excerpts): median ${quantile(shell, 0.5).toFixed(0)} ms, p95 ${quantile(shell, 0.95).toFixed(0)} ms`);
    console.log(`  excerpt in the DOM (before the paint): median ${quantile(dom, 0.5).toFixed(0)} ms, p95 ${quantile(dom, 0.95).toFixed(0)} ms`);
    console.log(`  warm (zone file already fetched): median ${quantile(warm, 0.5).toFixed(0)} ms, p95 ${quantile(warm, 0.95).toFixed(0)} ms`);
    console.log(`  first click per zone (fetch + parse of its file): ${cold.map((c) => `${c.zone} ${c.ms.toFixed(0)} ms`).join(', ')}`);

    const loads: { build: BenchBuild; load: Load }[] = [];
    for (const articles of [SMALL_ARTICLES, LARGE_ARTICLES]) {
      const build = buildWithCorpus(tmp, articles, `${DIST}-${articles}`);
      const { server, origin } = await serveDir(build.dist);
      try {
        await firstLoad(browser, origin); // warm-up: shader compilation on the first launch
        loads.push({ build, load: await firstLoad(browser, origin) });
      } finally {
        server.close();
      }
    }
    const [small, large] = loads as [(typeof loads)[number], (typeof loads)[number]];
    console.log('\nfirst load until idle (bytes on the wire, uncompressed server, headers included):');
    for (const { build, load } of loads) {
      console.log(`  ${describe(build)}: ${load.bytes} B (${kb(load.bytes)}) in ${load.files.length} responses`);
      for (const f of load.files.filter((x) => x.url.includes('/data/'))) console.log(`    data: ${f.url} ${f.bytes} B`);
    }
    const pct = ((large.load.bytes - small.load.bytes) / small.load.bytes) * 100;
    console.log(`  difference ${large.build.articles} vs ${small.build.articles} articles: ${pct.toFixed(2)} %  (goal ≤ ${GOALS.bytesPct} %) ${Math.abs(pct) <= GOALS.bytesPct ? 'OK' : 'OVER'}`);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
