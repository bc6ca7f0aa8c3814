import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../fixtures/export/load.ts';
import { runExportCli } from '../fixtures/export/run-cli.ts';
import { writeAllAtomic } from '../../src/pipeline/files.ts';

const DATA = join(FIXTURE_DIR, 'data');
const GEO = join(FIXTURE_DIR, 'geo');
const tmp = mkdtempSync(join(tmpdir(), 'export-both-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('export with --csv and --out', () => {
  it('changes neither file when --out cannot be written, and says which one failed', () => {
    const dir = join(tmp, 'a');
    mkdirSync(dir);
    const csv = join(dir, 'citations.csv');
    writeFileSync(csv, 'the citations I already had');
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--csv', csv, '--out', join(blocker, 'zones.geojson')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/blocker\/zones\.geojson: cannot write \((ENOTDIR|EEXIST)\); no file was changed/);
    expect(readFileSync(csv, 'utf8')).toBe('the citations I already had');
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'citations.csv']);
  });

  it('refuses an --out that is a folder before writing anything', () => {
    const dir = join(tmp, 'b');
    mkdirSync(join(dir, 'zones.geojson'), { recursive: true });
    const csv = join(dir, 'citations.csv');
    writeFileSync(csv, 'old');
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--csv', csv, '--out', join(dir, 'zones.geojson')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/zones\.geojson: is a folder; give the name of a file to write/);
    expect(readFileSync(csv, 'utf8')).toBe('old');
  });

  it('writes both when both can be written', () => {
    const dir = join(tmp, 'c');
    mkdirSync(dir);
    const r = runExportCli(['--data', DATA, '--geo', GEO, '--csv', join(dir, 'c.csv'), '--out', join(dir, 'z.geojson')]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['c.csv', 'z.geojson']);
  });
});

describe('writeAllAtomic', () => {
  it('puts every earlier file back when a later one fails', () => {
    const dir = join(tmp, 'd');
    mkdirSync(dir);
    writeFileSync(join(dir, 'one'), '1 old');
    writeFileSync(join(dir, 'two'), '2 old');
    writeFileSync(join(dir, 'file'), 'x');
    expect(() =>
      writeAllAtomic([
        { file: join(dir, 'one'), data: '1 new' },
        { file: join(dir, 'two'), data: '2 new' },
        { file: join(dir, 'file', 'three'), data: '3 new' },
      ]),
    ).toThrow(/file\/three: cannot write/);
    expect(readFileSync(join(dir, 'one'), 'utf8')).toBe('1 old');
    expect(readFileSync(join(dir, 'two'), 'utf8')).toBe('2 old');
    expect(readdirSync(dir).sort()).toEqual(['file', 'one', 'two']);
  });
});
