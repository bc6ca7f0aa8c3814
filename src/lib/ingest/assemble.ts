// From processed articles to the files of data/: a light index, one coverage file per zone (and
// general), one text file per article, place uses and the report. Everything sorted for byte-stable output.
// An excerpt goes to a zone's file when it has a link to that zone stronger than 'general'; excerpts
// whose links are all 'general' (the four zones named together) or that have none go to general.json.
import { ZONE_IDS, type ArticleMeta, type CoverageIndex, type Excerpt, type GazetteerEntry, type PlaceUse, type ZoneCoverage, type ZoneId } from '../schema.ts';
import type { ProcessedArticle } from './article.ts';
import type { IngestReport } from './report.ts';

export type CoverageKey = ZoneId | 'general';

export interface Assembled {
  index: CoverageIndex;
  zones: Map<CoverageKey, ZoneCoverage>;
  articles: ProcessedArticle['text'][];
  places: PlaceUse[];
  report: IngestReport;
}

const byDateThenId = (a: ArticleMeta, b: ArticleMeta): number =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);

export function zonesOfExcerpt(e: Excerpt): CoverageKey[] {
  const specific = e.links.filter((l) => l.strength !== 'general').map((l) => l.zone);
  return specific.length > 0 ? specific : ['general'];
}

export function assemble(
  processed: ProcessedArticle[],
  entries: Map<string, GazetteerEntry>,
  meta: { generatedFrom: string; attribution: string; warnings: string[]; errors: string[] },
): Assembled {
  const articles = [...processed].sort((a, b) => byDateThenId(a.meta, b.meta));
  const buckets = new Map<CoverageKey, { metas: Map<string, ArticleMeta>; excerpts: Excerpt[] }>();
  for (const key of [...ZONE_IDS, 'general' as const]) buckets.set(key, { metas: new Map(), excerpts: [] });
  const places = new Map<string, { count: number; excerpts: Set<string>; zones: Set<ZoneId> }>();
  for (const a of articles) {
    for (const e of a.excerpts) {
      for (const key of zonesOfExcerpt(e)) {
        const b = buckets.get(key)!;
        b.metas.set(a.meta.id, a.meta);
        b.excerpts.push(e);
      }
      for (const m of e.mentions) {
        const p = places.get(m.place_id) ?? { count: 0, excerpts: new Set(), zones: new Set() };
        p.count++;
        p.excerpts.add(e.id);
        for (const l of e.links) if (l.evidence.some((ev) => ev.place_id === m.place_id)) p.zones.add(l.zone);
        places.set(m.place_id, p);
      }
    }
  }
  const zones = new Map<CoverageKey, ZoneCoverage>();
  const perZone: CoverageIndex['per_zone'] = {};
  for (const [key, b] of buckets) {
    const metas = [...b.metas.values()].sort(byDateThenId);
    const dates = metas.map((m) => m.date).filter((d): d is string => d !== null).sort();
    zones.set(key, { zone: key, articles: metas, excerpts: b.excerpts });
    perZone[key] = { excerpts: b.excerpts.length, articles: metas.length, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null };
  }
  const placeUses: PlaceUse[] = [...places.entries()]
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
        excerpt_ids: [...p.excerpts].sort(),
        zones: ZONE_IDS.filter((z) => p.zones.has(z)),
      };
    });
  const unresolved = articles
    .flatMap((a) => a.unresolved)
    .sort((a, b) => a.file.localeCompare(b.file) || a.offset - b.offset);
  return {
    index: {
      generated_from: meta.generatedFrom,
      articles: articles.length,
      excerpts: articles.reduce((n, a) => n + a.excerpts.length, 0),
      per_zone: perZone,
      attribution: meta.attribution,
    },
    zones,
    articles: articles.map((a) => a.text).sort((a, b) => a.id.localeCompare(b.id)),
    places: placeUses,
    report: { unresolved, warnings: [...meta.warnings].sort(), errors: [...meta.errors].sort() },
  };
}
