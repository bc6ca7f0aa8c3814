import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExportInputs } from '../../src/pipeline/export/read-inputs.ts';
import { FIXTURE_DIR, loadFixtureInputs } from '../fixtures/export/load.ts';

let dir: string;
const data = (...p: string[]): string => join(dir, 'data', ...p);
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const write = (file: string, v: unknown): void => writeFileSync(file, JSON.stringify(v, null, 1));

/** Cut the fixture's idlib page (3 excerpts, 3 articles) into two pages: 2 excerpts, then 1. */
function splitIdlib(): void {
  const whole = read(data('zones', 'idlib', '0.json')) as { excerpts: { article_id: string }[]; articles: { id: string }[] };
  const cut = (from: number, to: number, page: number): unknown => {
    const excerpts = whole.excerpts.slice(from, to);
    const ids = new Set(excerpts.map((e) => e.article_id));
    return { ...whole, excerpts, articles: whole.articles.filter((a) => ids.has(a.id)), page, pages: 2 };
  };
  write(data('zones', 'idlib', '0.json'), cut(0, 2, 0));
  write(data('zones', 'idlib', '1.json'), cut(2, 3, 1));
  const index = read(data('index.json')) as { per_zone: Record<string, { pages: number }> };
  index.per_zone['idlib']!.pages = 2;
  write(data('index.json'), index);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-pages-'));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  splitIdlib();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('export reads a zone from all its pages', () => {
  it('joins the pages the index counts into the same coverage as the single page', async () => {
    const inputs = await readExportInputs(join(dir, 'geo'), data(), undefined, true);
    expect(inputs.coverage).toEqual(loadFixtureInputs().coverage);
    expect(inputs.coverage?.idlib?.excerpts).toHaveLength(3);
  });

  it('names the missing page when the index counts more pages than there are', async () => {
    rmSync(data('zones', 'idlib', '1.json'));
    await expect(readExportInputs(join(dir, 'geo'), data(), ['idlib'], true)).rejects.toThrow(`${data('zones', 'idlib', '1.json')}: cannot read (no such file)`);
  });

  it('names a page that is another zone’s or out of place', async () => {
    write(data('zones', 'idlib', '1.json'), { ...read(data('zones', 'idlib', '1.json')), page: 0 });
    await expect(readExportInputs(join(dir, 'geo'), data(), ['idlib'], true)).rejects.toThrow(/idlib\/1\.json: is page 0, expected page 1/);
    write(data('zones', 'idlib', '1.json'), { ...read(data('zones', 'idlib', '1.json')), page: 1, zone: 'south' });
    await expect(readExportInputs(join(dir, 'geo'), data(), ['idlib'], true)).rejects.toThrow(/idlib\/1\.json: holds the coverage of "south", expected "idlib"/);
  });
});
