import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { runIngest, type RunOptions } from '../../src/pipeline/ingest/run.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/ingest');
const isRoot = process.getuid?.() === 0;

const ARTICLE = (town: string, extra = ''): string =>
  `عنوان خبر عن ${town}\n\n12.09.2017\n\nقالت مصادر محلية إن الهدوء عاد إلى ${town} بعد ليلة من القصف.${extra}\n\nوأضافت المصادر أن الأهالي بدأوا بالعودة.\n`;

let dir: string;
let opts: (over: Partial<RunOptions>) => RunOptions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  mkdirSync(join(dir, 'in'));
  opts = (over) => ({
    inputs: [join(dir, 'in')],
    meta: null,
    out: join(dir, 'out', 'data'),
    gazetteer: join(FIX, 'gazetteer.fixture.json'),
    zones: join(FIX, 'zones.fixture.geojson'),
    label: 'test',
    progress: false,
    ...over,
  });
});

afterEach(() => {
  try {
    chmodSync(join(dir, 'in'), 0o755);
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Uint8Array): void => writeFileSync(join(dir, 'in', name), content);
const readOut = (rel: string): unknown => JSON.parse(readFileSync(join(dir, 'out', 'data', rel), 'utf8'));

describe('ingest run on bad input', () => {
  it('refuses an empty, a binary and a broken UTF-8 file with one line each, and still writes the good one', async () => {
    write('good.txt', ARTICLE('الرستن'));
    write('empty.txt', '');
    write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const good = new TextEncoder().encode(ARTICLE('تلبيسة'));
    write('broken.txt', new Uint8Array([...good.subarray(0, 30), 0xff, 0xfe, ...good.subarray(30)]));
    const r = await runIngest(opts({}));
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toMatch(/^binary\.txt: binary file/);
    expect(r.errors[1]).toMatch(/^broken\.txt: invalid UTF-8 at byte \d+$/);
    expect(r.errors[2]).toBe('empty.txt: empty file');
    expect((readOut('index.json') as { articles: number }).articles).toBe(1);
    expect((readOut('report.json') as { errors: string[] }).errors).toEqual(r.errors);
  });

  it('decodes a Windows-1256 file into the same text as its UTF-8 twin', async () => {
    write('cp1256.txt', iconv.encode(ARTICLE('الرستن'), 'windows-1256'));
    const r = await runIngest(opts({}));
    expect(r.errors).toEqual([]);
    const z = readOut('zones/north-homs/0.json') as { excerpts: { text: string }[] };
    expect(z.excerpts[0]!.text).toContain('الرستن');
  });

  it('processes a 20 MB file', async () => {
    const para = 'قالت مصادر محلية إن الهدوء عاد إلى الرستن وتلبيسة بعد ليلة من القصف على ريف حمص الشمالي.';
    const count = Math.ceil((20 * 1024 * 1024) / new TextEncoder().encode(para + '\n\n').length);
    write('big.txt', `خبر طويل جدا عن ريف حمص\n\n${Array.from({ length: count }, (_, i) => `${para} (${i})`).join('\n\n')}\n`);
    const r = await runIngest(opts({}));
    expect(r.errors).toEqual([]);
    expect(r.data!.index.excerpts).toBe(count);
    expect(r.data!.index.per_zone['north-homs']!.excerpts).toBe(count);
    expect(r.data!.index.per_zone['north-homs']!.pages).toBe(Math.ceil(count / 30));
    const last = readOut(`zones/north-homs/${Math.ceil(count / 30) - 1}.json`) as { excerpts: unknown[]; total: number };
    expect(last.total).toBe(count);
    expect(last.excerpts).toHaveLength(count - 30 * (Math.ceil(count / 30) - 1));
    // 130k excerpts in one article, each also added to the search index: about 50 s without it, 90 s with.
  }, 180_000);

  it('warns about missing and contradictory metadata and keeps the sidecar value', async () => {
    write('a.txt', ARTICLE('الرستن'));
    write('b.txt', 'عنوان بلا تاريخ\n\nنص عن دوما بلا أي تاريخ.\n\nفقرة ثانية.\n');
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ articles: { 'a.txt': { date: '2017-09-13', outlet: 'عنب بلدي' } } }));
    const r = await runIngest(opts({ meta: join(dir, 'meta.json') }));
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toContain('a.txt: contradictory date: metadata says "2017-09-13", the text says "2017-09-12" (metadata kept)');
    expect(r.warnings).toContain('b.txt: no date (none given, no dateline in the text)');
    const arts = (readOut('zones/north-homs/0.json') as { articles: { date: string; outlet: string; inferred: string[] }[] }).articles;
    expect(arts[0]).toMatchObject({ date: '2017-09-13', outlet: 'عنب بلدي', inferred: ['title'] });
  });

  it('rejects a sidecar with a malformed date, naming the file', async () => {
    write('a.txt', ARTICLE('الرستن'));
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ articles: { 'a.txt': { date: '13/09/2017' } } }));
    await expect(runIngest(opts({ meta: join(dir, 'meta.json') }))).rejects.toThrow(/meta\.json: articles\.a\.txt\.date: date must be YYYY-MM-DD/);
  });

  it('processes the same article twice only once, with a warning', async () => {
    write('one.txt', ARTICLE('الرستن'));
    write('two.txt', ARTICLE('الرستن'));
    const r = await runIngest(opts({}));
    expect(r.data!.index.articles).toBe(1);
    expect(r.warnings.some((w) => /^two\.txt: same article as one\.txt \(id [0-9a-f]{12}\); processed once$/.test(w))).toBe(true);
  });

  it('reports a folder that cannot be read', async () => {
    write('good.txt', ARTICLE('الرستن'));
    const bad = join(dir, 'in', 'locked');
    if (isRoot) {
      // chmod does not stop root from reading: a self-referencing symlink cannot be opened by anyone.
      console.log('running as root: using a symlink loop instead of chmod 000 for the unreadable folder');
      symlinkSync(bad, bad);
    } else {
      mkdirSync(bad);
      chmodSync(bad, 0o000);
    }
    const r = await runIngest(opts({}));
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/locked: cannot read( folder)? \((ELOOP|EACCES)\)$/);
    expect(r.data!.index.articles).toBe(1);
    if (!isRoot) chmodSync(bad, 0o755);
  });

  it('fails with one line when the output cannot be written, leaving nothing half-written', async () => {
    write('good.txt', ARTICLE('الرستن'));
    writeFileSync(join(dir, 'blocker'), 'a file where a folder should be');
    await expect(runIngest(opts({ out: join(dir, 'blocker', 'data') }))).rejects.toThrow(/blocker\/data: cannot write output \((ENOTDIR|EEXIST)\)/);
    expect(readFileSync(join(dir, 'blocker'), 'utf8')).toBe('a file where a folder should be');
  });

  it('leaves the previous output untouched when a run fails, and replaces it whole when one succeeds', async () => {
    write('good.txt', ARTICLE('الرستن'));
    mkdirSync(join(dir, 'out', 'data'), { recursive: true });
    writeFileSync(join(dir, 'out', 'data', 'index.json'), '{}');
    writeFileSync(join(dir, 'out', 'data', 'old.txt'), 'previous run');
    await expect(runIngest(opts({ zones: join(dir, 'nope.geojson') }))).rejects.toThrow(/nope\.geojson: cannot read \(ENOENT\)/);
    expect(readFileSync(join(dir, 'out', 'data', 'old.txt'), 'utf8')).toBe('previous run');
    await runIngest(opts({}));
    expect(existsSync(join(dir, 'out', 'data', 'old.txt'))).toBe(false);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['data']);
  });
});

