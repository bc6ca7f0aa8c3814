// From processed articles to what data/ says about them, one article at a time: which coverage files
// (one per zone, and general) each excerpt goes to, and the running tallies behind the index, the place
// uses and the report. Nothing per excerpt is kept once an article has been added but numbers in typed
// arrays (NumberColumn), which the garbage collector neither traces nor copies: the excerpts each place is
// named in as article number × 2^24 + excerpt number, turned into ids only as places.json is written.
// An excerpt goes to a zone's file when it has a link to that zone stronger than 'general'; excerpts
// whose links are all 'general' (the four zones named together) or that have none go to the general file.
// Per excerpt only which files it goes to is kept (a bit per file), from which the pages are laid out at the end.
import { ZONE_IDS, type ArticleMeta, type CoverageIndex, type Excerpt, type GazetteerEntry, type PlaceUse } from '../schema.ts';
import type { AgreementUse, CoverageMonths } from '../time-schema.ts';
import type { ProcessedArticle, UnresolvedUse } from './article.ts';
import type { IngestReport } from './report.ts';
import { excerptId } from './excerpts.ts';
import { COVERAGE_KEYS, type CoverageKey } from './coverage-keys.ts';
import { PageLayout } from './page-layout.ts';
import { NumberColumn } from './column.ts';
import { ExcerptIdOrder, PER_ARTICLE } from './excerpt-order.ts';

export { COVERAGE_KEYS, byDateThenId, type CoverageKey } from './coverage-keys.ts';

const collate = new Intl.Collator().compare;

export function zonesOfExcerpt(e: Excerpt): CoverageKey[] {
  const specific = e.links.filter((l) => l.strength !== 'general').map((l) => l.zone);
  return specific.length > 0 ? specific : ['general'];
}

/** An article's excerpts grouped by the coverage files they go to (body order within a key). */
export function excerptsByKey(excerpts: readonly Excerpt[]): Map<CoverageKey, Excerpt[]> {
  const byKey = new Map<CoverageKey, Excerpt[]>();
  for (const e of excerpts) {
    for (const key of zonesOfExcerpt(e)) {
      const list = byKey.get(key);
      if (list) list.push(e);
      else byKey.set(key, [e]);
    }
  }
  return byKey;
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
  excerptRefs: NumberColumn;
  /** Bit i set: linked to ZONE_IDS[i] through this place. */
  zones: number;
}

export interface Finished {
  index: CoverageIndex;
  /** In place id order, made one at a time as they are read (once), so the whole list is never in memory. */
  places: Iterable<PlaceUse>;
  report: IngestReport;
  /** Where every excerpt goes among the pages; articles are numbered in the order they were added. */
  layout: PageLayout;
  /** Per coverage file, its excerpts per month of their article's date (data/months.json). */
  months: CoverageMonths;
  /** Per agreement the excerpts report on, those excerpts and their pages, in agreement id order (data/agreement-excerpts.json). */
  agreements: AgreementUse[];
}

export class CoverageAssembler {
  private articles = 0;
  private excerpts = 0;
  private readonly articleIds: string[] = [];
  private readonly articleDates: (string | null)[] = [];
  /** Per article, its first excerpt's number; per excerpt, which coverage files it goes to (bit per key). */
  private readonly firstExcerpt = new NumberColumn();
  private readonly masks = new NumberColumn();
  /** The most excerpts one article has had. */
  private widest = 0;
  private readonly tallies = new Map<CoverageKey, ZoneTally>(COVERAGE_KEYS.map((k) => [k, { excerpts: 0, articles: 0, first: null, last: null }]));
  private readonly places = new Map<string, PlaceTally>();
  /** Per coverage key, excerpts per month (YYYY-MM). */
  private readonly months = new Map<CoverageKey, Map<string, number>>(COVERAGE_KEYS.map((k) => [k, new Map()]));
  /** Per agreement, the excerpts reporting on it (references as for places). */
  private readonly agreementRefs = new Map<string, NumberColumn>();
  private readonly unresolved: UnresolvedUse[] = [];

