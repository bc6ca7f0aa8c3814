import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, checkGeo, parseGeoArgs } from '../../src/pipeline/geo-cli.ts';
import { buildGeo } from '../../src/pipeline/geo/build.ts';
import { staleFiles } from '../../src/pipeline/files.ts';

const sources = resolve(PROJECT_ROOT, '../shared/geo-sources');
const scratch = mkdtempSync(join(tmpdir(), 'geo-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run geo -- --check', () => {
  it('finds the committed geo outputs up to date', () => {
    expect(checkGeo(PROJECT_ROOT, sources)).toEqual([]);
  });

  it('builds byte-identical text twice in a row', () => {
    const a = buildGeo(PROJECT_ROOT, sources).files;
    const b = buildGeo(PROJECT_ROOT, sources).files;
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k) === v, k).toBe(true);
  });

  it('lists a changed or missing file as stale', () => {
    const files = new Map([
      ['geo/a.json', '{"x":1}\n'],
      ['geo/b.json', '{"y":2}\n'],
      ['geo/c.json', '{}\n'],
    ]);
    for (const [rel, text] of files) {
      mkdirSync(dirname(join(scratch, rel)), { recursive: true });
      if (rel !== 'geo/c.json') writeFileSync(join(scratch, rel), text);
    }
    writeFileSync(join(scratch, 'geo/b.json'), '{"y":3}\n');
    expect(staleFiles(scratch, files)).toEqual(['geo/b.json', 'geo/c.json']);
    expect(readFileSync(join(scratch, 'geo/a.json'), 'utf8')).toBe('{"x":1}\n');
  });

  it('reads ../shared/geo-sources by default and --sources when given', () => {
    expect(parseGeoArgs([], '/p/main').sources).toBe('/p/shared/geo-sources');
    expect(parseGeoArgs(['--sources', '/data/src', '--check'], '/p/main')).toEqual({ sources: '/data/src', check: true });
    expect(() => parseGeoArgs(['--bogus'], '/p/main')).toThrow(/unknown argument --bogus/);
  });

  it('names the file when a source is missing', () => {
    expect(() => buildGeo(PROJECT_ROOT, scratch)).toThrow(/geo-check-.*: cannot read/);
  });
});
