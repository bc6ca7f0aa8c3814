// Where a key's time goes: `tsx tests/bench/search-trace.ts <dist> [keys]` types the queries of
// search-keys.ts (default the first 24) on that build under 4x CPU throttling while Chromium traces
// (the DevTools protocol's Tracing domain), then, for each key's span (the page's 'atlas:bench-key'
// measure: last key → results painted), adds up the page's main thread by trace event, as self time
// (an event's own time without the events inside it), and prints each kind's median and p95 per key,
// with how many style, layout and paint passes a key took. TRACE_OUT=file keeps the raw trace.
import { writeFileSync } from 'node:fs';
import { launchChromium, quantile } from './browser.ts';
import { lastKey, machineLoad, openSearch, queries, summary, type KeyTiming } from './search-keys.ts';
import { serveDir } from './static-server.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own CPU time in the event (µs), which other processes on the machine do not inflate. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline'].join(',');
const PASSES = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize'];

/** Self time (wall, or with `cpu` the thread's CPU time) of each event name on one thread inside [from, to] (µs). */
function selfTimes(events: TraceEvent[], from: number, to: number, cpu: boolean): Map<string, number> {
  const length = (e: TraceEvent): number => (cpu ? (e.tdur ?? e.dur!) : e.dur!);
  const inside = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts + e.dur! <= to).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of inside) {
    while (stack.length > 0 && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - length(e));
    self.set(e.name, (self.get(e.name) ?? 0) + length(e));
    stack.push(e);
  }
  return self;
}

async function main(): Promise<void> {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: tsx tests/bench/search-trace.ts <dist> [keys]');
  const keys = Number(process.argv[3] ?? 24);
  const browser = await launchChromium();
  const { server, origin } = await serveDir(dist);
  try {
    const s = await openSearch(browser, origin);
    const cdp = await s.context.newCDPSession(s.page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    const list = queries();
    const timings: KeyTiming[] = [];
    for (let i = 0; i < keys; i++) timings.push(await lastKey(s.page, list[i % list.length]!));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    await s.context.close();
    if (process.env['TRACE_OUT']) writeFileSync(process.env['TRACE_OUT'], JSON.stringify(events));

    const spans = events.filter((e) => e.name === 'atlas:bench-key' && (e.ph === 'b' || e.ph === 'e')).sort((a, b) => a.ts - b.ts);
    const starts = spans.filter((e) => e.ph === 'b');
    const ends = spans.filter((e) => e.ph === 'e');
    const mark = starts[0];
    if (!mark || starts.length !== ends.length) throw new Error(`trace: ${starts.length} key spans begun, ${ends.length} ended`);
    const threadName = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
    const main = events.filter((e) => e.pid === mark.pid && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
    const perKey = starts.map((b, i) => selfTimes(main, b.ts, ends[i]!.ts, false));
    const cpuPerKey = starts.map((b, i) => selfTimes(main, b.ts, ends[i]!.ts, true));
    const passCount = starts.map((b, i) => new Map(PASSES.map((n) => [n, main.filter((e) => e.name === n && e.ts >= b.ts && e.ts <= ends[i]!.ts).length])));
    const names = new Set(perKey.flatMap((m) => [...m.keys()]));
    const rows = [...names].map((name) => {
      const values = perKey.map((m) => (m.get(name) ?? 0) / 1000);
      const cpu = cpuPerKey.map((m) => (m.get(name) ?? 0) / 1000);
      return { name, median: quantile(values, 0.5), p95: quantile(values, 0.95), mean: values.reduce((a, v) => a + v, 0) / values.length, cpu: quantile(cpu, 0.5) };
    }).sort((a, b) => b.mean - a.mean);
    const cpuTotals = cpuPerKey.map((m) => [...m.values()].reduce((a, v) => a + v, 0) / 1000);
    console.log(`${dist}: ${starts.length} keys traced, 4x CPU throttling (${machineLoad()})`);
    console.log(`  last key → results painted: ${summary(timings.map((t) => t.ms))}; keys with map draws: ${timings.filter((t) => t.draws > 0).length}`);
    console.log(`  main thread CPU time per key (thread time of its trace events): ${summary(cpuTotals)}`);
    console.log('  main thread self time per key (ms), by trace event: mean / median / p95 of wall time, median of CPU time');
    for (const r of rows.slice(0, 14)) console.log(`    ${r.name.slice(0, 30).padEnd(30)} ${r.mean.toFixed(1).padStart(6)} ${r.median.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(6)} ${r.cpu.toFixed(1).padStart(6)}`);
    console.log(`  passes per key (median): ${PASSES.map((n) => `${n} ${quantile(passCount.map((m) => m.get(n)!), 0.5)}`).join(', ')}`);
  } finally {
    server.close();
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