describe('ingest run on other formats and determinism', () => {
  it('reads HTML pages with readability and JSONL records', async () => {
    const paras = Array.from({ length: 4 }, (_, i) => `<p>فقرة ${i + 1}: قالت مصادر محلية إن الهدوء عاد إلى دوما في الغوطة الشرقية بعد أيام من القصف المتواصل على المدينة.</p>`).join('');
    write('page.html', `<!doctype html><html><head><title>هدوء في دوما</title></head><body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav><article><h1>هدوء في دوما</h1>${paras}</article><footer>جميع الحقوق محفوظة</footer></body></html>`);
    write('recs.jsonl', `${JSON.stringify({ title: 'خبر', date: '2017-07-22', outlet: 'وكالة', url: null, text: 'اتفاق في الغوطة الشرقية.\n\nفقرة ثانية عن دوما.' })}\n{bad json\n`);
    const r = await runIngest(opts({}));
    expect(r.errors).toEqual(['recs.jsonl: line 2 is not valid JSON']);
    const z = readOut('zones/eastern-ghouta/0.json') as { articles: { file: string; title: string; inferred: string[] }[]; excerpts: { text: string }[] };
    expect(z.articles.map((a) => a.file).sort()).toEqual(['page.html', 'recs.jsonl#1']);
    expect(z.excerpts.some((e) => e.text.includes('الرئيسية') || e.text.includes('الحقوق'))).toBe(false);
    expect(z.articles.find((a) => a.file === 'recs.jsonl#1')!.inferred).toEqual([]);
  });

  it('writes byte-identical output for the same input', async () => {
    write('a.txt', ARTICLE('الرستن'));
    write('b.txt', ARTICLE('دوما', ' وفي إدلب أيضا.'));
    const snap = (): string =>
      (readdirSync(join(dir, 'out', 'data'), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => `${f}\n${readFileSync(join(dir, 'out', 'data', f), 'utf8')}`)
        .join('\n');
    await runIngest(opts({}));
    const first = snap();
    await runIngest(opts({}));
    expect(snap()).toBe(first);
  });

  it('exits 1 from the command line with one line per bad file', () => {
    write('good.txt', ARTICLE('الرستن'));
    write('empty.txt', '');
    const res = spawnSync(
      process.execPath,
      [join(ROOT, 'src/pipeline/ingest.mjs'), join(dir, 'in'), '--out', join(dir, 'out', 'data'),
        '--gazetteer', join(FIX, 'gazetteer.fixture.json'), '--zones', join(FIX, 'zones.fixture.geojson')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe('empty.txt: empty file');
    expect(res.stdout).toMatch(/ingest: 1 articles, 2 excerpts/);
  });
});

describe('ingest command-line options', () => {
  // The command as `npm run ingest` starts it: the bundled ingest-cli.ts (see bundle.mjs).
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'src/pipeline/ingest.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('refuses an unknown option, an option missing its value and a value for --quiet with one line each, writing nothing', () => {
    const out = join(dir, 'out', 'data');
    for (const [args, line] of [
      [['--bogus', join(dir, 'in')], '--bogus: unknown option'],
      [[join(dir, 'in'), '--out', out, '--meta'], '--meta: needs a value'],
      [[join(dir, 'in'), '--out', out, '--quiet=yes'], '--quiet: takes no value'],
    ] as const) {
      const res = cli(...args);
      expect(res.status, line).toBe(2);
      expect(res.stderr.trim()).toBe(line);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('reads every path given, in order, and the values of --out, --gazetteer and --zones (either spelling)', () => {
    mkdirSync(join(dir, 'in2'));
    write('a.txt', ARTICLE('الرستن'));
    writeFileSync(join(dir, 'in2', 'b.txt'), ARTICLE('تلبيسة'));
    const out = join(dir, 'out', 'data');
    const res = cli(join(dir, 'in'), join(dir, 'in2'), `--out=${out}`, '--gazetteer', join(FIX, 'gazetteer.fixture.json'), '--zones', join(FIX, 'zones.fixture.geojson'), '--quiet');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toMatchObject({ articles: 2, generated_from: `${join(dir, 'in')} ${join(dir, 'in2')}` });
  });
});
