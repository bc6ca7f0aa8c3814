// From processed articles to what data/ says about them, one article at a time: which coverage files
// (one per zone, and general) each excerpt goes to, and the running tallies behind the index, the place
// uses and the report. Nothing per excerpt is kept once an article has been added: the excerpts each
// place is named in are kept as numbers (article number × 2^24 + excerpt number) in arrays the garbage
// collector need not trace, and only turned into ids at the end.
// An excerpt goes to a zone's file when it has a link to that zone stronger than 'general'; excerpts
// whose links are all 'general' (the four zones named together) or that have none go to general.json.
import { ZONE_IDS, type ArticleMeta, type CoverageIndex, type Excerpt, type GazetteerEntry, type PlaceUse, type ZoneId } from '../schema.ts';
import type { ProcessedArticle, UnresolvedUse } from './article.ts';
import type { IngestReport } from './report.ts';
import { excerptId } from './excerpts.ts';

/** Excerpts per article that an excerpt reference can tell apart. */
const PER_ARTICLE = 2 ** 24;

export type CoverageKey = ZoneId | 'general';
export const COVERAGE_KEYS: readonly CoverageKey[] = [...ZONE_IDS, 'general'];

const collate = new Intl.Collator().compare;

/** Order of articles in every coverage file: by date (undated last), then by id. */
export const byDateThenId = (a: { date: string | null; id: string }, b: { date: string | null; id: string }): number =>
  collate(a.date ?? '9999', b.date ?? '9999') || collate(a.id, b.id);

export function zonesOfExcerpt(e: Excerpt): CoverageKey[] {
  const specific = e.links.filter((l) => l.strength !== 'general').map((l) => l.zone);
  return specific.length > 0 ? specific : ['general'];
}

interface ZoneTally {
  excerpts: number;
  articles: number;
  first: string | null;
  last: string | null;
}

interface PlaceTally {
  count: number;
  /** The excerpts naming the place, each once, as article number × PER_ARTICLE + excerpt index. */
  excerptRefs: number[];
  /** Bit i set: linked to ZONE_IDS[i] through this place. */
  zones: number;
}

export interface Finished {
  index: CoverageIndex;
  places: PlaceUse[];
  report: IngestReport;
}

export class CoverageAssembler {
  private articles = 0;
  private excerpts = 0;
  private readonly articleIds: string[] = [];
  private readonly tallies = new Map<CoverageKey, ZoneTally>(COVERAGE_KEYS.map((k) => [k, { excerpts: 0, articles: 0, first: null, last: null }]));
  private readonly places = new Map<string, PlaceTally>();
  private readonly unresolved: UnresolvedUse[] = [];

  /** Count one article in. Returns its excerpts grouped by coverage key (body order within a key). */
  add(a: ProcessedArticle): Map<CoverageKey, Excerpt[]> {
    if (a.excerpts.length > PER_ARTICLE) throw new Error(`${a.meta.file}: more than ${PER_ARTICLE} excerpts in one article`);
    const base = this.articles * PER_ARTICLE;
    this.articleIds.push(a.meta.id);
    this.articles++;
    this.excerpts += a.excerpts.length;
    const byKey = new Map<CoverageKey, Excerpt[]>();
    a.excerpts.forEach((e, i) => {
      if (e.id !== excerptId(a.meta.id, i + 1)) throw new Error(`${a.meta.file}: excerpt ${e.id} out of order`);
      for (const key of zonesOfExcerpt(e)) {
        const list = byKey.get(key);
        if (list) list.push(e);
        else byKey.set(key, [e]);
      }
      for (const m of e.mentions) this.countMention(e, base + i, m.place_id);
    });
    for (const [key, list] of byKey) this.countZone(key, list.length, a.meta);
    for (const u of a.unresolved) this.unresolved.push(u);
    return byKey;
  }

  private countMention(e: Excerpt, ref: number, placeId: string): void {
    let p = this.places.get(placeId);
    if (!p) {
      p = { count: 0, excerptRefs: [], zones: 0 };
      this.places.set(placeId, p);
    }
    p.count++;
    // All mentions of one excerpt are counted together, so a repeat is always the last one.
    if (p.excerptRefs[p.excerptRefs.length - 1] !== ref) p.excerptRefs.push(ref);
    for (const l of e.links) {
      if (l.evidence.some((ev) => ev.place_id === placeId)) p.zones |= 1 << ZONE_IDS.indexOf(l.zone);
    }
  }

  private countZone(key: CoverageKey, excerpts: number, meta: ArticleMeta): void {
    const t = this.tallies.get(key)!;
    t.excerpts += excerpts;
    t.articles++;
    const d = meta.date;
    if (d !== null) {
      if (t.first === null || d < t.first) t.first = d;
      if (t.last === null || d > t.last) t.last = d;
    }
  }

  finish(
    entries: Map<string, GazetteerEntry>,
    meta: { generatedFrom: string; attribution: string; warnings: string[]; errors: string[] },
  ): Finished {
    const perZone: CoverageIndex['per_zone'] = {};
    for (const [key, t] of this.tallies) perZone[key] = { ...t };
    const places: PlaceUse[] = [...this.places.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, p]) => {
        const e = entries.get(id);
        return {
          place_id: id,
          name_ar: e?.name_ar ?? id,
          name_en: e?.name_en ?? id,
          kind: e?.kind ?? 'town',
          point: e?.point ?? null,
          count: p.count,
          excerpt_ids: p.excerptRefs.map((r) => excerptId(this.articleIds[Math.floor(r / PER_ARTICLE)]!, (r % PER_ARTICLE) + 1)).sort(),
          zones: ZONE_IDS.filter((_, i) => (p.zones & (1 << i)) !== 0),
        };
      });
    const unresolved = [...this.unresolved].sort((a, b) => collate(a.file, b.file) || a.offset - b.offset);
    return {
      index: { generated_from: meta.generatedFrom, articles: this.articles, excerpts: this.excerpts, per_zone: perZone, attribution: meta.attribution },
      places,
      report: { unresolved, warnings: [...meta.warnings].sort(), errors: [...meta.errors].sort() },
    };
  }
}
