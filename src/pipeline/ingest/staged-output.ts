// data/ written as the articles come: each article's text file at once, each excerpt serialised once
// into a spool file per coverage key, then at the end every zone file laid out from the spools in
// article order. Everything goes into a fresh folder beside the output, swapped in by renames at the
// end; any failure before the swap removes that folder and leaves the old output untouched.
// Every piece is validated with the schema before it is written.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { array } from 'valibot';
import { ArticleMeta, ArticleText, CoverageIndex, Excerpt, PlaceUse, ZoneCoverage, parseOrThrow } from '../../lib/schema.ts';
import { COVERAGE_KEYS, byDateThenId, type CoverageKey, type Finished } from '../../lib/ingest/assemble.ts';
import { IngestReport } from '../../lib/ingest/report.ts';
import { nestedJson, stableJson } from '../../lib/ingest/stable-json.ts';
import { BufferedFile } from './buffered-file.ts';

/** Where one article's pieces sit in the spools. */
interface Slot {
  id: string;
  date: string | null;
  metaAt: number;
  metaLength: number;
  /** Per coverage key (COVERAGE_KEYS order): byte offset and length of its excerpts, or -1. */
  ranges: number[];
}

const ioError = (out: string, e: unknown, what = 'write'): Error =>
  new Error(`${out}: cannot ${what} output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);

function isIoError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

export class StagedOutput {
  private readonly slots: Slot[] = [];
  private readonly metaSpool: BufferedFile;
  private readonly spools: BufferedFile[];

  private constructor(
    private readonly out: string,
    private readonly tmp: string,
  ) {
    this.metaSpool = new BufferedFile(join(tmp, '.spool-articles'));
    this.spools = COVERAGE_KEYS.map((k) => new BufferedFile(join(tmp, `.spool-${k}`)));
  }

  /** Create the staging folder beside `out`. */
  static open(out: string): StagedOutput {
    const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
    try {
      mkdirSync(dirname(out), { recursive: true });
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(join(tmp, 'zones'), { recursive: true });
      mkdirSync(join(tmp, 'articles'));
      return new StagedOutput(out, tmp);
    } catch (e) {
      try {
        rmSync(tmp, { recursive: true, force: true });
      } catch {
        // nothing was created there
      }
      throw ioError(out, e);
    }
  }

  /** Write one article's text file and spool its metadata and its excerpts, grouped by coverage key. */
  addArticle(text: ArticleText, meta: ArticleMeta, byKey: Map<CoverageKey, Excerpt[]>): void {
    const file = `articles/${text.id}.json`;
    const body = stableJson(parseOrThrow(ArticleText, text, file));
    const metaJson = nestedJson(parseOrThrow(ArticleMeta, meta, `zones/*.json: article ${meta.id}`), 2);
    const serialised = new Map<Excerpt, string>();
    const ranges = COVERAGE_KEYS.map(() => -1).concat(COVERAGE_KEYS.map(() => 0));
    const chunks: [number, string][] = [];
    for (const [key, excerpts] of byKey) {
      const parts = excerpts.map((e) => {
        let s = serialised.get(e);
        if (s === undefined) {
          s = nestedJson(parseOrThrow(Excerpt, e, `zones/${key}.json: excerpt ${e.id}`), 2);
          serialised.set(e, s);
        }
        return s;
      });
      chunks.push([COVERAGE_KEYS.indexOf(key), parts.join(',\n')]);
    }
    this.io(() => {
      writeFileSync(join(this.tmp, file), body);
      const metaAt = this.metaSpool.size;
      this.metaSpool.text(metaJson);
      for (const [k, chunk] of chunks) {
        const spool = this.spools[k]!;
        ranges[k] = spool.size;
        spool.text(chunk);
        ranges[k + COVERAGE_KEYS.length] = spool.size - ranges[k]!;
      }
      this.slots.push({ id: text.id, date: meta.date, metaAt, metaLength: this.metaSpool.size - metaAt, ranges });
    });
  }

  /** Lay out the zone files, write index, places and report, and swap the folder in. */
  finish(f: Finished): void {
    const index = stableJson(parseOrThrow(CoverageIndex, f.index, 'index.json'));
    const places = stableJson(parseOrThrow(array(PlaceUse), f.places, 'places.json'));
    const report = stableJson(parseOrThrow(IngestReport, f.report, 'report.json'));
    for (const key of COVERAGE_KEYS) parseOrThrow(ZoneCoverage, { zone: key, articles: [], excerpts: [] }, `zones/${key}.json`);
    this.io(() => {
      this.slots.sort(byDateThenId);
      this.metaSpool.close();
      for (const s of this.spools) s.close();
      const metaFd = openSync(this.metaSpool.path, 'r');
      try {
        COVERAGE_KEYS.forEach((key, k) => this.writeZone(key, k, metaFd));
      } finally {
        closeSync(metaFd);
      }
      for (const s of [this.metaSpool, ...this.spools]) rmSync(s.path);
      writeFileSync(join(this.tmp, 'index.json'), index);
      writeFileSync(join(this.tmp, 'places.json'), places);
      writeFileSync(join(this.tmp, 'report.json'), report);
    });
    this.swap();
  }

  /** Remove the staging folder; the output is left as it was. */
  abort(): void {
    for (const s of [this.metaSpool, ...this.spools]) {
      try {
        s.discard();
      } catch {
        // the folder goes anyway
      }
    }
    rmSync(this.tmp, { recursive: true, force: true });
  }

  /** zones/<key>.json, byte for byte what stableJson gives for { zone, articles, excerpts }. */
  private writeZone(key: CoverageKey, k: number, metaFd: number): void {
    const slots = this.slots.filter((s) => s.ranges[k]! >= 0);
    const file = new BufferedFile(join(this.tmp, 'zones', `${key}.json`));
    const spoolFd = openSync(this.spools[k]!.path, 'r');
    try {
      if (slots.length === 0) file.text('{\n "articles": [],\n "excerpts": [],\n');
      else {
        file.text('{\n "articles": [\n');
        slots.forEach((s, i) => {
          if (i > 0) file.text(',\n');
          file.copyFrom(metaFd, s.metaAt, s.metaLength);
        });
        file.text('\n ],\n "excerpts": [\n');
        slots.forEach((s, i) => {
          if (i > 0) file.text(',\n');
          file.copyFrom(spoolFd, s.ranges[k]!, s.ranges[k + COVERAGE_KEYS.length]!);
        });
        file.text('\n ],\n');
      }
      file.text(` "zone": ${JSON.stringify(key)}\n}\n`);
    } finally {
      closeSync(spoolFd);
      file.close();
    }
  }

  private swap(): void {
    const old = join(dirname(this.out), `.${basename(this.out)}.old-${process.pid}`);
    let moved = false;
    try {
      renameSync(this.out, old);
      moved = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        rmSync(this.tmp, { recursive: true, force: true });
        throw ioError(this.out, e, 'replace');
      }
    }
    try {
      renameSync(this.tmp, this.out);
    } catch (e) {
      if (moved) renameSync(old, this.out);
      rmSync(this.tmp, { recursive: true, force: true });
      throw ioError(this.out, e, 'replace');
    }
    if (moved) rmSync(old, { recursive: true, force: true });
  }

  private io(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      throw isIoError(e) ? ioError(this.out, e) : e;
    }
  }
}
