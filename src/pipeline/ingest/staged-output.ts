// data/ written as the articles come: each article's text and metadata and each excerpt serialised
// once into spool files (one per coverage key for the excerpts), then at the end the pages of every
// coverage file cut from the spools in reading order (data/zones/<key>/<n>.json, see schema.ts), and
// the article files written with the page of each of their excerpts, and places.json one place at a
// time, with months.json (each coverage file's excerpts per month) and agreement-excerpts.json. The
// pages and article files are end work (EndWork: spool names and flat numbers) that other threads can
// share out and write while this one writes the rest. What is kept per article and per excerpt until
// the end is byte offsets into the spools, in typed arrays (NumberColumn): nothing the garbage
// collector has to trace. Everything goes into a fresh folder
// beside the output, swapped in by renames at the end; any failure before the swap removes that folder
// and leaves the old output untouched. Every piece is validated with the schema before it is written.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
import { AgreementUses, CoverageMonths } from '../../lib/time-schema.ts';
import { COVERAGE_KEYS, type CoverageKey, type Finished } from '../../lib/ingest/assemble.ts';
import { IngestReport } from '../../lib/ingest/report.ts';
import { NumberColumn } from '../../lib/ingest/column.ts';
import { nestedJson, stableJson } from '../../lib/ingest/stable-json.ts';
import { BufferedFile, fileBuffer } from './buffered-file.ts';
import type { PackedArticle } from './packed-results.ts';

/** Byte range [at, at + length) of a spool file. */
interface Range {
  at: number;
  length: number;
}

/** One page being cut: its excerpts as (article number, spool range), in flat arrays reused page to page. */
interface PageCut {
  count: number;
  article: Int32Array;
  at: Float64Array;
  length: Float64Array;
}

const Locations = array(ExcerptLocation);
/** The empty list an article file is staged with, replaced by its locations at the end. */
const NO_LOCATIONS = '\n "locations": [],\n';

