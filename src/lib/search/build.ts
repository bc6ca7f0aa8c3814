// Builds data/search/ as the ingest goes: each article's excerpts become rows of docs.json (see
// docs.ts) with their index terms, counted and coded as numbers (term-codes.ts); at the end the rows
// are put in the order results are shown in (by date, as the zone lists are), numbered, and their
// terms' postings written as index.json, the file FlexSearch's export of the index it would build
// with INDEX_OPTIONS makes (see options.ts, index-file.ts). Deterministic: the order is total, places
// are numbered in the order they are first named, and terms are written in the order the documents
// first hold them. An excerpt's terms (excerptTerms) depend on nothing but the excerpt and the
// gazetteer, so they may be worked out and coded elsewhere (a worker thread) and handed to `add`.
import { STRENGTHS, ZONE_IDS, type ArticleMeta, type Excerpt, type GazetteerEntry } from '../schema.ts';
import { linkInside, type SearchDocsFile } from './docs.ts';
import { INDEX_FORMAT, type SearchIndexFile } from './index-file.ts';
import { SEARCH_FILES, splitTerms } from './options.ts';
import { SCORE_SLOTS, slotOf } from './score.ts';
import { docTerms } from './terms.ts';
import { TermCoder, type TermCodes } from './term-codes.ts';

export interface SearchFiles {
  index: string;
  docs: string;
}

type Row = SearchDocsFile['excerpts'][number];

/** The English names of the places an excerpt mentions, each once, in the order first mentioned. */
export function excerptPlaceNames(e: Excerpt, places: ReadonlyMap<string, GazetteerEntry>): string[] {
  const names = new Set<string>();
  for (const m of e.mentions) {
    const name = places.get(m.place_id)?.name_en ?? '';
    if (name) names.add(name);
  }
  return [...names];
}

/** An excerpt's index terms, joined by spaces: its words' forms and its places' English names (docTerms). */
export function excerptTerms(e: Excerpt, places: ReadonlyMap<string, GazetteerEntry>): string {
  return docTerms(e.text, excerptPlaceNames(e, places)).join(' ');
}

/** Dated before undated, older first, then by article id and offset (as coverage/order.ts). */
function byShownOrder(articles: SearchDocsFile['articles']): (a: Row, b: Row) => number {
  return (a, b) => {
    const [ida, , , da] = articles[a[1]]!;
    const [idb, , , db] = articles[b[1]]!;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    if (ida !== idb) return ida < idb ? -1 : 1;
    return a[2] - b[2];
  };
}

export class SearchIndexBuilder {
  private readonly rows: SearchDocsFile = { attribution: '', articles: [], places: [], excerpts: [] };
  private readonly placeNo = new Map<string, number>();
  /** Each row's terms, by row, as numbers of `vocabulary`. */
  private readonly terms = new Map<Row, TermCodes>();
  /** The index terms: a TermDecoder turns another coder's numbers (a worker's) into these. */
  readonly vocabulary = new TermCoder();

  constructor(private readonly places: ReadonlyMap<string, GazetteerEntry>) {}

  private place(id: string): number {
    let no = this.placeNo.get(id);
    if (no === undefined) {
      const entry = this.places.get(id);
      no = this.rows.places.length;
      this.placeNo.set(id, no);
      this.rows.places.push([id, entry?.name_ar ?? id, entry?.name_en ?? id]);
    }
    return no;
  }

  /** One article's metadata and excerpts; `terms`, when given, are each excerpt's excerptTerms coded in the numbers of `vocabulary`. */
  add(meta: ArticleMeta, excerpts: readonly Excerpt[], terms?: readonly TermCodes[]): void {
    const a = this.rows.articles.length;
    this.rows.articles.push([meta.id, meta.title, meta.outlet, meta.date, meta.url]);
    excerpts.forEach((e, i) => {
      const links = e.links.flatMap((l) => [ZONE_IDS.indexOf(l.zone), STRENGTHS.indexOf(l.strength), linkInside(l) ? 1 : 0]);
      const mentions = e.mentions.flatMap((m) => [m.start - e.start, m.end - e.start, this.place(m.place_id)]);
      const row: Row = [e.id, a, e.start, e.text, links, mentions];
      this.rows.excerpts.push(row);
      this.terms.set(row, terms?.[i] ?? this.vocabulary.encode(excerptTerms(e, this.places)));
    });
  }

