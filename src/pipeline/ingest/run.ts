// The ingest run: read inputs, process each article and stage its output as it comes (validated),
// then lay out the coverage files and swap the new data/ in atomically.
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { Gazetteer, ZONE_IDS, ZonesCollection, parseOrThrow, type CoverageIndex } from '../../lib/schema.ts';
import { createAgreementLinker } from '../../lib/ingest/agreements.ts';
import { AgreementsFile } from '../../lib/agreements/schema.ts';
import { COVERAGE_KEYS, CoverageAssembler } from '../../lib/ingest/assemble.ts';
import type { IngestReport } from '../../lib/ingest/report.ts';
import { groupWarnings } from '../../lib/ingest/warning-kinds.ts';
import { createLinker } from '../../lib/ingest/linker.ts';
import { parseSidecar, SidecarLookup, type SidecarMeta } from '../../lib/ingest/sidecar.ts';
import { listInputs, type InputFile } from './read-inputs.ts';
import { onceEach, workFile, type FileResult, type WorkContext } from './article-work.ts';
import { WorkerPool, batchSize, type BatchRequest, type WorkerSetup } from './worker-pool.ts';
import { LazyProgress } from './progress.ts';
import { StagedOutput } from './staged-output.ts';
import { searchFiles, SearchIndexBuilder } from '../../lib/search/build.ts';
import { FacetsBuilder } from '../../lib/coverage/facets.ts';
import { TermCoder, TermDecoder } from '../../lib/search/term-codes.ts';

export interface RunOptions {
  inputs: string[];
  meta: string | null;
  out: string;
  gazetteer: string;
  zones: string;
  /** geo/agreements.json: when given, excerpts are linked to the agreements they report on. */
  agreements?: string;
  /** Worker threads; by default one per core (see workerCount). One works every file in this thread. */
  workers?: number;
  /** Shown as index.generated_from. */
  label: string;
  progress: boolean;
}

export interface RunResult {
  errors: string[];
  warnings: string[];
  data: { index: CoverageIndex; report: IngestReport } | null;
  exitCode: number;
}

export { articleId } from './article-work.ts';

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/** How many worker threads: as asked (at most one per file), or by default one per core, with a file share of at least MIN_FILES_PER_WORKER each. */
export function workerCount(asked: number | undefined, files: number): number {
  if (asked !== undefined) return Math.max(1, Math.min(asked, files));
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** By default a run starts no threads for fewer files than this each: starting one costs more than they take. */
const MIN_FILES_PER_WORKER = 16;

/** The thread number fileResults gives results worked here, whose search terms are numbered by the index's own coder. */
const HERE = -1;

/**
 * Each file's results in input order, with the number of the thread that worked it: worked here (no
 * pool: one thread, HERE, its terms numbered by `vocabulary`, the index's coder, so nothing needs
 * decoding) or on the pool's worker threads (0, 1 …, each with a coder of its own).
 */
async function* fileResults(files: InputFile[], givens: (SidecarMeta | undefined)[], pool: WorkerPool | null, setup: WorkerSetup, vocabulary: TermCoder): AsyncGenerator<[number, FileResult]> {
  if (!pool) {
    const ctx: WorkContext = { linker: createLinker(setup.gazetteer, setup.zones), agreements: setup.agreements ? createAgreementLinker(setup.agreements) : undefined, terms: vocabulary };
    const skip = onceEach();
    for (let i = 0; i < files.length; i++) yield [HERE, await workFile(files[i]!, givens[i], ctx, skip)];
    return;
  }
  const size = batchSize(files.length, pool.size);
  const batches: BatchRequest['files'][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size).map((file, j) => ({ file, given: givens[i + j] })));
  for await (const { worker, results } of pool.results(batches)) for (const r of results) yield [worker, r];
}

export async function runIngest(o: RunOptions): Promise<RunResult> {
  const errors: string[] = [];
  const warnings: string[] = [];
  // The inputs are listed first, so that the worker threads (when the run has files enough for them)
  // load their code while this thread reads and checks the gazetteer; they are sent it once it is.
  const files = await listInputs(o.inputs, errors);
  const threads = workerCount(o.workers, files.length);
  const pool = threads > 1 ? await WorkerPool.start(null, threads) : null;
  try {
    return await ingestListed(o, files, pool, errors, warnings);
  } finally {
    await pool?.close();
  }
}

