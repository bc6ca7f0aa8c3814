// The search: the query (kept in the address as q=), the engine (index and rows fetched on first use
// of the box, never in the first load) and the results, worked out again on every change of the
// query or the filters. A link with q= opens with the results.
import { SearchDocsFile } from '../lib/search/docs.ts';
import { SearchEngine, type SearchResults } from '../lib/search/engine.ts';
import { SEARCH_FILES } from '../lib/search/options.ts';
import { parseOrThrow } from '../lib/schema.ts';
import { once } from '../lib/once.ts';
import { filters, rewriteQuery } from './filters.svelte.ts';
import { messageOf, type Resource } from './fetch-json.ts';

const MAX_QUERY = 200;

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${url}: ${messageOf(error)}`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

const readQuery = (): string => (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, MAX_QUERY);

class SearchState {
  query = $state.raw('');
  engine = $state.raw<Resource<SearchEngine> | null>(null);
  /** The last input came from typing (the last word is then matched as a prefix). */
  typing = $state.raw(false);
  #base = import.meta.env.BASE_URL;

  constructor() {
    if (typeof window === 'undefined') return;
    this.query = readQuery();
    window.addEventListener('popstate', () => {
      this.query = readQuery();
    });
  }

  get active(): boolean {
    return this.query.trim() !== '';
  }

  results = $derived.by((): SearchResults | null => {
    const engine = this.engine;
    if (engine?.kind !== 'ready' || !this.active) return null;
    return engine.value.run(this.query, filters.current, this.typing);
  });

  /** Fetch the index and its rows (once; a failure may be retried by the next call). */
  load = once(async (): Promise<void> => {
    this.engine = { kind: 'loading' };
    const indexUrl = `${this.#base}data/${SEARCH_FILES.index}`;
    const docsUrl = `${this.#base}data/${SEARCH_FILES.docs}`;
    try {
      const [index, docs] = await Promise.all([fetchText(indexUrl), fetchText(docsUrl)]);
      const rows = parseOrThrow(SearchDocsFile, parseJson(docs, docsUrl), docsUrl);
      let engine: SearchEngine;
      try {
        engine = SearchEngine.fromFiles(index, rows);
      } catch (error) {
        throw new Error(`${indexUrl}: not a search index (${messageOf(error)})`);
      }
      this.engine = { kind: 'ready', value: engine };
    } catch (error) {
      this.engine = { kind: 'error', message: messageOf(error) };
      throw error;
    }
  });

  set(query: string, typing: boolean): void {
    this.typing = typing;
    this.query = query.slice(0, MAX_QUERY);
    rewriteQuery((params) => {
      if (this.query.trim()) params.set('q', this.query);
      else params.delete('q');
    });
  }
}

/** The page's one search. */
export const search = new SearchState();
