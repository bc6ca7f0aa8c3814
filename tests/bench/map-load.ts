// Load benchmark: navigation start → `atlas:map-idle` for the app (dist/) and for a bare MapLibre page
// drawing the same zones (the floor, dist-floor/), alternated in fresh browser contexts; then the gzip
// size of what the app's first load fetched. Run with `npm run bench` (which builds dist/ first).
// A third page, map-only (dist-map-only/), is the app's own map with none of the interface, at the size
// of the app's map: it splits the app's time into what its map style costs and what the rest costs.
// BENCH_DIST=<folder> measures another build (the other pages then go to <folder>-floor/ and
// <folder>-map-only/), so runs can share a machine; BENCH_RUNS sets how many times each page loads.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { kb, launchChromium, MAP_IDLE_MARK as MARK } from './browser.ts';
import { build } from 'vite';
import { fileUnder, serveFiles } from './static-server.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const ROOT = resolve('.');
const DIST = resolve(ROOT, process.env['BENCH_DIST'] ?? 'dist');
const FLOOR = process.env['BENCH_DIST'] ? `${DIST}-floor` : join(ROOT, 'dist-floor');
const MAP_ONLY = process.env['BENCH_DIST'] ? `${DIST}-map-only` : join(ROOT, 'dist-map-only');
const GOALS = { ratio: 1.25, appKb: 60, firstLoadKb: 500 };

/** The local file a request path maps to: /floor/* from dist-floor/, /map-only/* from dist-map-only/, the rest from dist/. */
function fileFor(path: string): string | null {
  if (path.startsWith('/floor/')) return fileUnder(FLOOR, path.slice('/floor/'.length));
  if (path.startsWith('/map-only/')) return fileUnder(MAP_ONLY, path.slice('/map-only/'.length));
  return fileUnder(DIST, path.slice(1));
}

interface Run {
  ms: number;
  urls: string[];
  /** Where the map's canvas sits on the page, in CSS pixels. */
  canvas: { x: number; y: number; w: number; h: number };
}

async function measure(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Responses of the page and its workers, with when their request started (ms since the epoch).
  const seen: { url: string; start: number }[] = [];
  page.on('response', (response) => seen.push({ url: response.url(), start: response.request().timing().startTime }));
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000 });
  const [ms, markEpoch] = await page.evaluate((mark) => {
    const at = performance.getEntriesByName(mark)[0]?.startTime ?? NaN;
    return [at, performance.timeOrigin + at];
  }, MARK);
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  await context.close();
  // The first load is what was asked for before the map was idle; what the page fetches after it
  // (towns shown only when zoomed in, the coverage index of places) is not.
  const canvas = { x: Math.round(box?.x ?? 0), y: Math.round(box?.y ?? 0), w: Math.round(box?.width ?? 0), h: Math.round(box?.height ?? 0) };
  return { ms, urls: seen.filter((r) => r.start <= markEpoch).map((r) => r.url), canvas };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}


interface Sized {
  name: string;
  raw: number;
  gzip: number;
}

