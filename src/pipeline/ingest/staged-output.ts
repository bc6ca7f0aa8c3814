// data/ written as the articles come: each article's text and metadata and each excerpt serialised
// once into spool files (one per coverage key for the excerpts), then at the end the pages of every
// coverage file cut from the spools in reading order (data/zones/<key>/<n>.json, see schema.ts), and
// the article files written with the page of each of their excerpts. Everything goes into a fresh folder
// beside the output, swapped in by renames at the end; any failure before the swap removes that folder
// and leaves the old output untouched. Every piece is validated with the schema before it is written.
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { array } from 'valibot';
import {
  ArticleMeta,
  ArticleText,
  CoverageIndex,
  Excerpt,
  ExcerptLocation,
  PAGE_SIZE,
  PlaceUse,
  ZoneCoveragePage,
  parseOrThrow,
} from '../../lib/schema.ts';
import { COVERAGE_KEYS, type CoverageKey, type Finished } from '../../lib/ingest/assemble.ts';
import { IngestReport } from '../../lib/ingest/report.ts';
import { nestedJson, stableJson } from '../../lib/ingest/stable-json.ts';
import { BufferedFile } from './buffered-file.ts';

/** One article's excerpts in one coverage spool: where they start and each one's length in bytes. */
interface Run {
  at: number;
  lengths: number[];
}

/** Where one article's pieces sit in the spools. */
interface Slot {
  id: string;
  metaAt: number;
  metaLength: number;
  textAt: number;
  textLength: number;
  /** Per coverage key (COVERAGE_KEYS order): its excerpts there, or null. */
  runs: (Run | null)[];
}

/** What goes on one page: excerpts as (slot, spool offset, length). */
interface PageItem {
  slot: Slot;
  at: number;
  length: number;
}

const Locations = array(ExcerptLocation);
/** The empty list an article file is staged with, replaced by its locations at the end. */
const NO_LOCATIONS = '\n "locations": [],\n';

