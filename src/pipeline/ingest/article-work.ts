// The work done per input file, the same whether the run is one thread or several: read the file into
// documents, clean each and name it by its body (the article id), then link it and turn it into the
// pieces the main thread puts together: its metadata, excerpts and unresolved names (for the tallies),
// its staged JSON (validated and serialised, see staged-output.ts) and its excerpts' search terms,
// counted and coded by the thread's TermCoder (whose new terms each file's result hands over). None
// of it depends on any other article, so where and in what order it runs changes nothing in the output.
import { createHash } from 'node:crypto';
import type { ArticleMeta, Excerpt } from '../../lib/schema.ts';
import { prepareArticle, processArticle, type PreparedArticle, type UnresolvedUse } from '../../lib/ingest/article.ts';
import type { AgreementLinker } from '../../lib/ingest/agreements.ts';
import { excerptsByKey } from '../../lib/ingest/assemble.ts';
import type { Linker } from '../../lib/ingest/linker.ts';
import type { SidecarMeta } from '../../lib/ingest/sidecar.ts';
import { excerptPlaceNames } from '../../lib/search/build.ts';
import type { TermCoder, TermCodes } from '../../lib/search/term-codes.ts';
import { readInput, type InputFile } from './read-inputs.ts';
import { stageArticle, type StagedArticle } from './staged-output.ts';
import type { PackedArticle } from './packed-results.ts';

/** Article id: first 12 hex digits of the SHA-256 of the cleaned body (NFC), so a copy has the same id. */
export function articleId(body: string): string {
  return createHash('sha256').update(body.normalize('NFC')).digest('hex').slice(0, 12);
}

export interface WorkContext {
  linker: Linker;
  agreements?: AgreementLinker;
  /** This thread's numbering of search terms. */
  terms: TermCoder;
}

/** One document of a file, cleaned and named, not yet linked. */
export type PreparedDoc = { file: string; empty: true } | { file: string; empty: false; id: string; prepared: PreparedArticle };

/** What the main thread adds to the output for one article. */
export interface WorkedArticle {
  meta: ArticleMeta;
  excerpts: Excerpt[];
  unresolved: UnresolvedUse[];
  /** Its staged JSON: as strings, or packed into its file result's `bytes` by the worker that made it (packed-results.ts). */
  staged: StagedArticle | PackedArticle;
  /** Each excerpt's search terms, coded by the thread's TermCoder. */
  terms: TermCodes[];
}

/** One document as it comes back: an empty one, or a named article with its warnings and, unless skipped, its work. */
export type DocResult =
  | { file: string; empty: true }
  | { file: string; empty: false; id: string; warnings: string[]; work: WorkedArticle | null };

export interface FileResult {
  docs: DocResult[];
  errors: string[];
  /** The search terms the thread's TermCoder numbered while working this file (see TermCoder.take). */
  terms: string[];
  /** The bytes its packed articles are in (packed-results.ts), when a worker packed them. */
  bytes?: Uint8Array;
}

/** Read `f` (with the sidecar metadata `given` for it) into cleaned, named documents. */
export async function prepareFile(f: InputFile, given: SidecarMeta | undefined): Promise<{ docs: PreparedDoc[]; errors: string[] }> {
  const { docs, errors } = await readInput(f, { get: () => given });
  const prepared = docs.map((doc): PreparedDoc => {
    const p = prepareArticle(doc);
    if (p.cleaned.body.trim() === '') return { file: doc.file, empty: true };
    return { file: doc.file, empty: false, id: articleId(p.cleaned.body), prepared: p };
  });
  return { docs: prepared, errors };
}

/** Link one prepared article and make everything the output needs of it. */
export function workArticle(id: string, prepared: PreparedArticle, ctx: WorkContext): WorkedArticle {
  const processed = processArticle(id, prepared, ctx.linker, ctx.agreements);
  return {
    meta: processed.meta,
    excerpts: processed.excerpts,
    unresolved: processed.unresolved,
    staged: stageArticle(processed.text, processed.meta, excerptsByKey(processed.excerpts)),
    terms: processed.excerpts.map((e) => ctx.terms.encodeText(e.text, excerptPlaceNames(e, ctx.linker.byId))),
  };
}

/** A `skip` for workFile: false the first time an id is asked about, true every time after. */
export function onceEach(): (id: string) => boolean {
  const worked = new Set<string>();
  return (id) => {
    if (worked.has(id)) return true;
    worked.add(id);
    return false;
  };
}

/**
 * A whole file: its documents with their work. `skip(id)` says an article need not be worked (the
 * caller works one with that id from an earlier place in the input: see onceEach).
 */
export async function workFile(f: InputFile, given: SidecarMeta | undefined, ctx: WorkContext, skip: (id: string) => boolean = () => false): Promise<FileResult> {
  const { docs, errors } = await prepareFile(f, given);
  const out = docs.map((d): DocResult => {
    if (d.empty) return d;
    return { file: d.file, empty: false, id: d.id, warnings: d.prepared.meta.warnings, work: skip(d.id) ? null : workArticle(d.id, d.prepared, ctx) };
  });
  return { docs: out, errors, terms: ctx.terms.take() };
}
