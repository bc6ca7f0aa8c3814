// Search over the index the ingest wrote: every query word looked up in the index (each of its forms,
// or every term it begins while it is typed), the documents that hold all of them kept, quoted
// phrases checked word for word, the filters applied (filter-columns.ts). The hits are row numbers in
// the order they are shown (relevance, newest or oldest: sort.ts), so a page of them is a slice; with
// them come the counts per zone and how many hits the strength filter alone keeps out (said beside
// its switch). A search that asks what the last one asked (a closing quote typed) is answered at once.
import type { Index } from 'flexsearch';
import { ZONE_IDS, type ZoneId } from '../schema.ts';
import type { Span } from '../coverage/segments.ts';
import { decodeDocs, type SearchDoc, type SearchDocsFile } from './docs.ts';
import { FilterColumns, KEPT, OUT } from './filter-columns.ts';
import type { Filterable, Filters } from './filters.ts';
import { matchSpans, matchedTerms, type MatchedTerms } from './highlight.ts';
import { importIndex, type SearchIndexFile } from './index-file.ts';
import { isEmptyQuery, lookups, parseQuery, typedPhrases } from './query.ts';
import { isPlain, occursWhole, wordLine } from './fast-words.ts';
import { rarity, SCORE_SLOTS, slotWeight } from './score.ts';
import { orderHits, type SearchSort } from './sort.ts';

export interface SearchResults {
  /** Row numbers of the hits, in the order they are shown. */
  hits: number[];
  /** Hits per zone (links that pass the strength filter). */
  perZone: Record<ZoneId, number>;
  /** Hits that only the strength filter keeps out. */
  weaker: number;
  /** The query's quoted phrases, normalised (for marking them). */
  phrases: string[][];
  /** The terms looked up (for marking them). */
  terms: MatchedTerms;
}

const EMPTY = (): Record<ZoneId, number> => Object.fromEntries(ZONE_IDS.map((z) => [z, 0])) as Record<ZoneId, number>;
const NO_TERMS: MatchedTerms = { text: new Set(), places: new Set() };
/** At most this many words of a query are looked up (one counter byte a document; the box takes 200 characters). */
const MAX_LOOKUPS = 250;

/** The filterable view of a doc. */
export const filterable = (doc: SearchDoc): Filterable => ({ date: doc.article.date, outlet: doc.article.outlet, links: doc.links });

/** The documents of one term, slot by slot (FlexSearch's unresolved result). */
type Slots = readonly (readonly number[] | undefined)[];

export class SearchEngine {
  readonly docs: SearchDoc[];
  readonly outlets: string[];
  readonly attribution: string;
  readonly #columns: FilterColumns;
  /** The rows with a date (they come first). */
  readonly #dated: number;
  #last: { key: string; results: SearchResults } | null = null;

  constructor(
    private readonly index: Index,
    private readonly vocabulary: readonly string[],
    file: SearchDocsFile,
  ) {
    this.docs = decodeDocs(file);
    this.#columns = new FilterColumns(this.docs.map(filterable));
    const undated = this.docs.findIndex((d) => d.article.date === null);
    this.#dated = undated < 0 ? this.docs.length : undated;
    this.attribution = file.attribution;
    this.outlets = [...new Set(file.articles.flatMap(([, , outlet]) => (outlet ? [outlet] : [])))].sort();
  }

  /** From the two files, parsed and validated. */
  static fromFiles(indexFile: SearchIndexFile, docs: SearchDocsFile): SearchEngine {
    if (indexFile.docs !== docs.excerpts.length) throw new Error(`the index holds ${indexFile.docs} documents, docs.json ${docs.excerpts.length}`);
    const { index, vocabulary } = importIndex(indexFile);
    return new SearchEngine(index, vocabulary, docs);
  }

