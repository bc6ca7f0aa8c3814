// GDAL (a consumer that is not ours) must read the export and carry it through GeoPackage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../src/lib/export/build.ts';
import { serialiseExport } from '../../src/lib/export/serialise.ts';
import { loadFixtureInputs } from '../fixtures/export/load.ts';

const hasGdal = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasGdal) console.log('export-gdal: skipped, `ogrinfo` is not installed (apt-get install gdal-bin)');

const tmp = mkdtempSync(join(tmpdir(), 'export-gdal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

interface LayerSummary {
  count: number;
  geometry: string;
  fields: Record<string, string>;
}

function summary(file: string): LayerSummary {
  const text = run('ogrinfo', ['-ro', '-al', '-so', file]);
  const fields: Record<string, string> = {};
  const after = text.slice(text.indexOf('Data axis to CRS axis mapping'));
  for (const m of after.matchAll(/^(\w+): (\w+(?:\(\w+\))?) \(/gm)) if (m[1] && m[2]) fields[m[1]] = m[2];
  delete fields.Data;
  return {
    count: Number(/Feature Count: (\d+)/.exec(text)?.[1]),
    geometry: /Geometry: (.+)/.exec(text)?.[1] ?? '',
    fields,
  };
}

describe.skipIf(!hasGdal)('exported GeoJSON in GDAL', () => {
  const file = join(tmp, 'zones.geojson');
  writeFileSync(file, serialiseExport(buildExport(loadFixtureInputs(), { withExcerpts: true })));

  it('ogrinfo reads every zone as a (multi)polygon with the expected fields and types', () => {
    const s = summary(file);
    expect(s.count).toBe(4);
    expect(s.geometry).toBe('Multi Polygon');
    expect(s.fields).toMatchObject({
      id: 'String',
      name_ar: 'String',
      name_en: 'String',
      lifecycle: 'String(JSON)',
      approximate: 'Integer(Boolean)',
      provenance: 'String',
      method: 'String',
      area_km2: 'Real',
      core_sub_districts: 'String(JSON)',
      partial_sub_districts: 'String(JSON)',
      excluded_sub_districts: 'String(JSON)',
      excerpts: 'String(JSON)',
    });
  });

  it('ogr2ogr to GeoPackage and back keeps every feature and every field', () => {
    const gpkg = join(tmp, 'out.gpkg');
    const back = join(tmp, 'back.geojson');
    const warnings = spawnSync('ogr2ogr', ['-f', 'GPKG', gpkg, file], { encoding: 'utf8' });
    expect(warnings.status).toBe(0);
    expect(warnings.stderr).not.toMatch(/Warning/);
    run('ogr2ogr', ['-f', 'GeoJSON', back, gpkg]);
    const before = summary(file);
    const after = summary(back);
    expect(after.count).toBe(before.count);
    expect(Object.keys(after.fields)).toEqual(Object.keys(before.fields));
    expect(after.fields).toEqual(before.fields);
    const ids = run('ogrinfo', ['-ro', '-al', '-q', back]).match(/^\s+id \(String\) = (.+)$/gm);
    expect(ids?.map((l) => l.trim().replace('id (String) = ', ''))).toEqual(['idlib', 'north-homs', 'eastern-ghouta', 'south']);
  });
});
