// The rows an export of the current list carries (lib/export/result-set.ts), from search hits or from
// a zone list's entries; place names and points come from places.json where it is loaded.
import type { ExcerptEntry, ZoneKey } from '../../lib/coverage/order.ts';
import type { ResultRow, RowPlace } from '../../lib/export/result-set.ts';
import type { SearchDoc } from '../../lib/search/docs.ts';
import type { Mention, PlaceUse } from '../../lib/schema.ts';

type Places = ReadonlyMap<string, PlaceUse>;

function rowPlaces(mentions: readonly { place_id: string; surface?: string; name_ar?: string; name_en?: string }[], places: Places): RowPlace[] {
  const seen = new Map<string, RowPlace>();
  for (const m of mentions) {
    if (seen.has(m.place_id)) continue;
    const use = places.get(m.place_id);
    seen.set(m.place_id, {
      id: m.place_id,
      name_ar: use?.name_ar ?? m.name_ar ?? m.surface ?? m.place_id,
      name_en: use?.name_en ?? m.name_en ?? '',
      point: use?.point ?? null,
    });
  }
  return [...seen.values()];
}

export function rowsFromDocs(docs: readonly SearchDoc[], places: Places): ResultRow[] {
  return docs.map((d) => ({
    excerpt_id: d.id,
    article_id: d.article.id,
    zones: d.links.map((l) => ({ zone: l.zone, strength: l.strength })),
    places: rowPlaces(d.mentions.map((m) => ({ place_id: m.place.id, name_ar: m.place.name_ar, name_en: m.place.name_en })), places),
    outlet: d.article.outlet,
    date: d.article.date,
    title: d.article.title,
    url: d.article.url,
    start: d.start,
    end: d.start + d.text.length,
    text: d.text,
  }));
}

export function rowsFromEntries(entries: readonly ExcerptEntry[], zone: ZoneKey, places: Places): ResultRow[] {
  return entries.map(({ excerpt: e, article }) => {
    const links = zone === 'general' ? e.links : e.links.filter((l) => l.zone === zone);
    return {
      excerpt_id: e.id,
      article_id: e.article_id,
      zones: links.map((l) => ({ zone: l.zone, strength: l.strength })),
      places: rowPlaces(e.mentions as readonly Mention[], places),
      outlet: article?.outlet ?? null,
      date: article?.date ?? null,
      title: article?.title ?? '',
      url: article?.url ?? null,
      start: e.start,
      end: e.end,
      text: e.text,
    };
  });
}