const ioError = (out: string, e: unknown, what = 'write'): Error =>
  new Error(`${out}: cannot ${what} output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);

function isIoError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

function readText(fd: number, at: number, length: number): string {
  const buf = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const got = readSync(fd, buf, done, length - done, at + done);
    if (got <= 0) throw Object.assign(new Error('short read from a spool file'), { code: 'EIO' });
    done += got;
  }
  return buf.toString('utf8');
}

export class StagedOutput {
  private readonly slots: Slot[] = [];
  private readonly metaSpool: BufferedFile;
  private readonly textSpool: BufferedFile;
  private readonly spools: BufferedFile[];

  private constructor(
    private readonly out: string,
    private readonly tmp: string,
  ) {
    this.metaSpool = new BufferedFile(join(tmp, '.spool-articles'));
    this.textSpool = new BufferedFile(join(tmp, '.spool-texts'));
    this.spools = COVERAGE_KEYS.map((k) => new BufferedFile(join(tmp, `.spool-${k}`)));
  }

  /** Create the staging folder beside `out`. */
  static open(out: string): StagedOutput {
    const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
    try {
      mkdirSync(dirname(out), { recursive: true });
      rmSync(tmp, { recursive: true, force: true });
      for (const key of COVERAGE_KEYS) mkdirSync(join(tmp, 'zones', key), { recursive: true });
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

  /** Spool one article's text (its locations come at the end), its metadata and its excerpts by coverage key. */
  addArticle(text: ArticleText, meta: ArticleMeta, byKey: Map<CoverageKey, Excerpt[]>): void {
    const file = `articles/${text.id}.json`;
    const body = stableJson(parseOrThrow(ArticleText, { ...text, locations: [] }, file));
    if (!body.includes(NO_LOCATIONS)) throw new Error(`${file}: unexpected layout of the article file`);
    const metaJson = nestedJson(parseOrThrow(ArticleMeta, meta, `zones/*: article ${meta.id}`), 2);
    const serialised = new Map<Excerpt, string>();
    const chunks: [number, string[]][] = [];
    for (const [key, excerpts] of byKey) {
      const parts = excerpts.map((e) => {
        let s = serialised.get(e);
        if (s === undefined) {
          s = nestedJson(parseOrThrow(Excerpt, e, `zones/${key}: excerpt ${e.id}`), 2);
          serialised.set(e, s);
        }
        return s;
      });
      chunks.push([COVERAGE_KEYS.indexOf(key), parts]);
    }
    this.io(() => {
      const textAt = this.textSpool.size;
      this.textSpool.text(body);
      const metaAt = this.metaSpool.size;
      this.metaSpool.text(metaJson);
      const runs: (Run | null)[] = COVERAGE_KEYS.map(() => null);
      for (const [k, parts] of chunks) {
        const spool = this.spools[k]!;
        const run: Run = { at: spool.size, lengths: [] };
        for (const part of parts) {
          const before = spool.size;
          spool.text(part);
          run.lengths.push(spool.size - before);
        }
        runs[k] = run;
      }
      this.slots.push({ id: text.id, metaAt, metaLength: this.metaSpool.size - metaAt, textAt, textLength: this.textSpool.size - textAt, runs });
    });
  }

  /** Cut the coverage pages, write the article files, index, places and report, and swap the folder in. */
  finish(f: Finished): void {
    const index = stableJson(parseOrThrow(CoverageIndex, f.index, 'index.json'));
    const places = stableJson(parseOrThrow(array(PlaceUse), f.places, 'places.json'));
    const report = stableJson(parseOrThrow(IngestReport, f.report, 'report.json'));
    if (f.layout.order.length !== this.slots.length) throw new Error(`${this.out}: ${this.slots.length} articles staged, ${f.layout.order.length} laid out`);
    const ordered = f.layout.order.map((n) => this.slots[n]!);
    this.io(() => {
      for (const s of [this.metaSpool, this.textSpool, ...this.spools]) s.close();
      const metaFd = openSync(this.metaSpool.path, 'r');
      try {
        COVERAGE_KEYS.forEach((key, k) => this.writePages(key, k, ordered, f, metaFd));
      } finally {
        closeSync(metaFd);
      }
      this.writeArticles(f);
      for (const s of [this.metaSpool, this.textSpool, ...this.spools]) rmSync(s.path);
      writeFileSync(join(this.tmp, 'index.json'), index);
      writeFileSync(join(this.tmp, 'places.json'), places);
      writeFileSync(join(this.tmp, 'report.json'), report);
    });
    this.swap();
  }

  /** Remove the staging folder; the output is left as it was. */
  abort(): void {
    for (const s of [this.metaSpool, this.textSpool, ...this.spools]) {
      try {
        s.discard();
      } catch {
        // the folder goes anyway
      }
    }
    rmSync(this.tmp, { recursive: true, force: true });
  }

  /** zones/<key>/<n>.json: PAGE_SIZE excerpts at a time along the reading order. */
  private writePages(key: CoverageKey, k: number, ordered: Slot[], f: Finished, metaFd: number): void {
    const total = f.layout.totals[k]!;
    const pages = f.layout.pages(k);
    const spoolFd = openSync(this.spools[k]!.path, 'r');
    try {
      let page: PageItem[] = [];
      let written = 0;
      for (const slot of ordered) {
        const run = slot.runs[k];
        if (!run) continue;
        let at = run.at;
        for (const length of run.lengths) {
          page.push({ slot, at, length });
          at += length;
          if (page.length === PAGE_SIZE) {
            this.writePage(key, { page: written++, pages, total }, page, spoolFd, metaFd);
            page = [];
          }
        }
      }
      if (page.length > 0 || written === 0) this.writePage(key, { page: written++, pages, total }, page, spoolFd, metaFd);
      if (written !== pages) throw new Error(`zones/${key}: ${written} pages cut, ${pages} laid out`);
    } finally {
      closeSync(spoolFd);
    }
  }

  /** One page, byte for byte what stableJson gives for the whole ZoneCoveragePage. */
  private writePage(key: CoverageKey, head: { page: number; pages: number; total: number }, items: PageItem[], spoolFd: number, metaFd: number): void {
    const name = `zones/${key}/${head.page}.json`;
    parseOrThrow(ZoneCoveragePage, { zone: key, articles: [], excerpts: [], ...head }, name);
    const file = new BufferedFile(join(this.tmp, name));
    try {
      if (items.length === 0) file.text('{\n "articles": [],\n "excerpts": [],\n');
      else {
        file.text('{\n "articles": [\n');
        let last: Slot | null = null;
        for (const { slot } of items) {
          if (slot === last) continue;
          if (last !== null) file.text(',\n');
          file.copyFrom(metaFd, slot.metaAt, slot.metaLength);
          last = slot;
        }
        file.text('\n ],\n "excerpts": [\n');
        items.forEach((item, i) => {
          if (i > 0) file.text(',\n');
          file.copyFrom(spoolFd, item.at, item.length);
        });
        file.text('\n ],\n');
      }
      file.text(` "page": ${head.page},\n "pages": ${head.pages},\n "total": ${head.total},\n "zone": ${JSON.stringify(key)}\n}\n`);
    } finally {
      file.close();
    }
  }

  /** articles/<id>.json, each with the page of each of its excerpts spliced in. */
  private writeArticles(f: Finished): void {
    const fd = openSync(this.textSpool.path, 'r');
    try {
      this.slots.forEach((slot, n) => {
        const file = `articles/${slot.id}.json`;
        const staged = readText(fd, slot.textAt, slot.textLength);
        const locations = nestedJson(parseOrThrow(Locations, f.layout.locations(n), `${file}: locations`), 1).slice(1);
        writeFileSync(join(this.tmp, file), staged.replace(NO_LOCATIONS, () => `\n "locations": ${locations},\n`));
      });
    } finally {
      closeSync(fd);
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
