// Builds data/search/ as the ingest goes: each article's excerpts become rows of docs.json (see
// docs.ts) with their index terms; at the end the rows are put in the order results are shown in (by
// date, as the zone lists are), numbered, and indexed with FlexSearch (see options.ts), whose export
// is index.json (see index-file.ts). Deterministic: the order is total, places are numbered in the
// order they are first named, and terms are added in a fixed order. An excerpt's terms (excerptTerms)
// depend on nothing but the excerpt and the gazetteer, so they may be worked out elsewhere (a worker
// thread) and handed to `add`.
import { Index } from 'flexsearch';
import { STRENGTHS, ZONE_IDS, type ArticleMeta, type Excerpt, type GazetteerEntry } from '../schema.ts';
import { linkInside, type SearchDocsFile } from './docs.ts';
import { exportIndex } from './index-file.ts';
import { INDEX_OPTIONS, SEARCH_FILES, splitTerms } from './options.ts';
import { slotOf } from './score.ts';
import { docTerms } from './terms.ts';

export interface SearchFiles {
  index: string;
  docs: string;
}

type Row = SearchDocsFile['excerpts'][number];

/** An excerpt's index terms, joined by spaces: its words' forms and its places' English names (docTerms). */
export function excerptTerms(e: Excerpt, places: ReadonlyMap<string, GazetteerEntry>): string {
  const names = new Set<string>();
  for (const m of e.mentions) {
    const name = places.get(m.place_id)?.name_en ?? '';
    if (name) names.add(name);
  }
  return docTerms(e.text, [...names]).join(' ');
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
  /** Each row's terms, by row. */
  private readonly terms = new Map<Row, string>();

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

  /** One article's metadata and excerpts; `terms`, when given, are each excerpt's excerptTerms. */
  add(meta: ArticleMeta, excerpts: readonly Excerpt[], terms?: readonly string[]): void {
    const a = this.rows.articles.length;
    this.rows.articles.push([meta.id, meta.title, meta.outlet, meta.date, meta.url]);
    excerpts.forEach((e, i) => {
      const links = e.links.flatMap((l) => [ZONE_IDS.indexOf(l.zone), STRENGTHS.indexOf(l.strength), linkInside(l) ? 1 : 0]);
      const mentions = e.mentions.flatMap((m) => [m.start - e.start, m.end - e.start, this.place(m.place_id)]);
      const row: Row = [e.id, a, e.start, e.text, links, mentions];
      this.rows.excerpts.push(row);
      this.terms.set(row, terms?.[i] ?? excerptTerms(e, this.places));
    });
  }

  /** The two files' contents. */
  finish(attribution: string): SearchFiles {
    this.rows.attribution = attribution;
    this.rows.excerpts.sort(byShownOrder(this.rows.articles));
    const index = postingsIndex(this.rows.excerpts.map((row) => this.terms.get(row)!));
    return { index: JSON.stringify(exportIndex(index, this.rows.excerpts.length)), docs: JSON.stringify(this.rows) };
  }
}

/** The average number of terms of the documents (each document's terms joined by spaces), for their score slots. */
export function averageTerms(docs: readonly string[]): number {
  let terms = 0;
  for (const d of docs) terms += d === '' ? 0 : splitTerms(d).length;
  return terms / Math.max(1, docs.length);
}

/**
 * The index FlexSearch's add would make of `docs` (document i's terms, joined by spaces) under
 * INDEX_OPTIONS with the score option scoreByWeight(averageTerms(docs)), handed to it through its own
 * import: with no context, add keeps per term and score slot the documents in the order they were
 * added (each once, in the slot of its count of the term), terms in the order first met, and
 * registers every document with a term. Made here in one pass, many times faster than add, which
 * checks every term against an object of the document's terms before it looks the term up.
 */
export function postingsIndex(docs: readonly string[]): Index {
  const average = averageTerms(docs);
  const postings = new Map<string, number[][]>();
  const registered: number[] = [];
  const counts = new Map<string, number>();
  docs.forEach((terms, no) => {
    if (terms === '') return;
    registered.push(no);
    const list = splitTerms(terms);
    counts.clear();
    for (const term of list) if (term !== '') counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let slots = postings.get(term);
      if (!slots) postings.set(term, (slots = []));
      (slots[slotOf(tf, list.length, average)] ??= []).push(no);
    }
  });
  const index = new Index(INDEX_OPTIONS);
  const load = index.import.bind(index) as (key: string, data: unknown) => void;
  load('reg', registered);
  load('map', Array.from(postings, ([term, slots]) => [term, Array.from(slots, (ids) => ids ?? null)]));
  return index;
}

/** The files under data/ (see SEARCH_FILES) with their contents. */
export function searchFiles(files: SearchFiles): Record<string, string> {
  return { [SEARCH_FILES.index]: files.index, [SEARCH_FILES.docs]: files.docs };
}
