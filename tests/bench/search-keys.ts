// The search benches' measure of one key: a real key press (Playwright's keyboard, through the
// DevTools protocol, so the page gets a trusted input event and Chromium does its own editing and
// repaint of the box) on a built page under 4x CPU throttling, timed in the page from the input
// event's own timestamp. Shared by search.ts (the goal), search-compare.ts (two builds, alternating)
// and search-trace.ts (where the time goes).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openIdle, quantile } from './browser.ts';
import { Gazetteer, parseOrThrow } from '../../src/lib/schema.ts';

/** Keys needed for a p95 that is more than the second-worst key. */
export const MIN_KEYS = 60;

/** What "last key → results painted" means, printed with the figures. */
export const DEFINITION = [
  'last key → results painted: the query but its last character is filled in, its results are drawn in full, 500 ms have',
  'passed (the address is written by then) and the page is idle (requestIdleCallback); then the last character is pressed',
  '(a trusted key through the DevTools protocol). Results are drawn in full when each hit of the first page has its card',
  '(none left showing the previous results, data-stale).',
  'Timed from that input event\'s timeStamp to the start of the second animation frame after the results panel names the',
  'query (a MutationObserver on its data-query, then requestAnimationFrame twice): the frame that drew the results has been',
  'styled, laid out, painted and handed to the compositor. "frame done" is the first rAF then a task (the end of that',
  'frame\'s main-thread work, the measure used before); "typed char" is Event Timing\'s duration of the key\'s input event',
  '(to the presentation of the frame showing the character, 8 ms steps, 0 when under 16 ms); "map draws" counts WebGL',
  'draw calls between the key and the results painted (any means the map was redrawn for the key).',
].join('\n  ');

/** The machine's load as `uptime` gives it, and its cores: on a shared machine it moves the figures more than most changes do. */
export function machineLoad(): string {
  const [one, five, fifteen] = loadavg().map((v) => v.toFixed(2));
  return `load average ${one}, ${five}, ${fifteen} on ${cpus().length} cores`;
}

/** The queries: names the generator writes (Arabic, a few with a prefix), their English names, common words and phrases. */
export function queries(): string[] {
  const gazetteer = parseOrThrow(Gazetteer, JSON.parse(readFileSync('geo/gazetteer.json', 'utf8')), 'geo/gazetteer.json');
  const towns = gazetteer.entries.filter((e) => e.kind === 'town' && !e.outside_syria && e.name_ar.length >= 4);
  const pick = (n: number, step: number): typeof towns => Array.from({ length: n }, (_, i) => towns[(i * step) % towns.length]!);
  return [
    ...pick(16, 37).map((e) => e.name_ar),
    ...pick(6, 53).map((e) => `بال${e.name_ar.replace(/^ال/, '')}`),
    ...pick(8, 29).map((e) => e.name_en),
    'قصف', 'الهدوء', 'المساعدات الإنسانية', 'اشتباكات', 'معبر',
    '"وقف إطلاق النار"', '"الدول الضامنة"', 'غوطة', 'إدلب', 'Idlib', 'درعا', 'ريف حمص',
  ];
}

/** Rounds of the query list that give at least MIN_KEYS keys (BENCH_SEARCH_ROUNDS may ask for more). */
export function roundsFor(count: number): number {
  const asked = Number(process.env['BENCH_SEARCH_ROUNDS'] ?? 0);
  return Math.max(asked, Math.ceil(MIN_KEYS / count));
}

/**
 * Counts WebGL draw calls on the page (window.__atlasDraws), installed before the page's scripts run:
 * a map redrawn for a key shows as draws between the key and its results.
 */
const COUNT_DRAWS = `(() => {
  window.__atlasDraws = 0;
  for (const C of [self.WebGL2RenderingContext, self.WebGLRenderingContext]) {
    if (!C) continue;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const f = C.prototype[name];
      if (typeof f !== 'function') continue;
      C.prototype[name] = function (...args) { window.__atlasDraws++; return f.apply(this, args); };
    }
  }
})();`;

/**
 * In the page, for the query whose start is in the box: wait until the start's results are shown,
 * drawn in full (every hit of the page of results has its card) and the page is idle, then arm the
 * measure of the next input event (window.__atlasKey). Plain JavaScript in a string: the TypeScript
 * loader would wrap inner functions in a helper the page lacks.
 */
