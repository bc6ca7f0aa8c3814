// What the browser benches share: Debian's Chromium launched headless with software WebGL, the mark the
// page sets once the map is idle, and quantiles of timings.
import { chromium, type Browser, type Page } from 'playwright-core';

/** The performance mark the page sets once the map has drawn and is idle. */
export const MAP_IDLE_MARK = 'atlas:map-idle';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with the flags every bench uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ARGS });
}

/** Open `url` and wait until the map is idle. */
export async function openIdle(page: Page, url: string, timeout = 120_000): Promise<void> {
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MAP_IDLE_MARK, { timeout });
}

/** The q-quantile of `values`, interpolated between neighbours (NaN for none). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (at - lo);
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