  #slots(term: string): Slots {
    const found = this.index.search(term, { limit: this.docs.length, resolve: false }) as unknown as { result?: Slots };
    return found.result ?? [];
  }

  /**
   * The rows holding a term of every list of `wanted`, ascending, with each row's relevance (by row):
   * for each list, the weight of the best slot the row has among the list's terms, times the list's rarity.
   */
  #holding(wanted: readonly (readonly string[])[]): { rows: number[]; score: Float64Array } {
    // seen[doc] counts the lists the doc has a term of, taken in turn: a doc only moves on from list
    // k when it held a term of every list before, so it ends at wanted.length only when it holds all.
    const seen = new Uint8Array(this.docs.length);
    const score = new Float64Array(this.docs.length);
    for (let k = 0; k < wanted.length; k++) {
      const lists = wanted[k]!.map((term) => this.#slots(term));
      let holding = 0;
      for (const slots of lists) for (const ids of slots) holding += ids?.length ?? 0;
      if (holding === 0) return { rows: [], score };
      const idf = rarity(Math.min(holding, this.docs.length), this.docs.length);
      let any = false;
      // Slot by slot, best first: a doc is counted at its best slot among the list's terms.
      for (let s = 0; s < SCORE_SLOTS; s++) {
        const weight = slotWeight(s) * idf;
        for (const slots of lists) {
          const ids = slots[s];
          if (!ids) continue;
          for (const id of ids) {
            if (seen[id] === k) {
              seen[id] = k + 1;
              score[id] = score[id]! + weight;
              any = true;
            }
          }
        }
      }
      if (!any) return { rows: [], score };
    }
    const rows: number[] = [];
    for (let id = 0; id < seen.length; id++) if (seen[id] === wanted.length) rows.push(id);
    return { rows, score };
  }

  /**
   * Whether doc `no` holds every phrase: each given as ` word word ` and, where it can be looked for
   * so, as typed (found as whole words in the original text, which spares normalising the text).
   */
  #holds(no: number, phrases: readonly { line: string; typed: string | null }[]): boolean {
    const text = this.docs[no]!.text;
    let line: string | null = null;
    for (const p of phrases) {
      if (p.typed !== null && occursWhole(text, p.typed)) continue;
      line ??= ` ${wordLine(text)} `;
      if (!line.includes(p.line)) return false;
    }
    return true;
  }

  /** Hits in the order `sort` asks for; `typing` matches the last word as a prefix. */
  run(input: string, filters: Filters, typing = false, sort: SearchSort = 'relevance'): SearchResults {
    const parsed = parseQuery(input);
    const perZone = EMPTY();
    const out: SearchResults = { hits: [], perZone, weaker: 0, phrases: parsed.phrases, terms: NO_TERMS };
    if (isEmptyQuery(parsed)) return out;
    const wanted = lookups(parsed, typing, this.vocabulary, true).slice(0, MAX_LOOKUPS);
    const typed = typedPhrases(input);
    const phrases = parsed.phrases.map((p, i) => {
      const raw = typed[i] ?? '';
      return { line: ` ${p.join(' ')} `, typed: isPlain(raw) && wordLine(raw) === p.join(' ') ? raw : null };
    });
    const key = JSON.stringify([parsed, typing, wanted, phrases, filters, sort]);
    if (this.#last?.key === key) return this.#last.results;
    out.terms = matchedTerms(lookups(parsed, typing, this.vocabulary));
    const test = this.#columns.tester(filters);
    const { rows, score } = this.#holding(wanted);
    for (const no of rows) {
      const verdict = test.verdict(no);
      if (verdict === OUT) continue;
      if (phrases.length > 0 && !this.#holds(no, phrases)) continue;
      if (verdict !== KEPT) {
        out.weaker++;
        continue;
      }
      test.count(no, perZone);
      out.hits.push(no);
    }
    out.hits = orderHits(out.hits, sort, this.#dated, score);
    this.#last = { key, results: out };
    return out;
  }

  /** The spans to mark in one hit (worked out only for the hits drawn). */
  spans(no: number, results: SearchResults): Span[] {
    return matchSpans(this.docs[no]!, results.terms, results.phrases);
  }
}
