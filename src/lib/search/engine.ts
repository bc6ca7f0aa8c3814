// Search over the index the ingest wrote: every query word looked up in the index (each of its forms,
// or every term it begins while it is typed), the documents that hold all of them kept, quoted
// phrases checked word for word, the filters applied. The hits are row numbers in the order they are
// shown (the rows are stored in that order), so a page of them is a slice; with them come the counts
// per zone and how many hits the strength filter alone keeps out (said beside its switch).
import type { Index } from 'flexsearch';
import { STRENGTHS, ZONE_IDS, type ZoneId } from '../schema.ts';
import type { Span } from '../coverage/segments.ts';
import { decodeDocs, type SearchDoc, type SearchDocsFile } from './docs.ts';
import { passes, type Filterable, type Filters } from './filters.ts';
import { matchSpans, matchedTerms, type MatchedTerms } from './highlight.ts';
import { importIndex, type SearchIndexFile } from './index-file.ts';
import { isEmptyQuery, lookups, parseQuery, typedPhrases } from './query.ts';
import { isPlain, occursWhole, wordLine } from './fast-words.ts';

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

export class SearchEngine {
  readonly docs: SearchDoc[];
  readonly outlets: string[];
  readonly attribution: string;
  readonly #items: Filterable[];

  constructor(
    private readonly index: Index,
    private readonly vocabulary: readonly string[],
    file: SearchDocsFile,
  ) {
    this.docs = decodeDocs(file);
    this.#items = this.docs.map(filterable);
    this.attribution = file.attribution;
    this.outlets = [...new Set(file.articles.flatMap(([, , outlet]) => (outlet ? [outlet] : [])))].sort();
  }

  /** From the two files, parsed and validated. */
  static fromFiles(indexFile: SearchIndexFile, docs: SearchDocsFile): SearchEngine {
    if (indexFile.docs !== docs.excerpts.length) throw new Error(`the index holds ${indexFile.docs} documents, docs.json ${docs.excerpts.length}`);
    const { index, vocabulary } = importIndex(indexFile);
    return new SearchEngine(index, vocabulary, docs);
  }

  /** The rows holding a term of every list of `wanted`, ascending. */
  #holding(wanted: readonly (readonly string[])[]): number[] {
    // seen[doc] counts the lists the doc has a term of, taken in turn: a doc only moves on from list
    // k when it held a term of every list before, so it ends at wanted.length only when it holds all.
    const seen = new Uint8Array(this.docs.length);
    for (let k = 0; k < wanted.length; k++) {
      let any = false;
      for (const term of wanted[k]!) {
        const ids = this.index.search(term, { limit: this.docs.length }) as number[];
        for (const id of ids) {
          if (seen[id] === k) {
            seen[id] = k + 1;
            any = true;
          }
        }
      }
      if (!any) return [];
    }
    const out: number[] = [];
    for (let id = 0; id < seen.length; id++) if (seen[id] === wanted.length) out.push(id);
    return out;
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

  /** Hits in the order they are shown; `typing` matches the last word as a prefix. */
  run(input: string, filters: Filters, typing = false): SearchResults {
    const parsed = parseQuery(input);
    const perZone = EMPTY();
    const out: SearchResults = { hits: [], perZone, weaker: 0, phrases: parsed.phrases, terms: NO_TERMS };
    if (isEmptyQuery(parsed)) return out;
    out.terms = matchedTerms(lookups(parsed, typing, this.vocabulary));
    const wanted = lookups(parsed, typing, this.vocabulary, true).slice(0, MAX_LOOKUPS);
    const weakest = STRENGTHS.indexOf(filters.strength);
    const all = { ...filters, strength: 'general' as const };
    const typed = typedPhrases(input);
    const phrases = parsed.phrases.map((p, i) => {
      const raw = typed[i] ?? '';
      return { line: ` ${p.join(' ')} `, typed: isPlain(raw) && wordLine(raw) === p.join(' ') ? raw : null };
    });
    for (const no of this.#holding(wanted)) {
      const item = this.#items[no]!;
      const kept = passes(item, filters, null);
      if (!kept && (filters.strength === 'general' || !passes(item, all, null))) continue;
      if (phrases.length > 0 && !this.#holds(no, phrases)) continue;
      if (!kept) {
        out.weaker++;
        continue;
      }
      for (const l of item.links) if (STRENGTHS.indexOf(l.strength) <= weakest && (!filters.inside || l.inside)) perZone[l.zone]++;
      out.hits.push(no);
    }
    return out;
  }

  /** The spans to mark in one hit (worked out only for the hits drawn). */
  spans(no: number, results: SearchResults): Span[] {
    return matchSpans(this.docs[no]!, results.terms, results.phrases);
  }
}
