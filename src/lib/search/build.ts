// Builds data/search/ as the ingest goes: each article's excerpts are added to the search index (see
// term-index.ts: what MiniSearch would build, byte for byte) and to the rows of docs.json (see docs.ts);
// at the end both are serialised. Deterministic: documents are numbered in the order they are added,
// and places in the order they are first named. An excerpt's index terms (excerptTerms) depend on
// nothing but the excerpt and the gazetteer, so they may be worked out elsewhere (a worker thread)
// and handed to `add`.
import { STRENGTHS, ZONE_IDS, type ArticleMeta, type Excerpt, type GazetteerEntry } from '../schema.ts';
import { linkInside, type SearchDocsFile } from './docs.ts';
import { INDEX_OPTIONS, SEARCH_FIELDS, SEARCH_FILES } from './options.ts';
import { TermIndex, documentTerms, type FieldTerms, type TermOptions } from './term-index.ts';

export interface SearchFiles {
  index: string;
  docs: string;
}

const TERM_OPTIONS = INDEX_OPTIONS as TermOptions;

/** The English names of the places an excerpt mentions, each once, in order: its `places` field. */
function placeNames(e: Excerpt, places: ReadonlyMap<string, GazetteerEntry>): string {
  const names = new Set<string>();
  for (const m of e.mentions) {
    const name = places.get(m.place_id)?.name_en ?? '';
    if (name) names.add(name);
  }
  return [...names].join(' ');
}

/** An excerpt's index terms, field by field (SEARCH_FIELDS order). */
export function excerptTerms(e: Excerpt, places: ReadonlyMap<string, GazetteerEntry>): FieldTerms[] {
  return documentTerms({ text: e.text, places: placeNames(e, places) }, TERM_OPTIONS);
}

export class SearchIndexBuilder {
  private readonly index = new TermIndex(SEARCH_FIELDS);
  private readonly rows: SearchDocsFile = { attribution: '', articles: [], places: [], excerpts: [] };
  private readonly placeNo = new Map<string, number>();

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
  add(meta: ArticleMeta, excerpts: readonly Excerpt[], terms?: readonly FieldTerms[][]): void {
    const a = this.rows.articles.length;
    this.rows.articles.push([meta.id, meta.title, meta.outlet, meta.date, meta.url]);
    excerpts.forEach((e, i) => {
      const links = e.links.flatMap((l) => [ZONE_IDS.indexOf(l.zone), STRENGTHS.indexOf(l.strength), linkInside(l) ? 1 : 0]);
      const mentions: number[] = [];
      for (const m of e.mentions) mentions.push(m.start - e.start, m.end - e.start, this.place(m.place_id));
      this.rows.excerpts.push([e.id, a, e.start, e.text, links, mentions]);
      this.index.add(terms?.[i] ?? excerptTerms(e, this.places));
    });
  }

  /** The two files' contents. */
  finish(attribution: string): SearchFiles {
    this.rows.attribution = attribution;
    return { index: this.index.serialize(), docs: JSON.stringify(this.rows) };
  }
}

/** The files under data/ (see SEARCH_FILES) with their contents. */
export function searchFiles(files: SearchFiles): Record<string, string> {
  return { [SEARCH_FILES.index]: files.index, [SEARCH_FILES.docs]: files.docs };
}
