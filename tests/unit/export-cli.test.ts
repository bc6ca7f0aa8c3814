import { getIssues } from '@placemarkio/check-geojson';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../fixtures/export/load.ts';
import { PROJECT_ROOT, runExportCli } from '../fixtures/export/run-cli.ts';
import { csvCell, CSV_COLUMNS } from '../../src/lib/export/csv.ts';

const DATA = join(FIXTURE_DIR, 'data');
const GEO = join(FIXTURE_DIR, 'geo');
const tmp = mkdtempSync(join(tmpdir(), 'export-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Out {
  type: string;
  features: { id: string; properties: Record<string, unknown> }[];
}

describe('export CLI', () => {
  it('writes exactly one parseable FeatureCollection to stdout', () => {
    const r = runExportCli(['--data', DATA, '--geo', GEO]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f) => f.id)).toEqual(['idlib', 'north-homs', 'eastern-ghouta', 'south']);
    expect(getIssues(r.stdout)).toEqual([]);
  });

  it('applies --zones, --with-excerpts and --core-only', () => {
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--zones', 'south,idlib', '--with-excerpts', '--core-only']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.features.map((f) => f.id)).toEqual(['idlib', 'south']);
    expect(out.features.every((f) => f.properties.geometry_parts === 'core')).toBe(true);
    expect((out.features[0]?.properties.excerpts as unknown[]).length).toBe(3);
  });

  it('writes --out atomically, prints nothing on stdout and leaves no temporary file', () => {
    const file = join(tmp, 'nested', 'zones.geojson');
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--out', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(getIssues(readFileSync(file, 'utf8'))).toEqual([]);
    expect(readdirSync(join(tmp, 'nested'))).toEqual(['zones.geojson']);
  });

  it('resolves a relative --data and --out against the working directory', () => {
    const r = runExportCli(['--data', 'data', '--geo', 'geo', '--out', join(tmp, 'rel.geojson')], FIXTURE_DIR);
    expect(r.status).toBe(0);
    expect(existsSync(join(tmp, 'rel.geojson'))).toBe(true);
  });

  it('reads data/ from the project root by default, wherever it is run from', () => {
    const r = runExportCli(['--geo', GEO], tmp);
    if (existsSync(join(PROJECT_ROOT, 'data', 'index.json'))) expect(r.status).toBe(0);
    else expect(r.stderr).toContain(join(PROJECT_ROOT, 'data', 'index.json'));
  });

  it('exits 2 on an unknown zone id and lists the valid ones on stderr', () => {
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--zones', 'idlib,aleppo']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"aleppo"');
    expect(r.stderr).toContain('idlib, north-homs, eastern-ghouta, south');
  });

  it('exits 2 on an unknown option', () => {
    const r = runExportCli(['--data', DATA, '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bogus/);
  });

  it('exits 1 naming the missing file when --data has no index.json', () => {
    const r = runExportCli(['--data', tmp, '--geo', GEO]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(join(tmp, 'index.json'));
  });

  it('writes CSV citations with --csv', () => {
    const csv = join(tmp, 'citations.csv');
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--zones', 'north-homs', '--csv', csv]);
    expect(r.status).toBe(0);
    const text = readFileSync(csv, 'utf8');
    const attribution = (JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { attribution: string }).attribution;
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.startsWith('\uFEFFexcerpt_id,article_id,zone,outlet,date,title,url,excerpt,strength,')).toBe(true);
    expect(text).toContain(',north-homs,عنب بلدي,2017-08-04,الرستن');
    expect(text.trimEnd().split('\r\n').slice(1).every((line) => line.endsWith(','.concat(csvCell(attribution))))).toBe(true);
  });

  it('gives byte-identical output on repeated runs', () => {
    const a = runExportCli(['--data', DATA, '--geo', GEO, '--with-excerpts']);
    const b = runExportCli(['--data', DATA, '--geo', GEO, '--with-excerpts']);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(b.stdout).toBe(a.stdout);
  });
});