async function ingestListed(o: RunOptions, files: InputFile[], pool: WorkerPool | null, errors: string[], warnings: string[]): Promise<RunResult> {
  const gazetteer = parseOrThrow(Gazetteer, await readJson(o.gazetteer), o.gazetteer);
  const zones = parseOrThrow(ZonesCollection, await readJson(o.zones), o.zones);
  const agreements = o.agreements ? parseOrThrow(AgreementsFile, await readJson(o.agreements), o.agreements) : null;
  const byId = new Map(gazetteer.entries.map((e) => [e.id, e]));
  let sidecar = new Map<string, SidecarMeta>();
  if (o.meta) {
    const text = await readFile(o.meta, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new Error(`${o.meta}: cannot read (${e.code ?? e.message})`);
    });
    sidecar = parseSidecar(text, o.meta);
  }
  const staged = StagedOutput.open(o.out);
  try {
    const lookup = o.meta ? new SidecarLookup(sidecar, o.meta, files.map((f) => f.name)) : null;
    // The sidecar is looked up here, in input order, as reading each file would (it notes what it gave).
    const givens = files.map((f) => lookup?.get(f.name));
    const assembler = new CoverageAssembler();
    const search = new SearchIndexBuilder(byId);
    const facets = new FacetsBuilder(COVERAGE_KEYS);
    const progress = new LazyProgress(files.length, o.progress);
    const seen = new Map<string, string>();
    const setup = { gazetteer, zones, agreements };
    pool?.configure(setup);
    let i = 0;
    // Per worker thread, its search terms' numbers as the index's.
    const decoders = new Map<number, TermDecoder>();
    for await (const [thread, result] of fileResults(files, givens, pool, setup, search.vocabulary)) {
      let decoder = thread === HERE ? null : decoders.get(thread);
      if (decoder === undefined) decoders.set(thread, (decoder = new TermDecoder(search.vocabulary)));
      decoder?.learn(result.terms);
      errors.push(...result.errors);
      for (const doc of result.docs) {
        if (doc.empty) {
          errors.push(`${doc.file}: no article text left after removing page chrome`);
          continue;
        }
        const first = seen.get(doc.id);
        if (first) {
          warnings.push(`${doc.file}: same article as ${first} (id ${doc.id}); processed once`);
          continue;
        }
        seen.set(doc.id, doc.file);
        warnings.push(...doc.warnings);
        const work = doc.work!;
        facets.add(work.meta, assembler.add(work));
        staged.addStaged(work.staged, result.bytes);
        search.add(work.meta, work.excerpts, decoder ? work.terms.map((codes) => decoder.decode(codes)) : work.terms);
      }
      progress.tick(++i);
      // Let the event loop run now and then, so that Ctrl-C is handled during a long run.
      if (i % 64 === 0) await new Promise((r) => setImmediate(r));
    }
    progress.stop();
    if (lookup) warnings.push(...lookup.warnings, ...lookup.unusedWarnings());
    if (files.length === 0 && errors.length === 0) errors.push(`${o.inputs.join(', ')}: no .txt, .html, .json, .jsonl, .csv or .tsv files and no <DOC> record files found`);
    const attribution = `Places: ${gazetteer.attribution} Zones: approximate, see geo/zones.geojson. Excerpts quoted from the outlets named in each article's metadata.`;
    if (staged.articles === 0) {
      // Nothing to show: the previous output, if any, is worth more than an empty one.
      staged.abort();
      errors.push(`${o.out}: no article was ingested, so the output is left as it was`);
      return { errors, warnings, data: null, exitCode: 1 };
    }
    const finished = assembler.finish(byId, { generatedFrom: o.label, attribution, warnings, errors });
    const writer = pool;
    await staged.finish(finished, () => ({ ...searchFiles(search.finish(attribution)), ...facets.files() }), writer ? (first, then) => writer.writeEnd(first, then) : undefined);
    return { errors, warnings, data: { index: finished.index, report: finished.report }, exitCode: errors.length > 0 ? 1 : 0 };
  } catch (e) {
    staged.abort();
    throw e;
  }
}

/** The end-of-run summary lines; `reportFile` is where the run wrote every warning and error. */
export function summarize(r: RunResult, reportFile?: string): string[] {
  const d = r.data;
  if (!d) return [];
  const lines = [`ingest: ${d.index.articles} articles, ${d.index.excerpts} excerpts`];
  for (const key of [...ZONE_IDS, 'general']) {
    const z = d.index.per_zone[key];
    if (z) lines.push(`  ${key.padEnd(15)} ${String(z.excerpts).padStart(5)} excerpts in ${z.articles} articles${z.first ? ` (${z.first} … ${z.last})` : ''}`);
  }
  lines.push(`  unresolved names: ${d.report.unresolved.length}; warnings: ${r.warnings.length}; bad files: ${r.errors.length}`);
  const where = reportFile ? `, each listed in ${reportFile}` : '';
  if (r.warnings.length > 0) lines.push(`  warnings by kind${where}:`);
  for (const g of groupWarnings(r.warnings)) lines.push(`  ${String(g.count).padStart(7)} ${g.unit}: ${g.kind}`);
  if (r.errors.length > 0 && reportFile) lines.push(`  inputs refused: ${r.errors.length}, each with its reason above and in ${reportFile}`);
  return lines;
}
