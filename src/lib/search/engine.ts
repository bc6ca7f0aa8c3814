// Search over the index the ingest wrote: the query through MiniSearch, quoted phrases checked word for
// word, the filters applied, and each hit's spans to mark. Also counts per zone and how many hits the
// strength filter alone keeps out (said beside its switch).
import MiniSearch from 'minisearch';
import { STRENGTHS, ZONE_IDS, type ZoneId } from '../schema.ts';
import type { Span } from '../coverage/segments.ts';
import { decodeDocs, type SearchDoc, type SearchDocsFile } from './docs.ts';
import { passes, type Filters } from './filters.ts';
import { docWords, matchSpans, matchedTerms, type MatchedTerms } from './highlight.ts';
import { INDEX_OPTIONS, type IndexedDoc } from './options.ts';
import { holdsPhrases, isEmptyQuery, parseQuery, toMiniSearch } from './query.ts';

export interface SearchHit {
  doc: SearchDoc;
  terms: MatchedTerms;
}

export interface SearchResults {
  hits: SearchHit[];
  /** Hits per zone (links that pass the strength filter). */
  perZone: Record<ZoneId, number>;
  /** Hits that only the strength filter keeps out. */
  weaker: number;
  /** The query's quoted phrases, normalised (for marking them). */
  phrases: string[][];
}

/** The spans to mark in one hit (worked out only for the hits drawn). */
export const hitSpans = (hit: SearchHit, results: SearchResults): Span[] => matchSpans(hit.doc, hit.terms, results.phrases);

const EMPTY = (): Record<ZoneId, number> => Object.fromEntries(ZONE_IDS.map((z) => [z, 0])) as Record<ZoneId, number>;

/** The filterable view of a doc. */
export const filterable = (doc: SearchDoc) => ({ date: doc.article.date, outlet: doc.article.outlet, links: doc.links });

export class SearchEngine {
  readonly docs: SearchDoc[];
  readonly outlets: string[];
  readonly attribution: string;

  constructor(
    private readonly index: MiniSearch<IndexedDoc>,
    file: SearchDocsFile,
  ) {
    this.docs = decodeDocs(file);
    this.attribution = file.attribution;
    this.outlets = [...new Set(file.articles.flatMap(([, , outlet]) => (outlet ? [outlet] : [])))].sort();
  }

  /** From the two files' contents (index.json as text, docs.json parsed and validated). */
  static fromFiles(indexJson: string, docs: SearchDocsFile): SearchEngine {
    return new SearchEngine(MiniSearch.loadJSON<IndexedDoc>(indexJson, INDEX_OPTIONS), docs);
  }

  /** Hits in order of relevance; `typing` matches the last word as a prefix. */
  run(input: string, filters: Filters, typing = false): SearchResults {
    const parsed = parseQuery(input);
    const perZone = EMPTY();
    const out: SearchResults = { hits: [], perZone, weaker: 0, phrases: parsed.phrases };
    if (isEmptyQuery(parsed)) return out;
    const { query, options } = toMiniSearch(parsed, typing);
    const weakest = STRENGTHS.indexOf(filters.strength);
    const all = { ...filters, strength: 'general' as const };
    for (const result of this.index.search(query, options)) {
      const doc = this.docs[result.id as number];
      if (!doc || (parsed.phrases.length > 0 && !holdsPhrases(docWords(doc).norms, parsed.phrases))) continue;
      const item = filterable(doc);
      if (!passes(item, filters, null)) {
        if (filters.strength !== 'general' && passes(item, all, null)) out.weaker++;
        continue;
      }
      for (const l of doc.links) if (STRENGTHS.indexOf(l.strength) <= weakest && (!filters.inside || l.inside)) perZone[l.zone]++;
      out.hits.push({ doc, terms: matchedTerms(result.match) });
    }
    return out;
  }
}
