// Export at a date (--at) and of the agreements (--agreements): the contract scripts rely on, checked
// through the CLI on the fixture, with GDAL and an independent GeoJSON validator.
import { getIssues } from '@placemarkio/check-geojson';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementsCsv, exportAgreements, isCalendarDate } from '../../src/lib/export/agreements.ts';
import { buildExport } from '../../src/lib/export/build.ts';
import { FIXTURE_DIR, loadFixtureInputs } from '../fixtures/export/load.ts';
import { runExportCli } from '../fixtures/export/run-cli.ts';

const DATA = join(FIXTURE_DIR, 'data');
const GEO = join(FIXTURE_DIR, 'geo');
const tmp = mkdtempSync(join(tmpdir(), 'export-agreements-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const hasGdal = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;

interface Zone {
  id: string;
  properties: { state?: string; agreements?: { id: string; title_en: string }[] };
}

describe('export --at', () => {
  it('gives each zone its state and standing agreements on the day, and says the day', () => {
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--at', '2018-04-20']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { at: string; features: Zone[] };
    expect(out.at).toBe('2018-04-20');
    const byZone = Object.fromEntries(out.features.map((f) => [f.id, f.properties]));
    expect(byZone['eastern-ghouta']?.state).toBe('ended');
    expect(byZone['eastern-ghouta']?.agreements?.map((a) => a.id)).toEqual(['douma-2018']);
    expect(byZone['idlib']?.state).toBe('in-force');
    expect(byZone['idlib']?.agreements?.map((a) => a.id)).toEqual(['astana-memorandum']);
    expect(getIssues(r.stdout)).toEqual([]);
  });

  it('has every zone not yet agreed before the memorandum and no agreements', () => {
    const out = buildExport(loadFixtureInputs(), { at: '2017-01-01' });
    expect(out.features.map((f) => [f.properties.state, f.properties.agreements])).toEqual(Array(4).fill(['not-yet', []]));
  });

  it('leaves state and agreements out without --at', () => {
    const out = buildExport(loadFixtureInputs());
    expect(out.features.every((f) => !('state' in f.properties) && !('agreements' in f.properties))).toBe(true);
  });

  it('refuses a day that is not on the calendar with status 2', () => {
    for (const bad of ['2017-02-30', '2017-5-6', 'yesterday']) {
      const r = runExportCli(['--data', DATA, '--geo', GEO, '--at', bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain('--at needs a calendar day written YYYY-MM-DD');
    }
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2017-02-29')).toBe(false);
  });

  it('exits 1 naming geo/agreements.json when it is missing', () => {
    const geo = join(tmp, 'geo-without-agreements');
    mkdirSync(geo);
    copyFileSync(join(GEO, 'zones.geojson'), join(geo, 'zones.geojson'));
    const r = runExportCli(['--data', DATA, '--geo', geo, '--at', '2018-01-01']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(geo, 'agreements.json')}: cannot read (no such file)`);
  });

  it.skipIf(!hasGdal)('ogrinfo reads state as a string and agreements as JSON, and both survive GeoPackage', () => {
    const file = join(tmp, 'at.geojson');
    const gpkg = join(tmp, 'at.gpkg');
    const back = join(tmp, 'at-back.geojson');
    expect(runExportCli(['--data', DATA, '--geo', GEO, '--at', '2017-07-25', '--out', file]).status).toBe(0);
    const info = spawnSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^state: String \(/m);
    expect(info).toMatch(/^agreements: String\(JSON\) \(/m);
    const toGpkg = spawnSync('ogr2ogr', ['-f', 'GPKG', gpkg, file], { encoding: 'utf8' });
    expect(toGpkg.status).toBe(0);
    expect(toGpkg.stderr).not.toMatch(/Warning/);
    expect(spawnSync('ogr2ogr', ['-f', 'GeoJSON', back, gpkg], { encoding: 'utf8' }).status).toBe(0);
    const values = spawnSync('ogrinfo', ['-ro', '-al', '-q', back], { encoding: 'utf8' }).stdout;
    expect(values.match(/state \(String\) = (.+)/g)).toEqual([
      'state (String) = in-force',
      'state (String) = in-force',
      'state (String) = lines-agreed',
      'state (String) = in-force',
    ]);
    expect(values).toMatch(/agreements \(String\(JSON\)\) = \[ \{ "id": "astana-memorandum"/);
  });
});

describe('export --agreements', () => {
  it('writes the agreements as a JSON array with the promised fields, by date', () => {
    const r = runExportCli(['--agreements', '--geo', GEO]);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((a) => a['id'])).toEqual(['astana-memorandum', 'cairo-ghouta', 'douma-2018']);
    for (const key of ['id', 'date', 'title_ar', 'title_en', 'zones', 'parties', 'provisions_ar', 'provisions_en', 'sources']) {
      expect(rows.every((a) => key in a), key).toBe(true);
    }
    expect(rows[1]?.['parties']).toContainEqual({ name_ar: 'مصر', name_en: 'Egypt', role: 'broker' });
  });

  it('writes --out and --csv together, the CSV with a BOM, CRLF and one row per agreement', () => {
    const out = join(tmp, 'agreements.json');
    const csv = join(tmp, 'agreements.csv');
    const r = runExportCli(['--agreements', '--geo', GEO, '--out', out, '--csv', csv]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFid,date,in_force,title_ar,title_en,zones')).toBe(true);
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(4);
    expect(existsSync(out)).toBe(true);
  });

  it('filters by --zones and refuses options that belong to the zones export', () => {
    const r = runExportCli(['--agreements', '--geo', GEO, '--zones', 'idlib']);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((a) => a.id)).toEqual(['astana-memorandum']);
    const bad = runExportCli(['--agreements', '--geo', GEO, '--with-excerpts']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('takes no --with-excerpts');
  });

  it('guards CSV cells against formulas', () => {
    const [row] = exportAgreements(loadFixtureInputs().agreements);
    if (!row) throw new Error('no agreement');
    const text = agreementsCsv([{ ...row, title_en: '=HYPERLINK("x")' }]);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