const ioError = (out: string, e: unknown, what = 'write'): Error =>
  new Error(`${out}: cannot ${what} output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);

function isIoError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** `length` bytes at `at` of the open file `fd` as text, read through `scratch` when it is large enough. */
function readText(fd: number, at: number, length: number, scratch: Buffer): string {
  const buf = length <= scratch.length ? scratch : Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const got = readSync(fd, buf, done, length - done, at + done);
    if (got <= 0) throw Object.assign(new Error('short read from a spool file'), { code: 'EIO' });
    done += got;
  }
  return buf.toString('utf8', 0, length);
}

/** Where piece i starts in a spool whose pieces' ends are `ends` (the pieces follow one another). */
function startOf(ends: NumberColumn, i: number): number {
  return i === 0 ? 0 : ends.at(i - 1);
}

/** One article validated and serialised for the spools: its text file (locations still empty), its metadata, its excerpts per coverage key number. */
export interface StagedArticle {
  id: string;
  body: string;
  meta: string;
  chunks: [number, string[]][];
}

/** Validate and serialise one article (no output touched: this may run in any thread). */
export function stageArticle(text: ArticleText, meta: ArticleMeta, byKey: Map<CoverageKey, Excerpt[]>): StagedArticle {
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
  return { id: text.id, body, meta: metaJson, chunks };
}

/** One article file to write at the end: its staged text's byte range in the text spool, and its locations as JSON. */
export interface ArticleJob {
  id: string;
  at: number;
  length: number;
  locations: string;
}

/**
 * The pages of one coverage file to cut, pages [from, to) of `pages`: everything needed as flat
 * numbers and file names, so that any thread can cut them from the spools.
 */
export interface PageJob {
  key: CoverageKey;
  /** The key's excerpt spool. */
  spool: string;
  pages: number;
  total: number;
  from: number;
  to: number;
  /** Article numbers (add order) in reading order. */
  order: Int32Array;
  /** Per article, the number of its first excerpt in this key's spool. */
  first: Float64Array;
  /** Per excerpt of the key's spool, where it ends there. */
  ends: Float64Array;
}

/** What is written at the end from the spools: article files and coverage pages, in `tmp`. */
export interface EndWork {
  tmp: string;
  textSpool: string;
  metaSpool: string;
  /** Per article, where its metadata ends in the metadata spool. */
  metaEnd: Float64Array;
  articles: ArticleJob[];
  pages: PageJob[];
}

/**
 * Writes end work (writeEndWork, perhaps shared out among other threads: see splitEndWork): `first`
 * at once, then what `then()` gives (made while the first is being written); resolves once all is written.
 */
export type EndWriter = (first: EndWork, then: () => EndWork) => Promise<void>;

/** `n` parts of `work` of about the same size: a contiguous share of the article files and of each coverage file's pages each (empty parts left out). */
export function splitEndWork(work: EndWork, n: number): EndWork[] {
  const parts: EndWork[] = [];
  const share = (count: number, i: number): [number, number] => [Math.floor((count * i) / n), Math.floor((count * (i + 1)) / n)];
  for (let i = 0; i < n; i++) {
    const [a0, a1] = share(work.articles.length, i);
    const pages = work.pages.flatMap((job) => {
      const [from, to] = share(job.to - job.from, i);
      return to > from ? [{ ...job, from: job.from + from, to: job.from + to }] : [];
    });
    if (a1 > a0 || pages.length > 0) parts.push({ ...work, articles: work.articles.slice(a0, a1), pages });
  }
  return parts;
}

/** Write `work`: its article files, each staged text with its locations spliced in, and its pages. */
export function writeEndWork(work: EndWork, scratch: Buffer = fileBuffer()): void {
  const textFd = openSync(work.textSpool, 'r');
  try {
    for (const job of work.articles) {
      const staged = readText(textFd, job.at, job.length, scratch);
      writeFileSync(join(work.tmp, `articles/${job.id}.json`), staged.replace(NO_LOCATIONS, () => `\n "locations": ${job.locations},\n`));
    }
  } finally {
    closeSync(textFd);
  }
  if (work.pages.length === 0) return;
  const metaFd = openSync(work.metaSpool, 'r');
  try {
    for (const job of work.pages) writePages(work, job, metaFd, scratch);
  } finally {
    closeSync(metaFd);
  }
}

/** zones/<key>/<n>.json for n in [job.from, job.to): PAGE_SIZE excerpts at a time along the reading order. */
function writePages(work: EndWork, job: PageJob, metaFd: number, scratch: Buffer): void {
  const { key, order, first, ends, from, to } = job;
  const articles = first.length;
  const cut: PageCut = { count: 0, article: new Int32Array(PAGE_SIZE), at: new Float64Array(PAGE_SIZE), length: new Float64Array(PAGE_SIZE) };
  const spoolFd = openSync(job.spool, 'r');
  try {
    let n = 0;
    let page = from;
    const end = Math.min(to * PAGE_SIZE, job.total);
    for (let o = 0; o < order.length && n < end; o++) {
      const a = order[o]!;
      const stop = a + 1 < articles ? first[a + 1]! : ends.length;
      for (let g = first[a]!; g < stop && n < end; g++, n++) {
        if (n < from * PAGE_SIZE) continue;
        const at = g === 0 ? 0 : ends[g - 1]!;
        cut.article[cut.count] = a;
        cut.at[cut.count] = at;
        cut.length[cut.count] = ends[g]! - at;
        if (++cut.count === PAGE_SIZE) {
          writePage(work, key, { page: page++, pages: job.pages, total: job.total }, cut, spoolFd, metaFd, scratch);
          cut.count = 0;
        }
      }
    }
    // The last page, or the one empty page of a file without excerpts.
    if (cut.count > 0 || (job.total === 0 && from === 0)) writePage(work, key, { page: page++, pages: job.pages, total: job.total }, cut, spoolFd, metaFd, scratch);
    if (page !== to) throw new Error(`zones/${key}: pages ${from}…${page - 1} cut, ${from}…${to - 1} laid out`);
  } finally {
    closeSync(spoolFd);
  }
}

/** One page, byte for byte what stableJson gives for the whole ZoneCoveragePage. */
function writePage(work: EndWork, key: CoverageKey, head: { page: number; pages: number; total: number }, cut: PageCut, spoolFd: number, metaFd: number, scratch: Buffer): void {
  const name = `zones/${key}/${head.page}.json`;
  parseOrThrow(ZoneCoveragePage, { zone: key, articles: [], excerpts: [], ...head }, name);
  const file = new BufferedFile(join(work.tmp, name), scratch);
  try {
    if (cut.count === 0) file.text('{\n "articles": [],\n "excerpts": [],\n');
    else {
      file.text('{\n "articles": [\n');
      for (let i = 0; i < cut.count; i++) {
        const a = cut.article[i]!;
        if (i > 0 && a === cut.article[i - 1]) continue;
        if (i > 0) file.text(',\n');
        const at = a === 0 ? 0 : work.metaEnd[a - 1]!;
        file.copyFrom(metaFd, at, work.metaEnd[a]! - at);
      }
      file.text('\n ],\n "excerpts": [\n');
      for (let i = 0; i < cut.count; i++) {
        if (i > 0) file.text(',\n');
        file.copyFrom(spoolFd, cut.at[i]!, cut.length[i]!);
      }
      file.text('\n ],\n');
    }
    file.text(` "page": ${head.page},\n "pages": ${head.pages},\n "total": ${head.total},\n "zone": ${JSON.stringify(key)}\n}\n`);
  } finally {
    file.close();
  }
}

/** Runs staged but neither finished nor aborted: what an interrupted process must clean up. */
const OPEN = new Set<StagedOutput>();

/** Abort every open run (on SIGINT / SIGTERM): their staging folders go, their outputs stay as they were. */
export function abortOpenOutputs(): number {
  const open = [...OPEN];
  for (const s of open) s.abort();
  return open.length;
}

/**
 * The output must be a folder this command wrote (it has index.json), an empty folder, or not exist yet:
 * a regular file or someone's unrelated folder is never replaced.
 */
function checkOutputPlace(out: string): void {
  let st;
  try {
    st = statSync(out);
  } catch {
    return;
  }
  if (!st.isDirectory()) throw new Error(`${out}: exists and is not a folder; give --out a folder or a path that does not exist yet`);
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch (e) {
    throw ioError(out, e, 'read');
  }
  if (entries.length > 0 && !existsSync(join(out, 'index.json'))) {
    throw new Error(`${out}: is a folder that holds no ingest output (no index.json); refusing to replace it`);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the staging and swap folders left beside `out` by runs whose process is gone (killed, crashed). */
function reclaimAbandoned(out: string): void {
  const prefix = `.${basename(out)}.`;
  const re = /^(?:tmp|old)-(\d+)$/;
  for (const name of readdirSync(dirname(out))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(re.exec(name.slice(prefix.length))?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    const path = join(dirname(out), name);
    // A run that died between its two renames left the previous output aside: put it back.
    if (name.startsWith(`${prefix}old-`) && !existsSync(out)) renameSync(path, out);
    else rmSync(path, { recursive: true, force: true });
  }
}

export class StagedOutput {
  /** Per article (add order): its id, and where its metadata and its text end in their spools. */
  private readonly ids: string[] = [];
  private readonly metaEnd = new NumberColumn();
  private readonly textEnd = new NumberColumn();
  /** Per coverage key (COVERAGE_KEYS order): where each excerpt ends in that key's spool, in spool order. */
  private readonly excerptEnd = COVERAGE_KEYS.map(() => new NumberColumn());
  /** Per coverage key: per article, the number of its first excerpt in excerptEnd (its excerpts follow on). */
  private readonly firstExcerpt = COVERAGE_KEYS.map(() => new NumberColumn());
  private readonly metaSpool: BufferedFile;
  private readonly textSpool: BufferedFile;
  private readonly spools: BufferedFile[];
  /** The one buffer of everything done at the end, one thing after another: pages, article texts read back, places.json. */
  private readonly endBuffer = fileBuffer();

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
    checkOutputPlace(out);
    const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
    try {
      mkdirSync(dirname(out), { recursive: true });
      reclaimAbandoned(out);
      rmSync(tmp, { recursive: true, force: true });
      for (const key of COVERAGE_KEYS) mkdirSync(join(tmp, 'zones', key), { recursive: true });
      mkdirSync(join(tmp, 'articles'));
      const staged = new StagedOutput(out, tmp);
      OPEN.add(staged);
      return staged;
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
    this.addStaged(stageArticle(text, meta, byKey));
  }

  /** Spool one article already validated and serialised by stageArticle: as strings, or packed into `bytes` (packed-results.ts). */
  addStaged(s: StagedArticle | PackedArticle, bytes?: Uint8Array): void {
    this.io(() => {
      let at = 'at' in s ? s.at : 0;
      const piece = (file: BufferedFile, text: string | number): void => {
        if (typeof text === 'string') file.text(text);
        else file.bytes(bytes!.subarray(at, (at += text)));
      };
      this.ids.push(s.id);
      piece(this.textSpool, s.body);
      this.textEnd.push(this.textSpool.size);
      piece(this.metaSpool, s.meta);
      this.metaEnd.push(this.metaSpool.size);
      this.firstExcerpt.forEach((first, k) => first.push(this.excerptEnd[k]!.length));
      for (const [k, parts] of s.chunks) {
        const spool = this.spools[k]!;
        const ends = this.excerptEnd[k]!;
        for (const part of parts) {
          piece(spool, part);
          ends.push(spool.size);
        }
      }
    });
  }

  /**
   * Cut the coverage pages, write the article files, index, places and report, and the `extra` files
   * (path under the output → contents, such as the search index; or a function giving them, called
   * once the article files are under way), then swap the folder in. `writer`, when given, writes the
   * article files and pages elsewhere (worker threads) while this thread does the rest.
   */
  async finish(f: Finished, extra: Record<string, string> | (() => Record<string, string>) = {}, writer?: EndWriter): Promise<void> {
    const articles = this.ids.length;
    if (f.layout.order.length !== articles) throw new Error(`${this.out}: ${articles} articles staged, ${f.layout.order.length} laid out`);
    this.io(() => {
      for (const s of [this.metaSpool, this.textSpool, ...this.spools]) s.close();
    });
    // The pages first: the article files' locations are made (and checked) while they are being cut.
    const pages = this.pageWork(f);
    const articleWork = (): EndWork => ({ ...pages, pages: [], articles: this.articleJobs(f) });
    const elsewhere = writer ? writer(pages, articleWork) : null;
    try {
      this.io(() => {
        if (!elsewhere) {
          writeEndWork(pages, this.endBuffer);
          writeEndWork(articleWork(), this.endBuffer);
        }
        this.writePlaces(f.places);
        writeFileSync(join(this.tmp, 'index.json'), stableJson(parseOrThrow(CoverageIndex, f.index, 'index.json')));
        writeFileSync(join(this.tmp, 'report.json'), stableJson(parseOrThrow(IngestReport, f.report, 'report.json')));
        writeFileSync(join(this.tmp, 'months.json'), stableJson(parseOrThrow(CoverageMonths, f.months, 'months.json')));
        writeFileSync(join(this.tmp, 'agreement-excerpts.json'), stableJson(parseOrThrow(AgreementUses, f.agreements, 'agreement-excerpts.json')));
        for (const [name, contents] of Object.entries(typeof extra === 'function' ? extra() : extra)) {
          mkdirSync(dirname(join(this.tmp, name)), { recursive: true });
          writeFileSync(join(this.tmp, name), contents);
        }
      });
    } catch (e) {
      // The folder may go only once nothing is writing into it any more.
      await elsewhere?.catch(() => {});
      throw e;
    }
    try {
      await elsewhere;
    } catch (e) {
      throw isIoError(e) ? ioError(this.out, e) : e;
    }
    this.io(() => {
      for (const s of [this.metaSpool, this.textSpool, ...this.spools]) rmSync(s.path);
    });
    this.swap();
    OPEN.delete(this);
  }

  /** The coverage pages to write, as flat numbers and the spools' names (see writeEndWork). */
  private pageWork(f: Finished): EndWork {
    const order = Int32Array.from(f.layout.order);
    const pages = COVERAGE_KEYS.map((key, k): PageJob => {
      const total = f.layout.totals[k]!;
      const ends = this.excerptEnd[k]!;
      if (ends.length !== total) throw new Error(`zones/${key}: ${ends.length} excerpts staged, ${total} laid out`);
      const count = f.layout.pages(k);
      return { key, spool: this.spools[k]!.path, pages: count, total, from: 0, to: count, order, first: this.firstExcerpt[k]!.view().slice(), ends: ends.view().slice() };
    });
    return { tmp: this.tmp, textSpool: this.textSpool.path, metaSpool: this.metaSpool.path, metaEnd: this.metaEnd.view().slice(), articles: [], pages };
  }

  /** How many articles have been staged so far. */
  get articles(): number {
    return this.ids.length;
  }

  /** Remove the staging folder; the output is left as it was. */
  abort(): void {
    OPEN.delete(this);
    for (const s of [this.metaSpool, this.textSpool, ...this.spools]) {
      try {
        s.discard();
      } catch {
        // the folder goes anyway
      }
    }
    rmSync(this.tmp, { recursive: true, force: true });
  }

  /** Article a's metadata or text in its spool. */
  private range(ends: NumberColumn, a: number): Range {
    const at = startOf(ends, a);
    return { at, length: ends.at(a) - at };
  }

  /** Each article file to write: where its staged text is in the text spool, and its locations. */
  private articleJobs(f: Finished): ArticleJob[] {
    return this.ids.map((id, a) => {
      const text = this.range(this.textEnd, a);
      const locations = nestedJson(parseOrThrow(Locations, f.layout.locations(a), `articles/${id}.json: locations`), 1).slice(1);
      return { id, at: text.at, length: text.length, locations };
    });
  }

  /** places.json one place at a time (each validated), byte for byte what stableJson gives for the whole list. */
  private writePlaces(places: Iterable<PlaceUse>): void {
    const file = new BufferedFile(join(this.tmp, 'places.json'), this.endBuffer);
    try {
      let n = 0;
      for (const p of places) {
        file.text(n++ === 0 ? '[\n' : ',\n');
        file.text(nestedJson(parseOrThrow(PlaceUse, p, `places.json: place ${p.place_id}`), 1));
      }
      file.text(n === 0 ? '[]\n' : '\n]\n');
    } finally {
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
