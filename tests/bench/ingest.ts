// npm run bench:ingest [-- --sizes 10000,100000] [--tmp DIR] [--real-only] [--workers N] [--pairs N]
// Throughput and peak memory of the whole ingest, from reading the files to the written data/ folder,
// on synthetic corpora of .txt files. The corpus is generated on disk first (not timed; kept in the
// system temp folder between runs, keyed by size and generator source); then each size runs the real
// `runIngest` in its own child process, so its peak memory (maxRSS over the child's life, module loading
// and its worker threads included) is its own; it runs with the node flags `npm run ingest` has (young generation, V8's tiering). The ingest runs on worker threads, one per core unless
// --workers says otherwise; CPU seconds (user + system, every thread) are shown next to wall-clock
// seconds, which other load on the machine inflates, and articles per CPU second is the throughput per
// core. --tmp puts corpus and output elsewhere than the system temp folder (a tmpfs such as /dev/shm
// takes other processes' disk traffic out of the figures). First it prints the gazetteer's size and the
// heap the place matcher takes once built. The goals: at least 1,000 articles per CPU second on every
// corpus, and 100k costing no more than 10.5 times 10k. After the synthetic corpora, the real ANT 2018
// collection (../shared/corpus/ant-2018, 5,330 TREC-style records, articles about 2.5 times as long as
// the synthetic ones) runs the same way when it is there, on one worker and on all of them in turn
// (--pairs N pairs, 3 by default), and the speed-up is printed as the median of the pairs' ratios with
// their range, beside the load average before and after (under other load the figure is not that of
// a quiet machine: the scheduler shares the cores out by thread, so a run of three busy threads gets
// more of them than a run of one); --real-only runs it alone
// (--sizes '' does the same).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { Gazetteer, ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';
import { createLinker } from '../../src/lib/ingest/linker.ts';
import { runIngest } from '../../src/pipeline/ingest/run.ts';
import { articleStream } from './gen-corpus.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GAZETTEER = join(ROOT, 'geo/gazetteer.json');
const ZONES = join(ROOT, 'geo/zones.geojson');
const AGREEMENTS = join(ROOT, 'geo/agreements.json');
const RATIO_GOAL = 10.5;
const RATE_GOAL = 1000;
const SPEEDUP_GOAL = 1.8;
const workersArg = process.argv.indexOf('--workers');
const WORKERS = workersArg > 0 ? Number(process.argv[workersArg + 1]) : availableParallelism();
const tmpArg = process.argv.indexOf('--tmp');
const TMP = tmpArg > 0 ? process.argv[tmpArg + 1]! : tmpdir();
const REAL: [string, string][] = [['ant-2018', join(ROOT, '../shared/corpus/ant-2018')]];
const pairsArg = process.argv.indexOf('--pairs');
const PAIRS = pairsArg > 0 ? Math.max(1, Number(process.argv[pairsArg + 1])) : 3;

interface Result {
  label: string;
  workers: number;
  size: number;
  wallS: number;
  cpuS: number;
  peakMb: number;
  articles: number;
  excerpts: number;
  outMb: number;
}

