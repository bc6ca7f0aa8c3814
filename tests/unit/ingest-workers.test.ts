// The ingest on worker threads writes exactly what it writes on one: the same files, byte for byte,
// and the same errors, warnings and duplicates, in the same order, whatever order the workers finish in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest, workerCount, type RunResult } from '../../src/pipeline/ingest/run.ts';
import { WorkerPool } from '../../src/pipeline/ingest/worker-pool.ts';
import { Gazetteer, ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GEO = (name: string): string => join(ROOT, 'geo', name);

const TOWNS = ['دوما', 'حرستا', 'الرستن', 'تلبيسة', 'سراقب', 'معرة النعمان', 'درعا', 'بصرى الشام', 'حمص', 'دمشق'];
const MONTHS = ['أيار', 'حزيران', 'تموز', 'آب', 'أيلول'];

/** A short report of my own: a title, a dateline, three paragraphs naming one or two towns. */
const report = (i: number): string => {
  const town = TOWNS[i % TOWNS.length]!;
  const other = TOWNS[(i * 7 + 3) % TOWNS.length]!;
  return (
    `اشتباكات قرب ${town} (${i})\n\n${town} - مراسلنا | ${1 + (i % 27)} ${MONTHS[i % MONTHS.length]} 2017\n\n` +
    `قالت مصادر محلية إن قصفاً استهدف أطراف ${town} صباح اليوم، وإن فرق الدفاع المدني انتشلت ${i % 9} مصابين.\n\n` +
    `وفي ${other} خرجت قافلة مساعدات ضمن اتفاق خفض التصعيد، بحسب ناشطين.\n\n` +
    `وأضافت المصادر أن الأهالي في ${town} ينتظرون فتح المعابر منذ أسابيع.\n`
  );
};

let dir: string;
const runs = new Map<number, RunResult>();

/** Every file under `root` with its bytes. */
function snapshot(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else files.set(`${rel}${e.name}`, readFileSync(join(d, e.name)));
    }
  };
  walk(root, '');
  return files;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-workers-'));
  const put = (name: string, text: string): void => {
    mkdirSync(join(dir, 'in', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'in', name), text);
  };
  for (let i = 0; i < 90; i++) put(`reports/${i % 3}/r${String(i).padStart(3, '0')}.txt`, report(i));
  // The same body filed twice, under another folder (read first: folders go in name order).
  put('copies/r007-again.txt', report(7));
  put('copies/r050-again.txt', report(50));
  put(
    'records.jsonl',
    [report(200), report(201), report(50)].map((text, k) => JSON.stringify({ title: `سجل ${k}`, date: `2017-08-0${k + 1}`, outlet: 'وكالة', text })).join('\n') + '\n{not json\n',
  );
  put('blank.txt', '   \n\n');
  put('broken.json', '{"text": ');
  for (const workers of [1, 2, 3]) {
    runs.set(workers, await runIngest({
      inputs: [join(dir, 'in')],
      meta: null,
      out: join(dir, `out-${workers}`, 'data'),
      gazetteer: GEO('gazetteer.json'),
      zones: GEO('zones.geojson'),
      agreements: GEO('agreements.json'),
      label: 'workers test',
      progress: false,
      workers,
    }));
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the ingest on worker threads', () => {
  it.each([2, 3])('writes every output file byte for byte on %i threads as one thread does (pages and article files shared out among them)', (workers) => {
    const one = snapshot(join(dir, 'out-1', 'data'));
    const many = snapshot(join(dir, `out-${workers}`, 'data'));
    expect([...many.keys()]).toEqual([...one.keys()]);
    expect(one.size).toBeGreaterThan(90);
    expect([...one.keys()].filter((name) => name.startsWith('zones/')).length).toBeGreaterThan(2 * workers);
    for (const [name, bytes] of one) expect(many.get(name)!.equals(bytes), name).toBe(true);
  });

  it('reports the same errors, warnings and duplicates in the same order', () => {
    const [one, two] = [runs.get(1)!, runs.get(2)!];
    expect(two.errors).toEqual(one.errors);
    expect(two.warnings).toEqual(one.warnings);
    expect(two.exitCode).toBe(one.exitCode);
    expect(one.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^blank\.txt: /), expect.stringMatching(/^broken\.json: not valid JSON/), 'records.jsonl: line 4 is not valid JSON']),
    );
    const copies = one.warnings.filter((w) => w.includes('same article as'));
    expect(copies).toEqual([
      expect.stringMatching(/^reports\/1\/r007\.txt: same article as copies\/r007-again\.txt/),
      expect.stringMatching(/^reports\/2\/r050\.txt: same article as copies\/r050-again\.txt/),
    ]);
    expect(one.data!.index.articles).toBe(93);
  });

  it('uses every core by default, but no more threads than files, and one thread for a handful of files', () => {
    expect(workerCount(3, 2)).toBe(2);
    expect(workerCount(1, 5000)).toBe(1);
    expect(workerCount(undefined, 5)).toBe(1);
    expect(workerCount(undefined, 100_000)).toBeGreaterThanOrEqual(1);
  });

  it('stops with the error of a worker that could not start, and ends the others', async () => {
    const gazetteer = parseOrThrow(Gazetteer, JSON.parse(readFileSync(GEO('gazetteer.json'), 'utf8')), 'gazetteer');
    const zones = parseOrThrow(ZonesCollection, JSON.parse(readFileSync(GEO('zones.geojson'), 'utf8')), 'zones');
    const broken = { gazetteer: { ...gazetteer, entries: null as never }, zones, agreements: null };
    const batches = [[{ file: { path: join(dir, 'in/reports/0/r000.txt'), name: 'r000.txt' }, given: undefined }]];
    const pool = await WorkerPool.start(broken, 2);
    const drain = async (): Promise<void> => {
      for await (const _ of pool.results(batches)) void _;
    };
    await expect(drain()).rejects.toThrow(/ingest worker failed: .*entries/);
    await pool.close();
  });
});
