// Hostile inputs and interrupted runs: what was good before a failed run is still there after it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest, type RunOptions } from '../../src/pipeline/ingest/run.ts';
import { decodeBytes } from '../../src/lib/ingest/decode.ts';
import { terminalSafe } from '../../src/pipeline/terminal.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/ingest');
const CLI = join(ROOT, 'src/pipeline/ingest-cli.ts');

const ARTICLE = (town: string, day = 12): string =>
  `عنوان خبر عن ${town}\n\n${day}.09.2017\n\nقالت مصادر محلية إن الهدوء عاد إلى ${town} بعد ليلة من القصف.\n\nوأضافت المصادر أن الأهالي بدأوا بالعودة.\n`;

let dir: string;
let out: string;
let opts: (over?: Partial<RunOptions>) => RunOptions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-bad-'));
  mkdirSync(join(dir, 'in'));
  out = join(dir, 'out', 'data');
  opts = (over = {}) => ({
    inputs: [join(dir, 'in')],
    meta: null,
    out,
    gazetteer: join(FIX, 'gazetteer.fixture.json'),
    zones: join(FIX, 'zones.fixture.geojson'),
    label: 'test',
    progress: false,
    ...over,
  });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array): void => {
  mkdirSync(join(dir, 'in', name, '..'), { recursive: true });
  writeFileSync(join(dir, 'in', name), content);
};

