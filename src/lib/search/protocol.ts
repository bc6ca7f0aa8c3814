// The messages between the page and the search worker (search.worker.ts). The worker fetches and
// loads the index itself, answers a search with its first page of hits (each with its spans to mark),
// the exact number of hits and the counts, and later pages or every hit of the last search on demand.
// Every answer names the request it answers (`seq`), so the page can drop answers it no longer wants.
import type { ZoneId } from '../schema.ts';
import type { Segment } from '../coverage/segments.ts';
import type { SearchDoc } from './docs.ts';
import type { Filters } from './filters.ts';
import type { SearchSort } from './sort.ts';

/** A search: the query as typed, the filters, whether the last word is still being typed, and the order. */
export interface SearchAsk {
  seq: number;
  query: string;
  filters: Filters;
  typing: boolean;
  sort: SearchSort;
}

export type SearchRequest =
  | { kind: 'load'; indexUrl: string; docsUrl: string }
  | ({ kind: 'search'; limit: number } & SearchAsk)
  /** More hits of a search (run again if another one came since). */
  | ({ kind: 'page'; offset: number; limit: number } & SearchAsk)
  /** Every hit of a search, for a download. */
  | ({ kind: 'all' } & SearchAsk);

/** What a result card shows of a row: all of it but the place mentions (only a download needs them). */
export type CardDoc = Omit<SearchDoc, 'mentions'>;

/**
 * A hit as drawn: its row, and its text already split into plain and marked runs (in the worker, not
 * in the page's frame). The mentions are left out: the page copies every message it is sent (a
 * structured clone) in the task that draws the results.
 */
export interface ShownHit {
  doc: CardDoc;
  segments: Segment[];
}

export type SearchReply =
  | { kind: 'ready'; outlets: string[]; attribution: string; docs: number; ms: number }
  | { kind: 'load-error'; message: string }
  | {
      kind: 'results';
      seq: number;
      query: string;
      total: number;
      perZone: Record<ZoneId, number>;
      weaker: number;
      hits: ShownHit[];
      /** Time the worker took for this search. */
      ms: number;
    }
  | { kind: 'page'; seq: number; offset: number; hits: ShownHit[] }
  | { kind: 'all'; seq: number; docs: SearchDoc[] };
