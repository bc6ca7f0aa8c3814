// The whole ANT 2018 collection (../shared/corpus/ant-2018, read at run time, never copied) through the
// real ingest with the real gazetteer: what a researcher with an archive export would get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest, type RunResult } from '../../src/pipeline/ingest/run.ts';
import { outletName } from '../../src/lib/ingest/news-records.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ANT = join(ROOT, '../shared/corpus/ant-2018');
const have = existsSync(ANT) && existsSync(join(ROOT, 'geo/gazetteer.json'));

interface Meta {
  file: string;
  title: string;
  date: string | null;
  outlet: string | null;
  url: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const field = (text: string, tag: string): string => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(text)![1]!.trim();

describe.skipIf(!have)('ingest of the whole ANT 2018 collection', () => {
  let dir = '';
  let result: RunResult;
  const metas = new Map<string, Meta>();
  const excerpts: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-ant-'));
    result = await runIngest({
      inputs: [ANT],
      meta: null,
      out: join(dir, 'data'),
      gazetteer: join(ROOT, 'geo/gazetteer.json'),
      zones: join(ROOT, 'geo/zones.geojson'),
      label: 'ant-2018',
      progress: false,
    });
    for (const zone of readdirSync(join(dir, 'data', 'zones'))) {
      for (const p of readdirSync(join(dir, 'data', 'zones', zone))) {
        const page = JSON.parse(readFileSync(join(dir, 'data', 'zones', zone, p), 'utf8')) as { articles: Meta[]; excerpts: { text: string }[] };
        for (const a of page.articles) metas.set(a.file, a);
        for (const e of page.excerpts) excerpts.push(e.text);
      }
    }
  }, 300_000); // the whole collection, its search index included, on a shared machine

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses no file and reads one article per record', () => {
    expect(result.errors).toEqual([]);
    expect(result.data!.index.articles).toBe(5330);
    expect(metas.size).toBe(5330);
  });

  it("carries every record's title, date, outlet and URL over", () => {
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    let checked = 0;
    for (const path of walk(ANT)) {
      const text = readFileSync(path, 'utf8');
      const meta = metas.get(path.slice(ANT.length + 1))!;
      expect(meta, path).toBeDefined();
      const [, day, mon, year] = /^\w{3}, (\d{2}) (\w{3}) (\d{4})/.exec(field(text, 'TIME'))!;
      expect(meta.date).toBe(`${year}-${String(MONTHS.indexOf(mon!) + 1).padStart(2, '0')}-${day}`);
      expect(meta.title).toBe(field(text, 'TITLE').replace(/\s+/g, ' ').normalize('NFC'));
      expect(meta.outlet).toBe(outletName(field(text, 'SRC')));
      expect(meta.url).toBe(field(text, 'URL'));
      checked++;
    }
    expect(checked).toBe(5330);
  });

  it('leaves no dateline in any excerpt: none starts with «… (CNN)--» or «PLACE - credit»', () => {
    const lead = excerpts.filter((t) => /^[^.،]{0,60}\((CNN|BBC|رويترز|أ ف ب)\)\s*[-–—]*/.test(t.replace(/^[\u200e\u200f\u202a-\u202e\s]+/, '')));
    expect(lead).toEqual([]);
    const headed = excerpts.filter((t) => /^\S+( \S+)? [-–—] (مراسل\S*|خاص|وكالات|سكاي نيوز عربية)$/.test(t));
    expect(headed).toEqual([]);
  });

  it('reports every body filed twice as a duplicate, and leaves at most 1 % of articles without a date', () => {
    const dups = result.warnings.filter((w) => w.includes(': same article as '));
    expect(dups.length).toBe(5330 - result.data!.index.articles);
    const undated = [...metas.values()].filter((m) => m.date === null).length;
    expect(undated / metas.size).toBeLessThanOrEqual(0.01);
  });

  it('leaves no record markup or record number in any excerpt', () => {
    expect(excerpts.length).toBeGreaterThan(5330);
    const bad = excerpts.filter((t) => /<\/?[A-Z]+>|[A-Z]{2}-[A-Za-z]+-\d+-\d{8}/.test(t));
    expect(bad).toEqual([]);
  });
});