export const ARM = `(args) => {
  const { start, query } = args;
  const panel = () => document.querySelector('[data-testid="search-panel"]');
  const shows = (q) => panel()?.getAttribute('data-query') === q;
  const drawnInFull = () => {
    const p = panel();
    if (!p) return false;
    const count = p.querySelector('[data-testid="result-count"]');
    const total = count ? Number((count.textContent || '').replace(/[^0-9٠-٩]/g, '').replace(/[٠-٩]/g, (d) => '٠١٢٣٤٥٦٧٨٩'.indexOf(d))) : NaN;
    const cards = p.querySelectorAll('[data-testid="search-results"] > li:not([data-stale])').length;
    return count !== null && cards >= Math.min(total, 10);
  };
  const until = (test) => new Promise((done) => {
    if (test()) return done();
    const observer = new MutationObserver(() => { if (test()) { observer.disconnect(); done(); } });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const idle = () => new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 }));
  const filledAt = performance.now();
  // The address is written once typing pauses (400 ms after a key): that too is over before the key.
  const paused = () => new Promise((done) => setTimeout(done, Math.max(0, filledAt + 500 - performance.now())));
  const ready = start.trim() ? until(() => shows(start) && drawnInFull()) : Promise.resolve();
  return ready.then(paused).then(frame).then(frame).then(idle).then(() => {
    const box = document.querySelector('[data-testid="search-box"]');
    const events = [];
    const eventObserver = new PerformanceObserver((list) => events.push(...list.getEntries()));
    eventObserver.observe({ type: 'event', durationThreshold: 16 });
    window.__atlasKey = new Promise((done) => {
      box.addEventListener('input', (event) => {
        const t0 = event.timeStamp;
        const draws0 = window.__atlasDraws;
        let dom = 0;
        let frameDone = 0;
        // Only the panel's data-query is watched while timed: an observer of the whole page would add
        // a record to every node the results write.
        new Promise((answered) => {
          const observer = new MutationObserver(() => { if (shows(query)) { observer.disconnect(); answered(); } });
          observer.observe(panel(), { attributes: true, attributeFilter: ['data-query'] });
        }).then(() => {
          dom = performance.now();
          requestAnimationFrame(() => {
            setTimeout(() => (frameDone = performance.now()), 0);
            requestAnimationFrame(() => {
              const painted = performance.now();
              performance.measure('atlas:bench-key', { start: t0, end: painted });
              const draws = window.__atlasDraws - draws0;
              // Event Timing reports the key once its frame is presented: by now, or a frame later.
              setTimeout(() => {
                eventObserver.disconnect();
                const typed = Math.max(0, ...events.filter((e) => e.name === 'input' && Math.abs(e.startTime - t0) < 1).map((e) => e.duration));
                const marks = performance.getEntriesByName('atlas:search-results');
                const detail = marks[marks.length - 1]?.detail;
                done({ trusted: event.isTrusted, ms: painted - t0, frameMs: frameDone - t0, domMs: dom - t0, typedMs: typed, draws,
                  workerMs: detail && detail.query === query ? detail.workerMs : NaN });
              }, 20);
            });
          });
        });
      }, { once: true });
    });
    return true;
  });
}`;

export interface KeyTiming {
  query: string;
  /** Last key → results painted (two rAFs after the DOM names the query). */
  ms: number;
  /** Last key → the end of the results frame's main-thread work (rAF, then a task). */
  frameMs: number;
  /** Last key → the results written into the DOM. */
  domMs: number;
  /** Event Timing's duration of the key's input event (0 when under its 16 ms threshold). */
  typedMs: number;
  /** WebGL draw calls between the key and the results painted. */
  draws: number;
  workerMs: number;
  hits: string;
}

export interface SearchPage {
  context: BrowserContext;
  page: Page;
  /** First use of the box until its first results are shown, and the worker's own time for the index. */
  loadMs: number;
  workerLoadMs: number;
}

/** Open the page at `origin`, wait for the map, throttle the CPU 4x and use the box once (the index is fetched and loaded). */
export async function openSearch(browser: Browser, origin: string): Promise<SearchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(COUNT_DRAWS);
  const page = await context.newPage();
  await openIdle(page, `${origin}/`, 300_000);
  const box = page.getByTestId('search-box');
  await box.waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await box.focus();
  await box.fill('قصف');
  await page.getByTestId('result-count').waitFor({ timeout: 600_000 });
  const loadMs = Date.now() - t0;
  // The draw counter is seen to work: the map drew while it loaded.
  if (!((await page.evaluate('window.__atlasDraws')) as number > 0)) throw new Error('bench: no WebGL draw was counted while the map loaded');
  const workerLoadMs = (await page.evaluate(() => (performance.getEntriesByName('atlas:search-ready')[0] as PerformanceMark | undefined)?.detail?.workerMs ?? NaN)) as number;
  return { context, page, loadMs, workerLoadMs };
}

/** Fill in all of `query` but its last character, then press that one and time it (see DEFINITION). */
export async function lastKey(page: Page, query: string): Promise<KeyTiming> {
  const chars = [...query];
  const last = chars.pop()!;
  const start = chars.join('');
  const box = page.getByTestId('search-box');
  await box.fill(start);
  await page.evaluate(`(${ARM})(${JSON.stringify({ start, query })})`);
  await page.keyboard.type(last);
  const t = (await page.evaluate('window.__atlasKey')) as Omit<KeyTiming, 'query' | 'hits'> & { trusted: boolean };
  if (!t.trusted) throw new Error(`bench: the key for «${query}» did not arrive as a trusted input event`);
  const count = (await page.getByTestId('result-count').textContent()) ?? '';
  const hits = count.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/\D+/g, '');
  return { query, ms: t.ms, frameMs: t.frameMs, domMs: t.domMs, typedMs: t.typedMs, draws: t.draws, workerMs: t.workerMs, hits };
}

/** Median and p95 of one measure, as printed. */
export function summary(values: number[]): string {
  return `median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
}