/** Raw and gzip sizes of the files behind the URLs one load fetched (same-origin files only). */
function sizes(urls: string[]): Sized[] {
  const seen = new Set<string>();
  const out: Sized[] = [];
  for (const url of urls) {
    const file = fileFor(new URL(url).pathname);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    out.push({ name: file.slice(ROOT.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return out.sort((a, b) => b.gzip - a.gzip);
}

function isLibrary(file: Sized): boolean {
  return /maplibre-gl/.test(file.name);
}

function isCode(file: Sized): boolean {
  return /\.(js|mjs|css|html)$/.test(file.name);
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`bench: ${join(DIST, 'index.html')} is missing; run \`npm run build\` first`);
  await build({ configFile: join(ROOT, 'tests/bench/floor/vite.config.ts'), build: { outDir: FLOOR } });
  await build({
    configFile: false,
    root: join(ROOT, 'tests/bench/map-only'),
    base: '/map-only/',
    publicDir: false,
    logLevel: 'warn',
    build: { target: 'es2022', outDir: MAP_ONLY, emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  });
  const { server, origin } = await serveFiles(fileFor);
  const browser = await launchChromium();
  const app: Run[] = [];
  const floor: Run[] = [];
  const mapOnly: Run[] = [];
  let canvas = '';
  try {
    // Warm-up (the first launch pays for shader compilation); it also tells where the app's map sits.
    const { x, y, w, h } = (await measure(browser, `${origin}/`)).canvas;
    canvas = `${w}×${h}`;
    const pages = { app: `${origin}/`, floor: `${origin}/floor/`, mapOnly: `${origin}/map-only/?x=${x}&y=${y}&w=${w}&h=${h}` };
    const runs = { app, floor, mapOnly };
    const names = ['app', 'floor', 'mapOnly'] as const;
    for (let i = 0; i < RUNS; i++) {
      // Rotate which page goes first, so drift over the run hits all alike.
      for (let k = 0; k < names.length; k++) {
        const which = names[(i + k) % names.length] ?? 'app';
        runs[which].push(await measure(browser, pages[which]));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const appMs = median(app.map((r) => r.ms));
  const floorMs = median(floor.map((r) => r.ms));
  const mapOnlyMs = median(mapOnly.map((r) => r.ms));
  const ratio = appMs / floorMs;
  const list = (runs: Run[]): string => runs.map((r) => r.ms.toFixed(0)).join(', ');
  console.log(`runs: ${RUNS} of each page, alternated, fresh context each; app from ${DIST.slice(ROOT.length + 1)}/`);
  console.log(`app      navigation → ${MARK}: median ${appMs.toFixed(0)} ms  (${list(app)})`);
  console.log(`floor    navigation → ${MARK}: median ${floorMs.toFixed(0)} ms  (${list(floor)})`);
  console.log(`map-only navigation → ${MARK}: median ${mapOnlyMs.toFixed(0)} ms  (${list(mapOnly)}; the app's map alone, ${canvas} px)`);
  console.log(`ratio app / floor: ${ratio.toFixed(2)}  (goal ≤ ${GOALS.ratio}) ${ratio <= GOALS.ratio ? 'OK' : 'OVER'}`);
  console.log(`  of which map-only / floor (the atlas's style drawn): ${(mapOnlyMs / floorMs).toFixed(2)}; app / map-only (the interface): ${(appMs / mapOnlyMs).toFixed(2)}`);
  // Each app load beside the floor load of the same round: less sensitive to a machine that drifts.
  const paired = app.map((r, i) => r.ms / (floor[i]?.ms ?? NaN)).sort((a, b) => a - b);
  console.log(`per-round ratios: median ${median(paired).toFixed(2)}, range ${paired[0]?.toFixed(2)}–${paired.at(-1)?.toFixed(2)}`);

  const first = sizes(app[0]?.urls ?? []);
  console.log('\nfirst load of the app, until idle (gzip -9 of the served files):');
  for (const f of first) console.log(`  ${f.gzip.toString().padStart(8)} B gzip  ${f.raw.toString().padStart(8)} B raw  ${f.name}`);
  const total = first.reduce((s, f) => s + f.gzip, 0);
  const own = first.filter((f) => isCode(f) && !isLibrary(f)).reduce((s, f) => s + f.gzip, 0);
  console.log(`whole first load: ${kb(total)} gzip  (goal ≤ ${GOALS.firstLoadKb} KB) ${total / 1024 <= GOALS.firstLoadKb ? 'OK' : 'OVER'}`);
  console.log(`app's own code (html, js, css without maplibre-gl and its worker): ${kb(own)} gzip  (goal ≤ ${GOALS.appKb} KB) ${own / 1024 <= GOALS.appKb ? 'OK' : 'OVER'}`);
  if (!first.some((f) => isLibrary(f) && f.name.endsWith('.js') && !/worker/.test(f.name))) {
    console.log('note: no chunk named maplibre-gl was found; the library sits inside an app chunk and is counted as app code');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
