// Two builds of the viewer on the same search corpus, measured back to back on the same machine state:
// `tsx tests/bench/search-compare.ts <old dist> <new dist>`. Both pages stay open (each in its own
// context, loaded and with its index fetched once); each round types every query of search-keys.ts,
// each query in one and then at once in the other, which goes first swapped from query to query and
// from round to round, so a change in the machine's load (a few seconds apart at most) falls on both
// alike. Prints last key → results painted per build (median, p95), new / old, and the median of the
// ratios of each query's pair of keys, with the machine's load at each round. BENCH_COMPARE_ROUNDS
// (default 4).
import { basename } from 'node:path';
import { launchChromium, quantile } from './browser.ts';
import { DEFINITION, lastKey, machineLoad, openSearch, queries, summary, type KeyTiming, type SearchPage } from './search-keys.ts';
import { serveDir } from './static-server.ts';

const ROUNDS = Number(process.env['BENCH_COMPARE_ROUNDS'] ?? 4);

async function main(): Promise<void> {
  const dists = process.argv.slice(2);
  if (dists.length !== 2) throw new Error('usage: tsx tests/bench/search-compare.ts <old dist> <new dist>');
  const browser = await launchChromium();
  const servers = await Promise.all(dists.map((d) => serveDir(d)));
  try {
    const pages: SearchPage[] = [];
    for (const s of servers) pages.push(await openSearch(browser, s.origin));
    const times: KeyTiming[][] = dists.map(() => []);
    const list = queries();
    for (let round = 0; round < ROUNDS; round++) {
      const before = machineLoad();
      for (const [q, query] of list.entries()) {
        for (const i of (round + q) % 2 === 0 ? [0, 1] : [1, 0]) times[i]!.push(await lastKey(pages[i]!.page, query));
      }
      const medians = dists.map((_, i) => quantile(times[i]!.slice(-list.length).map((t) => t.ms), 0.5).toFixed(1));
      console.log(`round ${round + 1} (${dists.map((d) => basename(d)).join(' / ')} by turns; ${before}): medians ${medians.join(' / ')} ms`);
    }
    console.log(`  ${DEFINITION}`);
    for (const [i, dist] of dists.entries()) {
      const t = times[i]!;
      console.log(`${i === 0 ? 'old' : 'new'} ${dist}: ${t.length} keys`);
      console.log(`  last key → results painted: ${summary(t.map((k) => k.ms))}`);
      console.log(`  frame done (rAF, then a task): ${summary(t.map((k) => k.frameMs))}`);
      console.log(`  typed char presented (Event Timing): ${summary(t.map((k) => k.typedMs))}`);
      console.log(`  the search in the worker: ${summary(t.map((k) => k.workerMs))}`);
      console.log(`  keys with map draws: ${t.filter((k) => k.draws > 0).length} of ${t.length}`);
    }
    const ratio = (q: number, pick: (k: KeyTiming) => number): string => (quantile(times[1]!.map(pick), q) / quantile(times[0]!.map(pick), q)).toFixed(2);
    const paired = times[1]!.map((k, j) => k.ms / times[0]![j]!.ms);
    console.log(`new / old: last key → painted median ${ratio(0.5, (k) => k.ms)}, p95 ${ratio(0.95, (k) => k.ms)}; frame done median ${ratio(0.5, (k) => k.frameMs)}, p95 ${ratio(0.95, (k) => k.frameMs)}; median of the same key's ratios ${quantile(paired, 0.5).toFixed(2)} (${machineLoad()})`);
    for (const p of pages) await p.context.close();
  } finally {
    for (const s of servers) s.server.close();
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