  /** Count one article in. Returns its excerpts grouped by coverage key (body order within a key). */
  add(a: Pick<ProcessedArticle, 'meta' | 'excerpts' | 'unresolved'>): Map<CoverageKey, Excerpt[]> {
    if (a.excerpts.length > PER_ARTICLE) throw new Error(`${a.meta.file}: more than ${PER_ARTICLE} excerpts in one article`);
    const base = this.articles * PER_ARTICLE;
    this.articleIds.push(a.meta.id);
    this.articleDates.push(a.meta.date);
    this.firstExcerpt.push(this.masks.length);
    this.articles++;
    this.excerpts += a.excerpts.length;
    this.widest = Math.max(this.widest, a.excerpts.length);
    a.excerpts.forEach((e, i) => {
      if (e.id !== excerptId(a.meta.id, i + 1)) throw new Error(`${a.meta.file}: excerpt ${e.id} out of order`);
      let mask = 0;
      for (const key of zonesOfExcerpt(e)) mask |= 1 << COVERAGE_KEYS.indexOf(key);
      this.masks.push(mask);
      for (const m of e.mentions) this.countMention(e, base + i, m.place_id);
      for (const id of new Set((e.agreements ?? []).map((l) => l.agreement))) this.countAgreement(id, base + i);
    });
    const byKey = excerptsByKey(a.excerpts);
    for (const [key, list] of byKey) {
      this.countZone(key, list.length, a.meta);
      if (a.meta.date !== null) this.countMonth(key, a.meta.date.slice(0, 7), list.length);
    }
    for (const u of a.unresolved) this.unresolved.push(u);
    return byKey;
  }

  private countMention(e: Excerpt, ref: number, placeId: string): void {
    let p = this.places.get(placeId);
    if (!p) {
      p = { count: 0, excerptRefs: new NumberColumn(64), zones: 0 };
      this.places.set(placeId, p);
    }
    p.count++;
    // All mentions of one excerpt are counted together, so a repeat is always the last one.
    if (p.excerptRefs.last(-1) !== ref) p.excerptRefs.push(ref);
    for (const l of e.links) {
      if (l.evidence.some((ev) => ev.place_id === placeId)) p.zones |= 1 << ZONE_IDS.indexOf(l.zone);
    }
  }

  private countMonth(key: CoverageKey, month: string, excerpts: number): void {
    const months = this.months.get(key)!;
    months.set(month, (months.get(month) ?? 0) + excerpts);
  }

  private countAgreement(id: string, ref: number): void {
    let refs = this.agreementRefs.get(id);
    if (!refs) {
      refs = new NumberColumn(64);
      this.agreementRefs.set(id, refs);
    }
    refs.push(ref);
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
    const firstExcerpt = new Float64Array(this.articles + 1);
    firstExcerpt.set(this.firstExcerpt.view());
    firstExcerpt[this.articles] = this.masks.length;
    const layout = new PageLayout({
      ids: this.articleIds,
      dates: this.articleDates,
      firstExcerpt,
      masks: Uint8Array.from(this.masks.view()),
    });
    const perZone: CoverageIndex['per_zone'] = {};
    for (const [key, t] of this.tallies) perZone[key] = { ...t, pages: layout.pages(COVERAGE_KEYS.indexOf(key)) };
    const unresolved = [...this.unresolved].sort((a, b) => collate(a.file, b.file) || a.offset - b.offset);
    return {
      index: { generated_from: meta.generatedFrom, articles: this.articles, excerpts: this.excerpts, per_zone: perZone, attribution: meta.attribution },
      places: this.placeUses(entries, layout),
      report: { unresolved, warnings: [...meta.warnings].sort(), errors: [...meta.errors].sort() },
      layout,
      months: { months: Object.fromEntries([...this.months].map(([key, m]) => [key, Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)))])) },
      agreements: this.agreementUses(layout),
    };
  }

  private agreementUses(layout: PageLayout): AgreementUse[] {
    const firstExcerpt = this.firstExcerpt.view();
    const order = new ExcerptIdOrder(this.articleIds, this.widest);
    const ids = [...this.agreementRefs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return ids.map((agreement) => {
      const refs = this.agreementRefs.get(agreement)!.view();
      return {
        agreement,
        excerpt_ids: order.sortedIds(refs),
        pages: layout.pagesOf(Array.from(refs, (r) => firstExcerpt[Math.floor(r / PER_ARTICLE)]! + (r % PER_ARTICLE))),
      };
    });
  }

  private *placeUses(entries: Map<string, GazetteerEntry>, layout: PageLayout): Generator<PlaceUse> {
    const firstExcerpt = this.firstExcerpt.view();
    const order = new ExcerptIdOrder(this.articleIds, this.widest);
    const ids = [...this.places.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const id of ids) {
      const p = this.places.get(id)!;
      const e = entries.get(id);
      const refs = p.excerptRefs.view();
      yield {
        place_id: id,
        name_ar: e?.name_ar ?? id,
        name_en: e?.name_en ?? id,
        kind: e?.kind ?? 'town',
        point: e?.point ?? null,
        count: p.count,
        excerpt_ids: order.sortedIds(refs),
        zones: ZONE_IDS.filter((_, i) => (p.zones & (1 << i)) !== 0),
        pages: layout.pagesOf(Array.from(refs, (r) => firstExcerpt[Math.floor(r / PER_ARTICLE)]! + (r % PER_ARTICLE))),
      };
    }
  }
}
