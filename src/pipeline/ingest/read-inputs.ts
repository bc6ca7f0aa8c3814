// Walk the given files and folders; read and decode each supported file. Per-file problems become
// one-line errors; the other files go on. Files are read synchronously: one small read at a time from a
// single-threaded run, without a round trip through the I/O pool per file (which, with promises, cost
// more than the processing). Only entries that are not plain files or folders (links) need a stat.
import { readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { decodeBytes } from '../../lib/ingest/decode.ts';
import type { SourceDoc } from '../../lib/ingest/article.ts';
import type { SidecarMeta } from '../../lib/ingest/sidecar.ts';

/** Where an input's sidecar metadata comes from (SidecarLookup, or nothing). */
export interface MetaSource {
  get(name: string): SidecarMeta | undefined;
}
import { legacyCodec } from './legacy-codec.ts';
import { parseRecords } from './records.ts';
import { parseCsvRecords } from '../../lib/ingest/csv-records.ts';
import { isNewsRecordFile, parseNewsRecords } from '../../lib/ingest/news-records.ts';
import { startsAsNewsRecords } from './sniff.ts';

export const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json', '.jsonl', '.csv', '.tsv']);

export interface InputFile {
  path: string;
  /** Name shown in outputs and errors: relative to the folder given, or the base name of a file given. */
  name: string;
}

export async function listInputs(paths: string[], errors: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  // Each real folder is walked once, however many links lead to it (a link back up would loop).
  const visited = new Set<string>();
  const walk = async (dir: string, root: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (e) {
      errors.push(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      errors.push(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    for (const entry of entries) {
      const n = entry.name;
      const p = join(dir, n);
      let isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) {
        try {
          isDir = (await stat(p)).isDirectory();
        } catch (e) {
          errors.push(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          continue;
        }
      }
      if (isDir) await walk(p, root);
      else if (EXTENSIONS.has(extname(n).toLowerCase()) || startsAsNewsRecords(p)) out.push({ path: p, name: relative(root, p) });
    }
  };
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      errors.push(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    if (s.isDirectory()) await walk(p, p);
    else out.push({ path: p, name: basename(p) });
  }
  return out;
}

/**
 * The saved-page reader (html.ts), loaded with its DOM and Readability libraries the first time a
 * page comes: a run over text or record files, and each worker thread of one, never pays for loading them.
 */
let html: Promise<typeof import('./html.ts').extractHtml> | null = null;
const htmlReader = (): Promise<typeof import('./html.ts').extractHtml> => (html ??= import('./html.ts').then((m) => m.extractHtml));

/** Read one input file into documents, or an error line. */
export async function readInput(f: InputFile, sidecar: MetaSource | null): Promise<{ docs: SourceDoc[]; errors: string[] }> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(f.path);
  } catch (e) {
    return { docs: [], errors: [`${f.name}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`] };
  }
  const decoded = decodeBytes(bytes, f.name, legacyCodec);
  if (!decoded.ok) return { docs: [], errors: [decoded.error] };
  const ext = extname(f.name).toLowerCase();
  const given = sidecar?.get(f.name);
  if (isNewsRecordFile(decoded.text)) return parseNewsRecords(decoded.text, f.name, given);
  if (ext === '.json' || ext === '.jsonl') return parseRecords(decoded.text, f.name, ext === '.jsonl');
  if (ext === '.csv' || ext === '.tsv') return parseCsvRecords(decoded.text, f.name);
  if (ext === '.html' || ext === '.htm') {
    try {
      const { title, text, meta } = (await htmlReader())(decoded.text, f.name);
      const fromPage = { ...meta, ...given };
      return { docs: [{ file: f.name, text, title: given?.title ?? title, given: Object.keys(fromPage).length > 0 ? fromPage : undefined }], errors: [] };
    } catch (e) {
      return { docs: [], errors: [(e as Error).message] };
    }
  }
  return { docs: [{ file: f.name, text: decoded.text, title: null, given }], errors: [] };
}