  /** The two files' contents. */
  finish(attribution: string): SearchFiles {
    this.rows.attribution = attribution;
    this.rows.excerpts.sort(byShownOrder(this.rows.articles));
    const index = postingsFile(this.rows.excerpts.map((row) => this.terms.get(row)!), this.vocabulary.names);
    return { index: JSON.stringify(index), docs: JSON.stringify(this.rows) };
  }
}

/** The average number of terms of the documents (each document's terms joined by spaces), for their score slots. */
export function averageTerms(docs: readonly string[]): number {
  let terms = 0;
  for (const d of docs) terms += d === '' ? 0 : splitTerms(d).length;
  return terms / Math.max(1, docs.length);
}

/** How many terms FlexSearch's export puts in one chunk of its map, for an index of `registered` documents. */
function chunkTerms(registered: number): number {
  return registered === 0 ? Infinity : (5000 * (250000 / registered)) | 0;
}

/**
 * The index file (index-file.ts) of the documents `docs` (document i's terms coded, see
 * term-codes.ts; `names` the terms of the codes): what FlexSearch's export gives of the index its
 * add would make of them under INDEX_OPTIONS with the score option scoreByWeight(averageTerms(docs)),
 * with no context: per term and score slot the documents in the order they were added (each once, in
 * the slot of its count of the term), terms in the order first met, chunks of chunkTerms(documents
 * holding a term) terms. Made here in one pass over numbers, many times faster than add (which checks
 * every term against an object of the document's terms before it looks the term up) followed by the
 * export (which writes each chunk as a JSON string).
 */
export function postingsFile(docs: readonly TermCodes[], names: readonly string[]): SearchIndexFile {
  let total = 0;
  for (const codes of docs) total += codes[0]!;
  const average = total / Math.max(1, docs.length);
  // First pass: how many documents hold each term, and the terms in the order first met.
  const holding = new Int32Array(names.length);
  const met = new Int32Array(names.length);
  let terms = 0;
  let postings = 0;
  let registered = 0;
  for (const codes of docs) {
    if (codes[0] === 0) continue;
    registered++;
    for (let i = 1; i < codes.length; i += 2) {
      if (holding[codes[i]!]!++ === 0) met[terms++] = codes[i]!;
      postings++;
    }
  }
  // Second pass: each term's documents (ascending) and their slots, one run of flat arrays a term.
  const next = new Int32Array(names.length);
  for (let t = 0, at = 0; t < terms; t++) {
    next[met[t]!] = at;
    at += holding[met[t]!]!;
  }
  const ids = new Int32Array(postings);
  const slots = new Uint8Array(postings);
  docs.forEach((codes, no) => {
    const length = codes[0]!;
    if (length === 0) return;
    // The slot of a term held once (most are), worked out once a document.
    const once = slotOf(1, length, average);
    for (let i = 1; i < codes.length; i += 2) {
      const p = next[codes[i]!]!++;
      const tf = codes[i + 1]!;
      ids[p] = no;
      slots[p] = tf === 1 ? once : slotOf(tf, length, average);
    }
  });
  // Per term its slots (null where none), each slot's documents as the first and the differences after it, as index-file.ts writes them.
  const last = new Int32Array(SCORE_SLOTS);
  const size = chunkTerms(registered);
  const chunks: [string, unknown][] = [];
  let entries: [string, (number[] | null)[]][] = [];
  for (let t = 0, from = 0; t < terms; t++) {
    const term = met[t]!;
    const to = from + holding[term]!;
    let top = 0;
    for (let p = from; p < to; p++) if (slots[p]! > top) top = slots[p]!;
    const bySlot = new Array<number[] | null>(top + 1).fill(null);
    for (let p = from; p < to; p++) {
      const slot = slots[p]!;
      const list = bySlot[slot];
      if (list) list.push(ids[p]! - last[slot]!);
      else bySlot[slot] = [ids[p]!];
      last[slot] = ids[p]!;
    }
    entries.push([names[term]!, bySlot]);
    if (entries.length === size) {
      chunks.push([`${chunks.length + 1}.map`, entries]);
      entries = [];
    }
    from = to;
  }
  if (entries.length > 0) chunks.push([`${chunks.length + 1}.map`, entries]);
  return { format: INDEX_FORMAT, docs: docs.length, chunks };
}

/** The files under data/ (see SEARCH_FILES) with their contents. */
export function searchFiles(files: SearchFiles): Record<string, string> {
  return { [SEARCH_FILES.index]: files.index, [SEARCH_FILES.docs]: files.docs };
}
