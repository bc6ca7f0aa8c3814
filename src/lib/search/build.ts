// Builds data/search/ as the ingest goes: each article's excerpts are added to a MiniSearch index and
// to the rows of docs.json (see docs.ts); at the end both are serialised. Deterministic: documents are
// numbered in the order they are added, and places in the order they are first named.
import MiniSearch from 'minisearch';
import { STRENGTHS, ZONE_IDS, type ArticleMeta, type Excerpt, type GazetteerEntry } from '../schema.ts';
import { linkInside, type SearchDocsFile } from './docs.ts';
import { INDEX_OPTIONS, SEARCH_FILES, type IndexedDoc } from './options.ts';

export interface SearchFiles {
  index: string;
  docs: string;
}

export class SearchIndexBuilder {
  private readonly search = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  private readonly rows: SearchDocsFile = { attribution: '', articles: [], places: [], excerpts: [] };
  private readonly placeNo = new Map<string, number>();

  constructor(private readonly places: ReadonlyMap<string, GazetteerEntry>) {}

  private place(id: string): { no: number; name_en: string } {
    const entry = this.places.get(id);
    let no = this.placeNo.get(id);
    if (no === undefined) {
      no = this.rows.places.length;
      this.placeNo.set(id, no);
      this.rows.places.push([id, entry?.name_ar ?? id, entry?.name_en ?? id]);
    }
    return { no, name_en: entry?.name_en ?? '' };
  }

  /** One article's metadata and excerpts. */
  add(meta: ArticleMeta, excerpts: readonly Excerpt[]): void {
    const a = this.rows.articles.length;
    this.rows.articles.push([meta.id, meta.title, meta.outlet, meta.date, meta.url]);
    for (const e of excerpts) {
      const links = e.links.flatMap((l) => [ZONE_IDS.indexOf(l.zone), STRENGTHS.indexOf(l.strength), linkInside(l) ? 1 : 0]);
      const mentions: number[] = [];
      const names = new Set<string>();
      for (const m of e.mentions) {
        const p = this.place(m.place_id);
        mentions.push(m.start - e.start, m.end - e.start, p.no);
        if (p.name_en) names.add(p.name_en);
      }
      const id = this.rows.excerpts.length;
      this.rows.excerpts.push([e.id, a, e.start, e.text, links, mentions]);
      this.search.add({ id, text: e.text, places: [...names].join(' ') });
    }
  }

  /** The two files' contents. */
  finish(attribution: string): SearchFiles {
    this.rows.attribution = attribution;
    return { index: JSON.stringify(this.search), docs: JSON.stringify(this.rows) };
  }
}

/** The files under data/ (see SEARCH_FILES) with their contents. */
export function searchFiles(files: SearchFiles): Record<string, string> {
  return { [SEARCH_FILES.index]: files.index, [SEARCH_FILES.docs]: files.docs };
}