/** Generate (once) `size` articles as .txt files; returns the folder. */
function corpus(size: number): string {
  const source = readFileSync(join(ROOT, 'tests/bench/gen-corpus.ts'));
  const key = createHash('sha256').update(source).update(readFileSync(GAZETTEER)).digest('hex').slice(0, 10);
  const dir = join(TMP, `ingest-bench-${size}-${key}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const gazetteer = parseOrThrow(Gazetteer, JSON.parse(readFileSync(GAZETTEER, 'utf8')), GAZETTEER);
  let i = 0;
  for (const text of articleStream(gazetteer, size)) writeFileSync(join(dir, `a${String(i++).padStart(6, '0')}.txt`), text);
  writeFileSync(join(dir, '.complete'), `${size}\n`);
  return dir;
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}

/** Child: one timed run of the ingest over `input` into `out` on `workers` threads; prints one JSON line. */
async function child(input: string, out: string, workers: number): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await runIngest({ inputs: [input], meta: null, out, gazetteer: GAZETTEER, zones: ZONES, agreements: AGREEMENTS, label: 'bench', progress: false, workers });
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (r.errors.length > 0) throw new Error(`bench corpus produced errors: ${r.errors.slice(0, 3).join('; ')}`);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const line = { wallS, cpuS: (cpu.user + cpu.system) / 1e6, peakMb, articles: r.data!.index.articles, excerpts: r.data!.index.excerpts };
  console.log(JSON.stringify(line));
}

/** Child (run with --expose-gc): the gazetteer's size, and the heap the linker's matcher and indexes take once built. */
function matcherChild(): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const bytes = statSync(GAZETTEER).size;
  const gazetteer = parseOrThrow(Gazetteer, JSON.parse(readFileSync(GAZETTEER, 'utf8')), GAZETTEER);
  const zones = parseOrThrow(ZonesCollection, JSON.parse(readFileSync(ZONES, 'utf8')), ZONES);
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const linker = createLinker(gazetteer, zones);
  const buildMs = performance.now() - t0;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  console.log(JSON.stringify({ entries: gazetteer.entries.length, bytes, names: linker.matcher.size, heapMb, buildMs }));
  void linker;
}

function run(size: number): Result {
  return runOn(String(size.toLocaleString('en')), corpus(size), size, WORKERS);
}

/**
 * The node flags `npm run ingest` gives the command (package.json's ingest script: the words between
 * `node` and the script), so a bench run is timed as the command runs; V8's flags are the process's,
 * so its worker threads' isolates have them too.
 */
function ingestNodeFlags(): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.ingest ?? '';
  const words = script.trim().split(/\s+/);
  const end = words.indexOf('src/pipeline/ingest.mjs');
  if (words[0] !== 'node' || end < 0) throw new Error(`package.json: the ingest script is not "node [FLAGS] src/pipeline/ingest.mjs": ${script}`);
  return words.slice(1, end);
}

/** One child run over `input`; `expected` articles, or null for a real corpus (whatever it holds). */
function runOn(label: string, input: string, expected: number | null, workers: number): Result {
  const out = join(TMP, `ingest-bench-out-${process.pid}`, 'data');
  rmSync(join(out, '..'), { recursive: true, force: true });
  const res = spawnSync(process.execPath, [...ingestNodeFlags(), '--import', 'tsx', fileURLToPath(import.meta.url), '--child', input, out, String(workers)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (res.status !== 0) throw new Error(`bench run of ${label} failed: ${res.stderr.trim()}`);
  const r = JSON.parse(res.stdout.trim().split('\n').pop()!) as Omit<Result, 'label' | 'size' | 'outMb' | 'workers'>;
  if (expected !== null && r.articles !== expected) throw new Error(`bench run of ${label}: only ${r.articles} articles ingested`);
  const outMb = folderBytes(out) / 1e6;
  rmSync(join(out, '..'), { recursive: true, force: true });
  return { label, workers, outMb, ...r, size: expected ?? r.articles };
}

function median(sorted: number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

/** The run of median wall time among `runs` (an odd count gives one of them; an even one the slower middle one). */
function medianRun(runs: Result[]): Result {
  return [...runs].sort((a, b) => a.wallS - b.wallS)[runs.length >> 1]!;
}

function table(results: Result[]): void {
  const head = ['corpus', 'workers', 'articles', 'wall s', 'articles/s', 'CPU s', 'CPU articles/s', 'peak MB', 'excerpts', 'output MB'];
  const rows = results.map((r) => [
    r.label,
    String(r.workers),
    r.size.toLocaleString('en'),
    r.wallS.toFixed(2),
    Math.round(r.size / r.wallS).toLocaleString('en'),
    r.cpuS.toFixed(2),
    Math.round(r.size / r.cpuS).toLocaleString('en'),
    String(Math.round(r.peakMb)),
    r.excerpts.toLocaleString('en'),
    r.outMb.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [head, ...rows]) console.log(row.map((c, i) => c.padStart(widths[i]!)).join('  '));
}

function gazetteerLine(): void {
  const res = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--matcher'], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`matcher measurement failed: ${res.stderr.trim()}`);
  const m = JSON.parse(res.stdout.trim().split('\n').pop()!) as { entries: number; bytes: number; names: number; heapMb: number; buildMs: number };
  console.log(
    `gazetteer: ${m.entries.toLocaleString('en')} entries, ${(m.bytes / 1e6).toFixed(2)} MB; matcher: ${m.names.toLocaleString('en')} names, ` +
      `${m.heapMb.toFixed(1)} MB of heap once built (linker with its zone index; built in ${Math.round(m.buildMs)} ms)`,
  );
}

function main(): void {
  const sizesArg = process.argv.indexOf('--sizes');
  const realOnly = process.argv.includes('--real-only');
  const sizes = realOnly ? [] : sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').filter((x) => x !== '').map(Number) : [10_000, 100_000];
  console.log(`ingest bench: whole pipeline (read files → clean → excerpts → match → link → validated, written data/), ${WORKERS} worker thread(s) on ${availableParallelism()} core(s), in ${TMP}`);
  gazetteerLine();
  const results = sizes.map(run);
  const load0 = loadavg()[0]!;
  const pairs = REAL.filter(([, dir]) => existsSync(dir)).map(([label, dir]) => {
    const runs: { one: Result; all: Result }[] = [];
    for (let i = 0; i < (WORKERS > 1 ? PAIRS : 1); i++) {
      const one = runOn(label, dir, null, 1);
      runs.push({ one, all: WORKERS > 1 ? runOn(label, dir, null, WORKERS) : one });
    }
    return { label, runs };
  });
  const load1 = loadavg()[0]!;
  const real = pairs.flatMap(({ runs }) => (WORKERS > 1 ? [medianRun(runs.map((r) => r.one)), medianRun(runs.map((r) => r.all))] : [runs[0]!.one]));
  table([...results, ...real]);
  const rateMet = [...results, ...real].every((r) => r.size / r.cpuS >= RATE_GOAL);
  console.log(`goal >= ${RATE_GOAL} articles per CPU second (per core) on every corpus: ${rateMet ? 'met' : 'NOT met'}`);
  const small = results.find((r) => r.size === 10_000);
  const large = results.find((r) => r.size === 100_000);
  if (small && large) {
    const wall = large.wallS / small.wallS;
    const cpu = large.cpuS / small.cpuS;
    console.log(`100k / 10k cost (synthetic corpora of gen-corpus.ts): ${wall.toFixed(2)}x wall, ${cpu.toFixed(2)}x CPU (goal <= ${RATIO_GOAL}x): ${wall <= RATIO_GOAL ? 'met' : 'NOT met'} on wall time`);
  }
  if (WORKERS > 1) {
    for (const { label, runs } of pairs) {
      const wall = runs.map((r) => r.one.wallS / r.all.wallS).sort((a, b) => a - b);
      const cpu = runs.map((r) => r.all.cpuS / r.one.cpuS).sort((a, b) => a - b);
      const speedup = median(wall);
      console.log(
        `${label}: ${WORKERS} workers ${speedup.toFixed(2)}x the throughput of one (wall, median of ${runs.length} pairs run in turn, range ${wall[0]!.toFixed(2)}-${wall.at(-1)!.toFixed(2)}; ` +
          `CPU ${median(cpu).toFixed(2)}x one's; load average ${load0.toFixed(1)} before, ${load1.toFixed(1)} after; goal >= ${SPEEDUP_GOAL}x on 2 cores): ${speedup >= SPEEDUP_GOAL ? 'met' : 'NOT met'}`,
      );
    }
  }
}

const childArg = process.argv.indexOf('--child');
if (childArg > 0) await child(process.argv[childArg + 1]!, process.argv[childArg + 2]!, Number(process.argv[childArg + 3]));
else if (process.argv.includes('--matcher')) matcherChild();
else main();