/** Every file under `root` with its bytes, to compare a folder before and after. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else files[`${rel}${e.name}`] = readFileSync(join(d, e.name), 'latin1');
    }
  };
  walk(root, '');
  return files;
}

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--gazetteer', join(FIX, 'gazetteer.fixture.json'), '--zones', join(FIX, 'zones.fixture.geojson')], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('a failed ingest keeps the previous output', () => {
  beforeEach(async () => {
    write('good.txt', ARTICLE('الرستن'));
    expect((await runIngest(opts())).exitCode).toBe(0);
    rmSync(join(dir, 'in', 'good.txt'));
  });

  it('leaves it byte for byte when the input path is mistyped', async () => {
    const before = snapshot(out);
    const r = await runIngest(opts({ inputs: [join(dir, 'no-such-folder')] }));
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]).toMatch(/no-such-folder: cannot read \(ENOENT\)/);
    expect(r.errors.at(-1)).toMatch(/no article was ingested, so the output is left as it was$/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(dir, 'out'))).toEqual(['data']);
  });

  it('leaves it byte for byte when every file is refused', async () => {
    write('empty.txt', '');
    write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const before = snapshot(out);
    const r = await runIngest(opts());
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(3);
    expect(snapshot(out)).toEqual(before);
  });

  it('puts back a previous output that a killed run had moved aside, and removes abandoned staging folders', async () => {
    const before = snapshot(out);
    // What a run killed between its two renames leaves: the old output aside, no output, a staging folder.
    const dead = 2 ** 22 + 12345;
    const { renameSync } = await import('node:fs');
    renameSync(out, join(dir, 'out', `.data.old-${dead}`));
    mkdirSync(join(dir, 'out', `.data.tmp-${dead}`, 'zones'), { recursive: true });
    const r = await runIngest(opts({ inputs: [join(dir, 'nothing-here')] }));
    expect(r.exitCode).toBe(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['data']);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('an --out that is not an ingest output is never replaced', () => {
  it('refuses a regular file, which stays as it was', async () => {
    write('good.txt', ARTICLE('الرستن'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(out, 'my notes');
    await expect(runIngest(opts())).rejects.toThrow(/data: exists and is not a folder/);
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(readdirSync(join(dir, 'out'))).toEqual(['data']);
  });

  it('refuses a folder of other files', async () => {
    write('good.txt', ARTICLE('الرستن'));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'thesis.docx'), 'chapter one');
    await expect(runIngest(opts())).rejects.toThrow(/is a folder that holds no ingest output \(no index\.json\); refusing to replace it/);
    expect(readdirSync(out)).toEqual(['thesis.docx']);
  });

  it('exits non-zero from the command line with that one line', () => {
    write('good.txt', ARTICLE('الرستن'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(out, 'my notes');
    const r = cli([join(dir, 'in'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${out}: exists and is not a folder; give --out a folder or a path that does not exist yet`);
  });
});

describe('an interrupted ingest', () => {
  it.each(['1', '2'])('removes its staging folder on Ctrl-C and keeps the previous output (%s worker threads)', async (workers) => {
    write('first.txt', ARTICLE('الرستن'));
    expect((await runIngest(opts())).exitCode).toBe(0);
    const before = snapshot(out);
    for (let i = 0; i < 3000; i++) write(`many/${String(i).padStart(4, '0')}.txt`, ARTICLE(i % 2 ? 'تلبيسة' : 'دوما', 1 + (i % 28)) + `رقم ${i}\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, join(dir, 'in'), '--out', out, '--quiet', '--workers', workers,
      '--gazetteer', join(FIX, 'gazetteer.fixture.json'), '--zones', join(FIX, 'zones.fixture.geojson')], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const staging = (): string[] => readdirSync(join(dir, 'out')).filter((n) => n.startsWith('.data.tmp-'));
    const deadline = Date.now() + 60_000;
    while (staging().length === 0 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(staging()).toHaveLength(1);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/ingest: interrupted \(SIGINT\); .*data is left as it was/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['data']);
    expect(snapshot(out)).toEqual(before);
  }, 120_000);
});

describe('the sidecar', () => {
  it('refuses days that are not on the calendar, naming the file and the date', async () => {
    write('a.txt', ARTICLE('الرستن'));
    for (const date of ['2017-02-31', '2017-13-45']) {
      writeFileSync(join(dir, 'meta.json'), JSON.stringify({ articles: { 'a.txt': { date } } }));
      await expect(runIngest(opts({ meta: join(dir, 'meta.json') }))).rejects.toThrow(new RegExp(`meta\\.json: articles\\.a\\.txt\\.date: date ${date} is not a day of the calendar`));
    }
    expect(existsSync(out)).toBe(false);
  });

  it('refuses one file given twice with different dates, naming both lines', async () => {
    write('a.txt', ARTICLE('الرستن'));
    writeFileSync(join(dir, 'meta.json'), '{\n "articles": {\n  "a.txt": { "date": "2017-09-12" },\n  "a.txt": { "date": "2017-09-14" }\n }\n}\n');
    await expect(runIngest(opts({ meta: join(dir, 'meta.json') }))).rejects.toThrow(/meta\.json: gives "a\.txt" twice with different metadata \(lines 3 and 4\); keep one/);
  });

  it('uses the entry for the full path over the base name, says so, and does not call the path unknown', async () => {
    write('sub/b.txt', ARTICLE('الرستن', 10));
    const meta = join(dir, 'meta.json');
    writeFileSync(meta, JSON.stringify({ articles: { 'b.txt': { date: '2017-09-01' }, 'sub/b.txt': { date: '2017-09-10' } } }));
    const r = await runIngest(opts({ meta }));
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toContain(`${meta}: "sub/b.txt" and "b.txt" give different date; the entry for the full path "sub/b.txt" is used`);
    expect(r.warnings.some((w) => w.includes('not among the inputs'))).toBe(false);
    const zone = JSON.parse(readFileSync(join(out, 'zones/north-homs/0.json'), 'utf8')) as { articles: { date: string }[] };
    expect(zone.articles[0]!.date).toBe('2017-09-10');
  });

  it('gives each of b.txt and sub/b.txt its own entry', async () => {
    write('b.txt', ARTICLE('الرستن', 10));
    write('sub/b.txt', ARTICLE('تلبيسة', 11));
    const meta = join(dir, 'meta.json');
    writeFileSync(meta, JSON.stringify({ articles: { 'b.txt': { date: '2017-09-10' }, 'sub/b.txt': { date: '2017-09-11' } } }));
    const r = await runIngest(opts({ meta }));
    expect(r.warnings.filter((w) => w.startsWith(meta))).toEqual([]);
  });
});

describe('files that are not what they seem', () => {
  it('refuses a saved page that holds only a script shell and a menu link', async () => {
    write('good.txt', ARTICLE('الرستن'));
    write('shell.html', '<!doctype html><html><head><title>الموقع</title><script>boot()</script></head><body><nav><a href="/">الرئيسية</a></nav><div id="root"></div></body></html>');
    const r = await runIngest(opts());
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual(['shell.html: no article text in the HTML page (nothing but links, menus or scripts)']);
    expect(r.data!.index.articles).toBe(1);
  });

  it('walks a folder once when a link inside it points back up', async () => {
    write('a.txt', ARTICLE('الرستن'));
    write('sub/b.txt', ARTICLE('تلبيسة'));
    symlinkSync('..', join(dir, 'in', 'sub', 'up'));
    const r = await runIngest(opts());
    expect(r.exitCode).toBe(0);
    expect(r.data!.index.articles).toBe(2);
    expect(r.warnings.filter((w) => w.includes('same article'))).toEqual([]);
  });

  it('says a stray NUL byte is what it is, with where it is', () => {
    const text = new TextEncoder().encode('سطر أول\nسطر ثان\u0000 فيه بايت صفري\n');
    const r = decodeBytes(text, 'nul.txt', { detect: () => [], decode: () => '' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(`nul.txt: a NUL byte (the first at byte ${text.indexOf(0)}, line 2) inside otherwise valid UTF-8 text; NUL is not text: remove it`);
  });

  it('says UTF-16 without a byte-order mark is that', () => {
    const le = Buffer.from('Some text, then more text.\n', 'utf16le');
    const r = decodeBytes(le, 'u16.txt', { detect: () => [], decode: () => '' });
    expect(!r.ok && r.error).toMatch(/^u16\.txt: looks like UTF-16 without a byte-order mark/);
  });

  it('writes a file name holding a newline or an escape sequence as visible escapes, one line per message', () => {
    write('bad\nname.txt', '');
    write('\u001b[2Jclear.txt', '');
    write('good.txt', ARTICLE('الرستن'));
    const r = cli([join(dir, 'in'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr.trim().split('\n').sort()).toEqual(['\\u001b[2Jclear.txt: empty file', 'bad\\nname.txt: empty file']);
  });

  it('leaves ordinary Arabic text alone and escapes bidirectional overrides', () => {
    expect(terminalSafe('دوما: ملف فارغ')).toBe('دوما: ملف فارغ');
    expect(terminalSafe('a\u202eb')).toBe('a\\u202eb');
  });
});
