// Write data/ all at once: every file validated, written into a fresh folder beside the output,
// then swapped in by renames. A failure before the swap leaves the old output untouched.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ArticleText, CoverageIndex, PlaceUse, ZoneCoverage, parseOrThrow } from '../../lib/schema.ts';
import { array } from 'valibot';
import { IngestReport } from '../../lib/ingest/report.ts';
import type { Assembled } from '../../lib/ingest/assemble.ts';

/** JSON with sorted object keys, two-space indent, final newline: byte-stable. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 1)}\n`;
}

export async function writeData(out: string, data: Assembled): Promise<void> {
  const files = new Map<string, string>();
  const put = (rel: string, value: unknown): void => void files.set(rel, stableJson(value));
  put('index.json', parseOrThrow(CoverageIndex, data.index, 'index.json'));
  for (const [key, cov] of data.zones) put(`zones/${key}.json`, parseOrThrow(ZoneCoverage, cov, `zones/${key}.json`));
  for (const a of data.articles) put(`articles/${a.id}.json`, parseOrThrow(ArticleText, a, `articles/${a.id}.json`));
  put('places.json', parseOrThrow(array(PlaceUse), data.places, 'places.json'));
  put('report.json', parseOrThrow(IngestReport, data.report, 'report.json'));

  const parent = dirname(out);
  const tmp = join(parent, `.${basename(out)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(out)}.old-${process.pid}`);
  try {
    await mkdir(parent, { recursive: true });
    await rm(tmp, { recursive: true, force: true });
    await mkdir(join(tmp, 'zones'), { recursive: true });
    await mkdir(join(tmp, 'articles'), { recursive: true });
    for (const [rel, text] of files) await writeFile(join(tmp, rel), text);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`${out}: cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let moved = false;
  try {
    await rename(out, old);
    moved = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(tmp, { recursive: true, force: true });
      throw new Error(`${out}: cannot replace output (${(e as NodeJS.ErrnoException).code})`);
    }
  }
  try {
    await rename(tmp, out);
  } catch (e) {
    if (moved) await rename(old, out);
    await rm(tmp, { recursive: true, force: true });
    throw new Error(`${out}: cannot replace output (${(e as NodeJS.ErrnoException).code})`);
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
